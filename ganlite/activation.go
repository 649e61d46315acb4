package ganlite

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

// The activations below are element-wise functions with no parameters.
// Each keeps its own output and gradient buffers.

// ReLU is the rectified linear unit y = max(x, 0) (Nair & Hinton 2010).
type ReLU struct{ x, y, dx *mat.Dense }

// NewReLU returns a ReLU layer.
func NewReLU() *ReLU { return &ReLU{} }

// Params returns nil: ReLU has no parameters.
func (a *ReLU) Params() []*Param { return nil }

// Forward computes y = max(x, 0) element-wise.
func (a *ReLU) Forward(x *mat.Dense) *mat.Dense {
	r, c := x.Dims()
	a.x, a.y = x, reuse(a.y, r, c)
	apply(a.y, x, func(v float64) float64 { return math.Max(v, 0) })
	return a.y
}

// Backward returns dL/dx = dy where x > 0, else 0 (dy/dx is the step function).
func (a *ReLU) Backward(dy *mat.Dense) *mat.Dense {
	a.dx = gradMask(a.dx, dy, a.x, "ReLU.Backward", 0)
	return a.dx
}

// LeakyReLU is y = x for x > 0 and y = Slope·x otherwise (Maas et al. 2013).
// GANs commonly use Slope 0.2 in the discriminator (Radford et al. 2016).
type LeakyReLU struct {
	Slope    float64 // gradient for negative inputs
	x, y, dx *mat.Dense
}

// NewLeakyReLU returns a LeakyReLU layer with the given negative slope.
func NewLeakyReLU(slope float64) *LeakyReLU { return &LeakyReLU{Slope: slope} }

// Params returns nil: LeakyReLU has no parameters.
func (a *LeakyReLU) Params() []*Param { return nil }

// Forward computes y = x if x > 0, else Slope·x, element-wise.
func (a *LeakyReLU) Forward(x *mat.Dense) *mat.Dense {
	r, c := x.Dims()
	a.x, a.y = x, reuse(a.y, r, c)
	s := a.Slope
	apply(a.y, x, func(v float64) float64 {
		if v > 0 {
			return v
		}
		return s * v
	})
	return a.y
}

// Backward returns dL/dx = dy where x > 0, else Slope·dy.
func (a *LeakyReLU) Backward(dy *mat.Dense) *mat.Dense {
	a.dx = gradMask(a.dx, dy, a.x, "LeakyReLU.Backward", a.Slope)
	return a.dx
}

// Tanh is the hyperbolic tangent y = tanh(x), squashing into (-1, 1).
// A generator for images scaled to [-1, 1] ends with it.
type Tanh struct{ y, dx *mat.Dense }

// NewTanh returns a Tanh layer.
func NewTanh() *Tanh { return &Tanh{} }

// Params returns nil: Tanh has no parameters.
func (a *Tanh) Params() []*Param { return nil }

// Forward computes y = tanh(x) element-wise.
func (a *Tanh) Forward(x *mat.Dense) *mat.Dense {
	r, c := x.Dims()
	a.y = reuse(a.y, r, c)
	apply(a.y, x, math.Tanh)
	return a.y
}

// Backward returns dL/dx = dy·(1 - y²), since d tanh(x)/dx = 1 - tanh²(x).
func (a *Tanh) Backward(dy *mat.Dense) *mat.Dense {
	a.dx = gradFromOutput(a.dx, dy, a.y, "Tanh.Backward", func(y float64) float64 { return 1 - y*y })
	return a.dx
}

// Sigmoid is the logistic function y = 1/(1+exp(-x)), squashing into (0, 1).
type Sigmoid struct{ y, dx *mat.Dense }

// NewSigmoid returns a Sigmoid layer.
func NewSigmoid() *Sigmoid { return &Sigmoid{} }

// Params returns nil: Sigmoid has no parameters.
func (a *Sigmoid) Params() []*Param { return nil }

// Forward computes y = σ(x) element-wise.
func (a *Sigmoid) Forward(x *mat.Dense) *mat.Dense {
	r, c := x.Dims()
	a.y = reuse(a.y, r, c)
	apply(a.y, x, Logistic)
	return a.y
}

// Backward returns dL/dx = dy·y·(1 - y), since σ'(x) = σ(x)(1 - σ(x)).
func (a *Sigmoid) Backward(dy *mat.Dense) *mat.Dense {
	a.dx = gradFromOutput(a.dx, dy, a.y, "Sigmoid.Backward", func(y float64) float64 { return y * (1 - y) })
	return a.dx
}

// Logistic returns the logistic sigmoid σ(x) = 1/(1+exp(-x)), computed
// without overflow for large |x|. It turns a discriminator logit into a
// probability. (It is not called Sigmoid because the Sigmoid layer type
// already has that name.)
func Logistic(x float64) float64 {
	if x >= 0 {
		return 1 / (1 + math.Exp(-x))
	}
	e := math.Exp(x)
	return e / (1 + e)
}

// apply sets dst[i][j] = f(src[i][j]).
func apply(dst, src *mat.Dense, f func(float64) float64) {
	r, _ := src.Dims()
	for i := 0; i < r; i++ {
		out := dst.RawRowView(i)
		for j, v := range src.RawRowView(i) {
			out[j] = f(v)
		}
	}
}

// gradMask returns dx = dy where x > 0 and slope·dy elsewhere, reusing buf.
func gradMask(buf, dy, x *mat.Dense, where string, slope float64) *mat.Dense {
	if x == nil {
		panic("ganlite: " + where + ": called before Forward")
	}
	sameShape(where, "dy", dy, "the last input", x)
	r, c := dy.Dims()
	buf = reuse(buf, r, c)
	for i := 0; i < r; i++ {
		in, g, out := x.RawRowView(i), dy.RawRowView(i), buf.RawRowView(i)
		for j := range out {
			if in[j] > 0 {
				out[j] = g[j]
			} else {
				out[j] = slope * g[j]
			}
		}
	}
	return buf
}

// gradFromOutput returns dx = dy·deriv(y), reusing buf; deriv expresses
// f'(x) through the output y = f(x).
func gradFromOutput(buf, dy, y *mat.Dense, where string, deriv func(float64) float64) *mat.Dense {
	if y == nil {
		panic("ganlite: " + where + ": called before Forward")
	}
	sameShape(where, "dy", dy, "the last output", y)
	r, c := dy.Dims()
	buf = reuse(buf, r, c)
	for i := 0; i < r; i++ {
		out, g, yr := buf.RawRowView(i), dy.RawRowView(i), y.RawRowView(i)
		for j := range out {
			out[j] = g[j] * deriv(yr[j])
		}
	}
	return buf
}
