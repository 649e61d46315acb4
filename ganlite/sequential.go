package ganlite

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
)

// Sequential chains layers: Forward runs them first to last, Backward runs
// their backward passes last to first (the chain rule, one layer at a time).
// A Sequential is itself a Layer, so networks can be nested.
type Sequential struct {
	// Layers are run in order. The fields of a Sequential are read at
	// every call, so layers may be appended before training starts.
	Layers []Layer

	frozen bool     // see SetTrainable
	params []*Param // reusable backing slice for Params
}

// NewSequential returns a network made of the given layers, in order.
func NewSequential(layers ...Layer) *Sequential {
	return &Sequential{Layers: layers}
}

// NewMLP builds a multilayer perceptron: a Linear layer between each pair of
// consecutive sizes, the hidden activation after every Linear except the
// last, and the output activation after the last. For example
//
//	NewMLP(rnd, []int{100, 256, 512, 784}, "leakyrelu", "tanh")
//
// is Linear(100→256) LeakyReLU Linear(256→512) LeakyReLU Linear(512→784) Tanh.
// Activation names are "relu", "leakyrelu" (slope 0.2), "tanh", "sigmoid"
// and "" (no activation: the network outputs logits). NewMLP panics on an
// unknown name or fewer than two sizes.
//
// Biases start at 0, so a ReLU or LeakyReLU network starts positively
// homogeneous, f(αx) = αf(x) for α > 0: on 1D data far from 0 (say
// N(4, 1.25²)) a ReLU discriminator is a straight line until its biases
// have moved. Centre the data, or use "tanh" in such a discriminator.
func NewMLP(rnd *rand.Rand, sizes []int, hidden, output string) *Sequential {
	if len(sizes) < 2 {
		panic(fmt.Sprintf("ganlite: NewMLP: sizes is %v, want at least 2 sizes", sizes))
	}
	// Check both names before drawing any weights.
	newActivation(hidden)
	newActivation(output)
	s := NewSequential()
	for i := 0; i+1 < len(sizes); i++ {
		s.Layers = append(s.Layers, NewLinear(rnd, sizes[i], sizes[i+1]))
		name := hidden
		if i+2 == len(sizes) {
			name = output
		}
		if act := newActivation(name); act != nil {
			s.Layers = append(s.Layers, act)
		}
	}
	return s
}

// newActivation returns the activation layer with the given name, nil for "".
func newActivation(name string) Layer {
	switch name {
	case "relu":
		return NewReLU()
	case "leakyrelu":
		return NewLeakyReLU(0.2)
	case "tanh":
		return NewTanh()
	case "sigmoid":
		return NewSigmoid()
	case "":
		return nil
	}
	panic(fmt.Sprintf("ganlite: NewMLP: unknown activation %q, want \"relu\", \"leakyrelu\", \"tanh\", \"sigmoid\" or \"\"", name))
}

// Forward runs x through every layer and returns the last layer's output
// buffer (overwritten by the next call; use Predict to keep a copy).
func (s *Sequential) Forward(x *mat.Dense) *mat.Dense {
	for _, l := range s.Layers {
		x = l.Forward(x)
	}
	return x
}

// Backward takes dL/dy for the last Forward and returns dL/dx, passing the
// gradient through the layers in reverse (chain rule). Each trainable
// layer writes its parameter gradients on the way; a frozen network
// (SetTrainable(false)) only computes dL/dx.
func (s *Sequential) Backward(dy *mat.Dense) *mat.Dense {
	return s.backward(dy, true)
}

// backward is Backward with the option to skip dL/dx of the first layer,
// which the GAN and autoencoder do not need (their inputs are data or noise).
func (s *Sequential) backward(dy *mat.Dense, needDx bool) *mat.Dense {
	for i := len(s.Layers) - 1; i >= 0; i-- {
		l := s.Layers[i]
		if skipper, ok := l.(inputGradSkipper); ok && i == 0 && !needDx {
			return skipper.backward(dy, false)
		}
		dy = l.Backward(dy)
	}
	return dy
}

