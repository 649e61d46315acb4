package ganlite

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// Layer is one step of a network: a function y = f(x) on a batch (one
// sample per row) together with its backward pass.
//
// Forward returns the layer's own output buffer, which the next Forward
// call overwrites: copy it (mat.DenseCopyOf) to keep it. Backward uses the
// input of the last Forward, so that input must not change in between.
type Layer interface {
	// Forward computes y = f(x) for a batch x.
	Forward(x *mat.Dense) *mat.Dense
	// Backward takes dL/dy for the last Forward, WRITES (does not add to)
	// the gradients of the layer's parameters when the layer is trainable,
	// and returns dL/dx in a buffer owned by the layer.
	Backward(dy *mat.Dense) *mat.Dense
	// Params returns the layer's parameters, or nil if it has none.
	Params() []*Param
}

// freezable is implemented by layers whose parameter gradients can be
// switched off (Linear and Sequential). Sequential.SetTrainable uses it.
type freezable interface {
	setTrainable(on bool)
}

// sized is implemented by layers with fixed input and output widths.
type sized interface {
	InDim() int
	OutDim() int
}

// inputGradSkipper is implemented by layers that can skip computing dL/dx
// when nobody needs it (the first layer of a network fed with data or
// noise). This is only a speed-up: the parameter gradients are the same.
type inputGradSkipper interface {
	backward(dy *mat.Dense, needDx bool) *mat.Dense
}

// reuse returns buf reshaped to r×c, or a new r×c matrix if buf is nil.
// Layers keep their buffers between calls; when the batch size changes
// (the discriminator sees 2n rows in DStep and n in GStep) the buffer keeps
// its backing array whenever it is big enough, so a training loop
// allocates nothing after its first step. The contents are not zeroed.
func reuse(buf *mat.Dense, r, c int) *mat.Dense {
	if buf == nil {
		return mat.NewDense(r, c, nil)
	}
	if br, bc := buf.Dims(); br != r || bc != c {
		buf.Reset()
		buf.ReuseAs(r, c)
	}
	return buf
}

// shape formats the dimensions of m as "r×c" for panic messages.
func shape(m *mat.Dense) string {
	if m == nil {
		return "nil"
	}
	r, c := m.Dims()
	return fmt.Sprintf("%d×%d", r, c)
}

// sameShape panics with a message naming both shapes unless a and b have
// the same dimensions. where names the caller, e.g. "ReLU.Backward".
func sameShape(where, aName string, a *mat.Dense, bName string, b *mat.Dense) {
	if a == nil || b == nil {
		panic(fmt.Sprintf("ganlite: %s: %s is %s, %s is %s", where, aName, shape(a), bName, shape(b)))
	}
	ar, ac := a.Dims()
	br, bc := b.Dims()
	if ar != br || ac != bc {
		panic(fmt.Sprintf("ganlite: %s: %s is %s, want %s (the shape of %s)", where, aName, shape(a), shape(b), bName))
	}
}
