package ganlite

import "fmt"

// SGD is stochastic gradient descent with (heavy-ball) momentum:
//
//	v ← Momentum·v + g;  w ← w - LR·v
//
// (Polyak 1964; in the form of Sutskever et al. 2013 and PyTorch).
// Momentum 0 gives plain gradient descent w ← w - LR·g.
type SGD struct {
	LR       float64 // learning rate, > 0
	Momentum float64 // in [0, 1)

	vel map[*Param][]float64 // velocity per parameter
}

// NewSGD returns an SGD optimizer. It panics if lr is not positive or
// momentum is outside [0, 1).
func NewSGD(lr, momentum float64) *SGD {
	checkLR("NewSGD", lr)
	if !(momentum >= 0 && momentum < 1) {
		panic(fmt.Sprintf("ganlite: NewSGD: momentum is %v, want 0 ≤ momentum < 1", momentum))
	}
	return &SGD{LR: lr, Momentum: momentum, vel: map[*Param][]float64{}}
}

// Step applies one SGD update to each parameter.
func (o *SGD) Step(params []*Param) {
	if o.vel == nil {
		o.vel = map[*Param][]float64{}
	}
	for _, p := range params {
		w, g := p.W.RawMatrix().Data, p.G.RawMatrix().Data
		v, ok := o.vel[p]
		if !ok {
			v = make([]float64, len(w))
			o.vel[p] = v
		}
		if len(v) != len(w) {
			panic(fmt.Sprintf("ganlite: SGD.Step: parameter %q is now %s, SGD's state has %d elements", p.Name, shape(p.W), len(v)))
		}
		for i := range w {
			v[i] = o.Momentum*v[i] + g[i]
			w[i] -= o.LR * v[i]
		}
	}
}
