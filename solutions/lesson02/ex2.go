package lesson02

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

// Slope is the negative slope of the generator's LeakyReLU layers.
const Slope = 0.2

// GeneratorForward is the generator's forward pass written out by hand, for
// an MLP with weights W[k] and bias rows b[k] (layer k maps width
// W[k].rows to W[k].cols). For three layers:
//
//	h1 = leaky(z·W1 + b1)    n×zdim → n×h1
//	h2 = leaky(h1·W2 + b2)   n×h1   → n×h2
//	x  = tanh(h2·W3 + b3)    n×h2   → n×784, pixels in (−1, 1)
//
// with leaky(a) = a for a > 0 and Slope·a otherwise. It leaves its inputs
// unchanged.
func GeneratorForward(z *mat.Dense, W, b []*mat.Dense) *mat.Dense {
	h := z
	last := len(W) - 1
	for k := 0; k <= last; k++ {
		n, _ := h.Dims()
		_, out := W[k].Dims()
		a := mat.NewDense(n, out, nil)
		a.Mul(h, W[k]) // a = h·W[k]
		for i := 0; i < n; i++ {
			for j := 0; j < out; j++ {
				v := a.At(i, j) + b[k].At(0, j) // + b[k], the same row for every sample
				if k < last {
					if v < 0 {
						v *= Slope // LeakyReLU on the hidden layers
					}
				} else {
					v = math.Tanh(v) // tanh on the output: pixels in (−1, 1)
				}
				a.Set(i, j, v)
			}
		}
		h = a
	}
	return h
}
