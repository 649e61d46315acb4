package ganlite

import "gonum.org/v1/gonum/mat"

// Param is one trainable tensor of a layer: its value W and the gradient G
// of the loss with respect to it. W and G always have the same shape.
//
// A layer's Backward writes G; an Optimizer reads G and changes W.
type Param struct {
	Name string     // short name such as "W" or "B", for printing
	W    *mat.Dense // value
	G    *mat.Dense // gradient dLoss/dW, same shape as W
}

// newParam returns a Param of shape r×c with zero value and zero gradient.
func newParam(name string, r, c int) *Param {
	return &Param{Name: name, W: mat.NewDense(r, c, nil), G: mat.NewDense(r, c, nil)}
}
