package lesson03

import (
	"fmt"
	"image"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/ganlite/data"
	"github.com/ganlite/ganlite/ganlite/plots"
	"github.com/ganlite/ganlite/lessons/check"
)

// The lesson's detective: 784 pixels → Hidden → one logit.
const (
	Pixels = 784
	Hidden = 128
)

// NewDetective returns the lesson's discriminator, with weights from rnd:
//
//	Linear(784→128) LeakyReLU(0.2) Linear(128→1)
//
// Its output is a logit l, one per sample: σ(l) is the detective's belief
// that the sample is real.
func NewDetective(rnd *rand.Rand) *ganlite.Sequential {
	return ganlite.NewMLP(rnd, []int{Pixels, Hidden, 1}, "leakyrelu", "")
}

// TrainDetective trains gan.D against gan.G, which stays fixed: it runs
// exactly steps discriminator steps (gan.DStep), each on batch real digits
// from set (drawn with gan.Rnd) and batch fresh fakes G(z), with a live
// progress line. G is never updated (GStep is never called). It returns the
// History of D's loss, D(x) and D(G(z)); the G columns stay empty.
func TrainDetective(gan *ganlite.GAN, set *data.Set, steps, batch int) *ganlite.History {
	if steps < 1 || batch < 1 {
		panic(fmt.Sprintf("lesson03: TrainDetective: steps %d and batch %d must be at least 1", steps, batch))
	}
	loader := set.Sampler()
	real := mat.NewDense(batch, set.X.RawMatrix().Cols, nil)
	h := &ganlite.History{}
	p := check.NewProgress(steps, 0)
	for i := 1; i <= steps; i++ {
		loader.Sample(real, gan.Rnd)
		s := gan.DStep(real)
		h.DLoss = append(h.DLoss, s.Loss)
		h.DReal = append(h.DReal, s.DReal)
		h.DFake = append(h.DFake, s.DFake)
		h.DGradNorm = append(h.DGradNorm, s.GradNorm)
		p.Updatef(i, "D loss %.4f  D(x) %.3f  D(G(z)) %.3f", s.Loss, s.DReal, s.DFake)
	}
	p.Done()
	return h
}

// Probs returns the detective's verdict σ(D(x)) for every row of x: the
// probability it gives each sample of being real.
func Probs(d *ganlite.Sequential, x *mat.Dense) []float64 {
	logits := d.Predict(x)
	n, _ := logits.Dims()
	out := make([]float64, n)
	for i := 0; i < n; i++ {
		out[i] = ganlite.Logistic(logits.At(i, 0))
	}
	return out
}

// Mean returns the mean of xs (0 for none).
func Mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, v := range xs {
		s += v
	}
	return s / float64(len(xs))
}

// ShareAbove returns the share of xs above t, e.g. how many real digits the
// detective calls real (t = 0.5).
func ShareAbove(xs []float64, t float64) float64 {
	k := 0
	for _, v := range xs {
		if v > t {
			k++
		}
	}
	return float64(k) / float64(len(xs))
}

// Verdicts draws every row of x as a digit (upscaled by scale) with the
// detective's verdict σ(D(x)) written above it, cols per line.
func Verdicts(d *ganlite.Sequential, x *mat.Dense, cols, scale int) image.Image {
	p := Probs(d, x)
	imgs := make([]image.Image, len(p))
	titles := make([]string, len(p))
	for i := range p {
		imgs[i] = plots.Grid(mat.DenseCopyOf(x.Slice(i, i+1, 0, x.RawMatrix().Cols)), 1, scale)
		titles[i] = fmt.Sprintf("D=%.2f", p[i])
	}
	return plots.SmallMultiples(imgs, titles, cols)
}

// SameWeights reports whether nets a and b have bit-identical parameters
// (same count and shapes, same values), e.g. to confirm that the forger was
// not changed by training the detective.
func SameWeights(a, b *ganlite.Sequential) bool {
	pa, pb := a.Params(), b.Params()
	if len(pa) != len(pb) {
		return false
	}
	for i := range pa {
		if !mat.Equal(pa[i].W, pb[i].W) {
			return false
		}
	}
	return true
}

// Rows returns a copy of rows from..to-1 of m.
func Rows(m *mat.Dense, from, to int) *mat.Dense {
	return mat.DenseCopyOf(m.Slice(from, to, 0, m.RawMatrix().Cols))
}

// Stack returns the rows of a followed by the rows of b.
func Stack(a, b *mat.Dense) *mat.Dense {
	var out mat.Dense
	out.Stack(a, b)
	return &out
}

// VerdictBars draws the detective's verdicts p (probabilities in [0, 1]) as
// bars over ten fixed bins [0, 0.1), [0.1, 0.2), …, [0.9, 1], each bar the
// share of the samples in that bin, so charts made before and after
// training share one scale. A bin is labelled with its lower edge.
func VerdictBars(p []float64, title string) image.Image {
	const bins = 10
	shares := make([]float64, bins)
	for _, v := range p {
		k := int(v * bins)
		if k < 0 {
			k = 0
		}
		if k >= bins {
			k = bins - 1
		}
		shares[k] += 1 / float64(len(p))
	}
	labels := make([]string, bins)
	for k := range labels {
		labels[k] = fmt.Sprintf("%.1f", float64(k)/bins)
	}
	return plots.Bars(labels, shares, title)
}
