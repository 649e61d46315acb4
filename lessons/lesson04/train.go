package lesson04

import (
	"fmt"
	"image"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/ganlite/plots"
	"github.com/ganlite/ganlite/lessons/check"
)

// DStepFunc is step 1, the discriminator step: given the GAN and a real
// batch, update D (and only D) and return D's loss. Exercise 1 writes one.
type DStepFunc func(gan *ganlite.GAN, real *mat.Dense) float64

// GStepFunc is step 2, the generator step: make n fakes, update G (and only
// G, with D frozen) and return G's loss. Exercise 2 writes one.
type GStepFunc func(gan *ganlite.GAN, n int) float64

// Run is what Train records.
type Run struct {
	DLoss, GLoss []float64 // per step: D's loss in step 1, G's loss in step 2

	// Per step: how far each player's weights moved in the OTHER player's
	// step (the L2 norm of the change of all its parameters). With correct
	// steps both are exactly 0.
	GMovedInD, DMovedInG []float64

	At     []int               // the steps after which a panel was taken (0 = before training)
	Panels []plots.Figure1Data // Figure-1 panels, one per entry of At
	DData  []float64           // DOnData at each entry of At
	GMean  []float64           // mean of G's samples at each entry of At
	GStd   []float64           // standard deviation of G's samples at each entry of At
	Final  *ganlite.GAN        // the trained GAN (the one passed to Train)
	rnd    *rand.Rand          // real batches
}

// Train runs steps rounds of the loop on gan: a real batch of Batch samples
// of Data, dStep on it, then gStep on Batch fakes. Before step 1 (if at holds
// 0) and after each step listed in at it takes a Figure-1 panel. It prints
// a live progress line and, at the end, the wall time. Real batches come
// from their own stream seeded by seed, so two runs with the same seed and
// correct steps see the same data.
func Train(gan *ganlite.GAN, dStep DStepFunc, gStep GStepFunc, steps int, at []int, seed uint64) *Run {
	if dStep == nil || gStep == nil {
		panic("lesson04: Train: dStep and gStep must not be nil")
	}
	r := &Run{Final: gan, rnd: rand.New(rand.NewPCG(seed, 40))}
	snap := map[int]bool{}
	for _, s := range at {
		snap[s] = true
	}
	if snap[0] {
		r.snapshot(gan, 0)
	}
	real := mat.NewDense(Batch, 1, nil)
	p := check.NewProgress(steps, 0)
	for i := 1; i <= steps; i++ {
		Data.Sample(real, r.rnd)

		gBefore := gan.G.Clone()
		dl := dStep(gan, real)
		r.GMovedInD = append(r.GMovedInD, ParamDistance(gBefore, gan.G))

		dBefore := gan.D.Clone()
		gl := gStep(gan, Batch)
		r.DMovedInG = append(r.DMovedInG, ParamDistance(dBefore, gan.D))

		r.DLoss = append(r.DLoss, dl)
		r.GLoss = append(r.GLoss, gl)
		if snap[i] {
			r.snapshot(gan, i)
		}
		p.Updatef(i, "D loss %.3f  G loss %.3f", dl, gl)
	}
	p.Done()
	return r
}

// snapshot records a panel and summary numbers after step i.
func (r *Run) snapshot(gan *ganlite.GAN, i int) {
	title := fmt.Sprintf("step %d", i)
	if i == 0 {
		title = "before training"
	}
	panel := Panel(gan, title)
	m, s := meanStd(panel.Fake)
	r.At = append(r.At, i)
	r.Panels = append(r.Panels, panel)
	r.DData = append(r.DData, DOnData(gan, 4000))
	r.GMean = append(r.GMean, m)
	r.GStd = append(r.GStd, s)
}

// Row draws the recorded panels side by side, in the style of Goodfellow et
// al. 2014, Figure 1, captioned with title and which curve is which.
func (r *Run) Row(title string) image.Image {
	return plots.Figure1Row(r.Panels, title+" — data: black dotted, G's samples: green, D(x): blue dashed, lines: z → G(z)")
}

// Table returns one line per panel: the step, D(x) on the data, and the mean
// and standard deviation of G's samples (the data has Data.Mean, Data.Std).
func (r *Run) Table() string {
	s := fmt.Sprintf("%8s  %10s  %8s  %8s\n", "step", "D(x) data", "G mean", "G std")
	for i, at := range r.At {
		s += fmt.Sprintf("%8d  %10.3f  %8.3f  %8.3f\n", at, r.DData[i], r.GMean[i], r.GStd[i])
	}
	s += fmt.Sprintf("%8s  %10s  %8.3f  %8.3f\n", "data", "", Data.Mean, Data.Std)
	return s
}

// Moves sums GMovedInD and DMovedInG over all steps: how far each player was
// pushed by the other's step in total.
func (r *Run) Moves() (gInD, dInG float64) {
	for i := range r.GMovedInD {
		gInD += r.GMovedInD[i]
		dInG += r.DMovedInG[i]
	}
	return gInD, dInG
}

// ParamDistance returns the L2 norm of the difference between the weights
// of two networks of the same architecture: 0 when they are bit-identical.
func ParamDistance(a, b *ganlite.Sequential) float64 {
	pa, pb := a.Params(), b.Params()
	if len(pa) != len(pb) {
		panic(fmt.Sprintf("lesson04: ParamDistance: %d parameters vs %d", len(pa), len(pb)))
	}
	sum := 0.0
	for i := range pa {
		wa, wb := pa[i].W.RawMatrix().Data, pb[i].W.RawMatrix().Data
		for j := range wa {
			d := wa[j] - wb[j]
			sum += d * d
		}
	}
	return math.Sqrt(sum)
}

// meanStd returns the mean and (population) standard deviation of xs.
func meanStd(xs []float64) (m, s float64) {
	m = mean(xs)
	for _, x := range xs {
		s += (x - m) * (x - m)
	}
	if len(xs) > 0 {
		s = math.Sqrt(s / float64(len(xs)))
	}
	return m, s
}
