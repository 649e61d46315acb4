package lesson02

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/ganlite/data"
	"github.com/ganlite/ganlite/lessons/check"
	"github.com/ganlite/ganlite/lessons/lesson01"
)

// TrainToDigits trains the generator g the naive way: every step it draws
// batch fresh noise vectors z and batch random real digits x from set, pairs
// them up row by row, and takes one Adam step (learning rate 1e-3) on the
// pixel loss MSE(g(z), x). It runs exactly steps steps with a live progress
// line and returns the loss of every step.
//
// Since z says nothing about which digit it is paired with, the best g can
// do is the average digit for every z: minimising E‖g(z) − x‖² over x
// independent of z gives g(z) = E[x].
func TrainToDigits(g *ganlite.Sequential, set *data.Set, steps, batch int, rnd *rand.Rand) []float64 {
	if steps < 1 || batch < 1 {
		panic(fmt.Sprintf("lesson02: TrainToDigits: steps %d and batch %d must be at least 1", steps, batch))
	}
	opt := ganlite.NewAdam(1e-3, 0.9, 0.999)
	loader := set.Sampler()
	x := mat.NewDense(batch, set.X.RawMatrix().Cols, nil)
	z := mat.NewDense(batch, g.InDim(), nil)
	var grad *mat.Dense
	losses := make([]float64, 0, steps)
	p := check.NewProgress(steps, 0)
	for i := 1; i <= steps; i++ {
		loader.Sample(x, rnd)
		fillNormal(z, rnd)
		y := g.Forward(z)
		if grad == nil {
			r, c := y.Dims()
			grad = mat.NewDense(r, c, nil)
		}
		loss := ganlite.MSE(grad, y, x)
		g.Backward(grad)
		opt.Step(g.Params())
		losses = append(losses, loss)
		p.Updatef(i, "pixel loss %.4f", loss)
	}
	p.Done()
	return losses
}

// fillNormal fills z with standard normal draws from rnd.
func fillNormal(z *mat.Dense, rnd *rand.Rand) {
	r, c := z.Dims()
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			z.Set(i, j, rnd.NormFloat64())
		}
	}
}

// MeanImage returns the average of the rows of x, a 1×d row: for MNIST, the
// "average digit".
func MeanImage(x *mat.Dense) *mat.Dense {
	n, d := x.Dims()
	m := mat.NewDense(1, d, nil)
	for j := 0; j < d; j++ {
		s := 0.0
		for i := 0; i < n; i++ {
			s += x.At(i, j)
		}
		m.Set(0, j, s/float64(n))
	}
	return m
}

// PixelSpread returns how different the images in x are from each other:
// the standard deviation of each pixel across the rows, averaged over the
// pixels. Identical images give 0.
func PixelSpread(x *mat.Dense) float64 {
	n, d := x.Dims()
	mean := MeanImage(x)
	total := 0.0
	for j := 0; j < d; j++ {
		s := 0.0
		for i := 0; i < n; i++ {
			v := x.At(i, j) - mean.At(0, j)
			s += v * v
		}
		total += math.Sqrt(s / float64(n))
	}
	return total / float64(d)
}

// Values returns all entries of x in one slice, row by row, e.g. for a
// histogram of pixel values or of noise.
func Values(x *mat.Dense) []float64 {
	n, d := x.Dims()
	out := make([]float64, 0, n*d)
	for i := 0; i < n; i++ {
		out = append(out, x.RawRowView(i)...)
	}
	return out
}

// ShareBelow returns the share of the entries of x that are below t, e.g.
// how much of an image is (nearly) black background for t = −0.9.
func ShareBelow(x *mat.Dense, t float64) float64 {
	n, d := x.Dims()
	k := 0
	for i := 0; i < n; i++ {
		for j := 0; j < d; j++ {
			if x.At(i, j) < t {
				k++
			}
		}
	}
	return float64(k) / float64(n*d)
}

// MeanStd returns the mean and standard deviation of all entries of x.
func MeanStd(x *mat.Dense) (mean, std float64) {
	v := Values(x)
	for _, a := range v {
		mean += a
	}
	mean /= float64(len(v))
	for _, a := range v {
		std += (a - mean) * (a - mean)
	}
	return mean, math.Sqrt(std / float64(len(v)))
}

// MaxAbsDiff returns the largest |a[i,j] − b[i,j]|; a and b must have the
// same shape.
func MaxAbsDiff(a, b *mat.Dense) float64 {
	var d mat.Dense
	d.Sub(a, b)
	return math.Max(mat.Max(&d), -mat.Min(&d))
}

// CountParams returns the number of trainable numbers in net.
func CountParams(net *ganlite.Sequential) int { return lesson01.CountParams(net) }

// MSEToRow returns the mean squared error between every row of x and the
// single row r (1×d): how far the images in x are, on average, from r.
func MSEToRow(x, r *mat.Dense) float64 {
	n, d := x.Dims()
	s := 0.0
	for i := 0; i < n; i++ {
		for j := 0; j < d; j++ {
			v := x.At(i, j) - r.At(0, j)
			s += v * v
		}
	}
	return s / float64(n*d)
}

// Rows returns a copy of rows from..to-1 of m.
func Rows(m *mat.Dense, from, to int) *mat.Dense { return lesson01.Rows(m, from, to) }