// Params returns the parameters of all layers in order. The returned slice
// is reused by the next call; do not modify it.
func (s *Sequential) Params() []*Param {
	s.params = s.params[:0]
	for _, l := range s.Layers {
		s.params = append(s.params, l.Params()...)
	}
	return s.params
}

// SetTrainable freezes (false) or unfreezes (true) every layer. Backward of
// a frozen network still returns dL/dx but leaves all gradients untouched,
// so an optimizer step afterwards would only repeat old gradients. The GAN
// freezes D during the generator step.
func (s *Sequential) SetTrainable(on bool) {
	s.frozen = !on
	for _, l := range s.Layers {
		if f, ok := l.(freezable); ok {
			f.setTrainable(on)
		}
	}
}

func (s *Sequential) setTrainable(on bool) { s.SetTrainable(on) }

// Trainable reports whether the network is trainable (the default).
func (s *Sequential) Trainable() bool { return !s.frozen }

// ZeroGrad sets every gradient to zero. Backward overwrites gradients, so
// training loops do not need it; it is there for experiments.
func (s *Sequential) ZeroGrad() {
	for _, p := range s.Params() {
		p.G.Zero()
	}
}

// GradNorm returns the L2 norm of all gradients taken together,
// sqrt(Σ g²) over every element of every parameter's gradient.
func (s *Sequential) GradNorm() float64 {
	sum := 0.0
	for _, p := range s.Params() {
		for _, g := range p.G.RawMatrix().Data {
			sum += g * g
		}
	}
	return math.Sqrt(sum)
}

// InDim returns the input width of the first layer with a fixed width
// (a Linear), or 0 if there is none.
func (s *Sequential) InDim() int {
	for _, l := range s.Layers {
		if sz, ok := l.(sized); ok {
			return sz.InDim()
		}
	}
	return 0
}

// OutDim returns the output width of the last layer with a fixed width
// (a Linear), or 0 if there is none.
func (s *Sequential) OutDim() int {
	for i := len(s.Layers) - 1; i >= 0; i-- {
		if sz, ok := s.Layers[i].(sized); ok {
			return sz.OutDim()
		}
	}
	return 0
}

// checkChain returns an error if the output width of a layer differs from
// the input width of the next sized layer.
func (s *Sequential) checkChain() error {
	prev, prevIdx := 0, -1
	for i, l := range s.Layers {
		sz, ok := l.(sized)
		if !ok {
			continue
		}
		if prevIdx >= 0 && sz.InDim() != prev {
			return fmt.Errorf("layer %d outputs %d features but layer %d takes %d", prevIdx, prev, i, sz.InDim())
		}
		prev, prevIdx = sz.OutDim(), i
	}
	return nil
}

// Predict runs Forward and returns a copy of the output that the caller owns.
func (s *Sequential) Predict(x *mat.Dense) *mat.Dense {
	return mat.DenseCopyOf(s.Forward(x))
}

// Clone returns a deep copy of the network: same architecture, copied
// weights, fresh buffers. Training the copy leaves the original unchanged.
func (s *Sequential) Clone() *Sequential {
	c := &Sequential{frozen: s.frozen}
	for _, l := range s.Layers {
		c.Layers = append(c.Layers, cloneLayer(l))
	}
	return c
}

// cloneLayer deep-copies one of the package's layer types.
func cloneLayer(l Layer) Layer {
	switch l := l.(type) {
	case *Linear:
		return &Linear{
			W:      &Param{Name: l.W.Name, W: mat.DenseCopyOf(l.W.W), G: mat.DenseCopyOf(l.W.G)},
			B:      &Param{Name: l.B.Name, W: mat.DenseCopyOf(l.B.W), G: mat.DenseCopyOf(l.B.G)},
			frozen: l.frozen,
		}
	case *ReLU:
		return NewReLU()
	case *LeakyReLU:
		return NewLeakyReLU(l.Slope)
	case *Tanh:
		return NewTanh()
	case *Sigmoid:
		return NewSigmoid()
	case *Sequential:
		return l.Clone()
	}
	panic(fmt.Sprintf("ganlite: Sequential.Clone: cannot copy layer type %T", l))
}
