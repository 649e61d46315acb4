package ganlite

import (
	"fmt"
	"math"
)

// Adam is the Adam optimizer (Kingma & Ba 2015, Algorithm 1). For each
// parameter it keeps running means of the gradient (m) and of its square
// (v), corrects their bias towards zero, and steps
//
//	w ← w - LR·m̂/(√v̂ + Eps),  m̂ = m/(1-Beta1ᵗ),  v̂ = v/(1-Beta2ᵗ).
//
// GANs usually use LR 2e-4, Beta1 0.5, Beta2 0.999 (Radford et al. 2016).
type Adam struct {
	LR    float64 // learning rate α, > 0
	Beta1 float64 // decay rate of the gradient mean m, in [0, 1)
	Beta2 float64 // decay rate of the squared-gradient mean v, in [0, 1)
	Eps   float64 // ε added to √v̂ so the step never divides by zero

	state map[*Param]*adamState
}

// adamState is Adam's memory for one parameter.
type adamState struct {
	m, v []float64 // first and second moment estimates
	t    int       // number of updates so far
}

// NewAdam returns an Adam optimizer with Eps 1e-8. It panics if lr is not
// positive or a beta is outside [0, 1).
func NewAdam(lr, beta1, beta2 float64) *Adam {
	checkLR("NewAdam", lr)
	if !(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) {
		panic(fmt.Sprintf("ganlite: NewAdam: beta1 is %v and beta2 is %v, want both in [0, 1)", beta1, beta2))
	}
	return &Adam{LR: lr, Beta1: beta1, Beta2: beta2, Eps: 1e-8, state: map[*Param]*adamState{}}
}

// Step applies one Adam update to each parameter, in one pass over its
// elements (Kingma & Ba 2015, Algorithm 1, lines 7–12).
func (o *Adam) Step(params []*Param) {
	if o.state == nil {
		o.state = map[*Param]*adamState{}
	}
	for _, p := range params {
		w, g := p.W.RawMatrix().Data, p.G.RawMatrix().Data
		s, ok := o.state[p]
		if !ok {
			s = &adamState{m: make([]float64, len(w)), v: make([]float64, len(w))}
			o.state[p] = s
		}
		if len(s.m) != len(w) {
			panic(fmt.Sprintf("ganlite: Adam.Step: parameter %q is now %s, Adam's state has %d elements", p.Name, shape(p.W), len(s.m)))
		}
		s.t++
		// Bias corrections folded into the step size and ε (Kingma & Ba
		// 2015, end of §2): w -= lr·(m/bc1)/(√(v/bc2)+ε) is exactly
		// w -= αt·m/(√v+ε̂) with αt = lr·√bc2/bc1 and ε̂ = ε·√bc2.
		bc1 := 1 - math.Pow(o.Beta1, float64(s.t))
		bc2 := 1 - math.Pow(o.Beta2, float64(s.t))
		alpha := o.LR * math.Sqrt(bc2) / bc1
		epsHat := o.Eps * math.Sqrt(bc2)
		b1, b2 := o.Beta1, o.Beta2
		m, v := s.m[:len(g)], s.v[:len(g)]
		w = w[:len(g)]
		for i, gi := range g {
			m[i] = b1*m[i] + (1-b1)*gi    // running mean of g
			v[i] = b2*v[i] + (1-b2)*gi*gi // running mean of g²
			w[i] -= alpha * m[i] / (math.Sqrt(v[i]) + epsHat)
		}
	}
}
