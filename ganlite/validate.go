package ganlite

import (
	"errors"
	"fmt"
)

// check returns an error naming the first invalid setting of a Train call.
func (g *GAN) check(real Sampler, steps, batch int) error {
	fail := func(format string, args ...any) error {
		return errors.New("ganlite: Train: " + fmt.Sprintf(format, args...))
	}
	switch {
	case g.G == nil:
		return fail("G is nil")
	case g.D == nil:
		return fail("D is nil")
	case g.OptG == nil:
		return fail("OptG is nil")
	case g.OptD == nil:
		return fail("OptD is nil")
	case g.Rnd == nil:
		return fail("Rnd is nil")
	case real == nil:
		return fail("real (the Sampler) is nil")
	}
	if err := g.G.checkChain(); err != nil {
		return fail("G: %v", err)
	}
	if err := g.D.checkChain(); err != nil {
		return fail("D: %v", err)
	}
	switch {
	case g.ZDim <= 0 || g.ZDim != g.G.InDim():
		return fail("ZDim is %d, want G.InDim() = %d", g.ZDim, g.G.InDim())
	case g.G.OutDim() != g.D.InDim():
		return fail("G.OutDim() is %d but D.InDim() is %d, want them equal", g.G.OutDim(), g.D.InDim())
	case g.D.OutDim() != 1:
		return fail("D.OutDim() is %d, want 1 (one logit per sample)", g.D.OutDim())
	case steps <= 0:
		return fail("steps is %d, want steps > 0", steps)
	case batch <= 0:
		return fail("batch is %d, want batch > 0", batch)
	case g.K < 1:
		return fail("K is %d, want K ≥ 1", g.K)
	case g.Loss != NonSaturating && g.Loss != Saturating:
		return fail("Loss is %v, want NonSaturating or Saturating", g.Loss)
	case !(g.RealLabel > 0 && g.RealLabel <= 1):
		return fail("RealLabel is %v, want 0 < RealLabel ≤ 1", g.RealLabel)
	}
	if err := checkOptimizer("OptG", g.OptG); err != nil {
		return fail("%v", err)
	}
	if err := checkOptimizer("OptD", g.OptD); err != nil {
		return fail("%v", err)
	}
	return nil
}

// checkOptimizer checks the learning rate of the package's optimizers,
// whose fields may have been changed after construction.
func checkOptimizer(field string, o Optimizer) error {
	lr := 1.0
	switch o := o.(type) {
	case *Adam:
		lr = o.LR
	case *SGD:
		lr = o.LR
	}
	if !(lr > 0) || !finite(lr) {
		return fmt.Errorf("%s.LR is %v, want LR > 0", field, lr)
	}
	return nil
}
