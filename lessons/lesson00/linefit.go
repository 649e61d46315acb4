package lesson00

import "math/rand/v2"

// The line LineFit's data comes from: y = TrueW·x + TrueB, plus noise.
const (
	TrueW = 2.0
	TrueB = 0.5
)

// LineFit fits a line y = W·x + B to noisy points by full-batch gradient
// descent on the mean squared error. It is the tour's stand-in for a
// training loop: each Step is compiled Go doing real work, and the notebook
// cell around it only calls Step and prints progress, as the GAN lessons do.
type LineFit struct {
	X, Y []float64 // the data: x uniform in [-1, 1], y = TrueW·x + TrueB + 0.1·noise
	W, B float64   // the current fit; both start at 0
	LR   float64   // learning rate of gradient descent
}

// NewLineFit returns a fit to n fresh points drawn from rnd, with learning
// rate 0.05 (small, so the fit creeps up on the line over a few thousand
// steps and there is something to watch).
func NewLineFit(rnd *rand.Rand, n int) *LineFit {
	f := &LineFit{X: make([]float64, n), Y: make([]float64, n), LR: 0.05}
	for i := range f.X {
		x := 2*rnd.Float64() - 1
		f.X[i] = x
		f.Y[i] = TrueW*x + TrueB + 0.1*rnd.NormFloat64()
	}
	return f
}

// Step takes one gradient step and returns the loss before it,
// L = mean (W·x + B - y)². Its gradient is dL/dW = 2·mean(r·x) and
// dL/dB = 2·mean(r), with residual r = W·x + B - y.
func (f *LineFit) Step() float64 {
	var loss, gw, gb float64
	for i, x := range f.X {
		r := f.W*x + f.B - f.Y[i]
		loss += r * r
		gw += r * x
		gb += r
	}
	n := float64(len(f.X))
	f.W -= f.LR * 2 * gw / n
	f.B -= f.LR * 2 * gb / n
	return loss / n
}

// The tour's settings for its progress demo: about two seconds of compiled
// work on a laptop or the CI machine.
const (
	TourPoints = 100000
	TourSteps  = 3000
)
