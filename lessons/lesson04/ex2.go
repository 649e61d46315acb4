package lesson04

import (
	"fmt"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson04"
)

// GStepExercise checks a generator step func(gan *ganlite.GAN, n int)
// float64. It embeds *check.Exercise for Hint, Solution, Name and Title.
type GStepExercise struct{ *check.Exercise }

// Check prints ✓ if f is a correct G step, else ✗ with what went wrong.
func (e GStepExercise) Check(f func(gan *ganlite.GAN, n int) float64) {
	e.Exercise.Check(GStepFunc(f))
}

// Test returns nil if f is a correct G step (for tests; prints nothing).
func (e GStepExercise) Test(f func(gan *ganlite.GAN, n int) float64) error {
	return e.Exercise.Test(GStepFunc(f))
}

// Use returns f if it passes, else the reference G step, saying which.
func (e GStepExercise) Use(f func(gan *ganlite.GAN, n int) float64) GStepFunc {
	return e.Exercise.Use(GStepFunc(f)).(GStepFunc)
}

// Ex2 asks for step 2 of the loop: update only the generator, D frozen.
var Ex2 = GStepExercise{check.New(check.Spec{
	Name:  "lesson04.Ex2",
	Title: "G step",
	Hint: `fake := gan.G.Forward(gan.SampleZ(n)). Freeze the detective with
gan.D.SetTrainable(false) and remember to set it back to true at the end
(defer gan.D.SetTrainable(true) right after freezing does it).
logits := gan.D.Forward(fake); grad := mat.NewDense(n, 1, nil);
loss := ganlite.GLossNonSaturating(grad, logits) — the forger wants D to
say "real" (it is BCE with label 1 for every fake).
dFake := gan.D.Backward(grad) carries the gradient back through the frozen D
to the fakes; gan.G.Backward(dFake) then gan.OptG.Step(gan.G.Params()).
Never call gan.OptD.Step here. Return loss.`,
	Solution: check.Code(sol.Sources, "ex2.go", "GStep"),
	Ref:      GStepFunc(sol.GStep),
	Test: func(f interface{}) error {
		return testGStep(f.(GStepFunc))
	},
})}

// testGStep runs f and the reference on bit-identical warmed-up GANs and
// compares what moved.
func testGStep(f GStepFunc) error {
	for _, seed := range checkSeeds {
		gan, ref := warmPair(seed)
		g0, d0 := gan.G.Clone(), gan.D.Clone()

		loss := f(gan, Batch)
		want := sol.GStep(ref, Batch)

		dMoved := ParamDistance(d0, gan.D)
		gMoved := ParamDistance(g0, gan.G)
		if loss == 0 && dMoved == 0 && gMoved == 0 {
			return check.NotDone("gStep returned 0 and changed no weights")
		}
		if dMoved != 0 {
			return fmt.Errorf("D's weights changed in the G step (they moved by %.3g): D must stay fixed, "+
				"so do not call gan.OptD.Step in step 2", dMoved)
		}
		if gradDistance(d0, gan.D) != 0 {
			return fmt.Errorf("D's gradients changed in the G step: D was not frozen when you called gan.D.Backward; " +
				"call gan.D.SetTrainable(false) before it")
		}
		if !gan.D.Trainable() {
			return fmt.Errorf("D is still frozen after your G step: set gan.D.SetTrainable(true) at the end, " +
				"or the next D step cannot learn")
		}
		if gMoved == 0 {
			return fmt.Errorf("G's weights did not change: after D.Backward call gan.G.Backward(dFake), then gan.OptG.Step(gan.G.Params())")
		}
		if err := check.Float(fmt.Sprintf("gStep's loss for n = %d (the mean of −log D(G(z)))", Batch), loss, want, 1e-9); err != nil {
			return err
		}
		if err := sameWeights("G", gan.G, ref.G, 1e-9); err != nil {
			// Say which way G went: the old D should like its new fakes more.
			z := fixedZ(256, seed)
			before := dLoss(d0, g0.Clone().Forward(z), 1)
			after := dLoss(d0, gan.G.Clone().Forward(z), 1)
			if after > before {
				return fmt.Errorf("%v\nyour step made G's fakes EASIER to reject (−log D(G(z)) rose from %.4f to %.4f): "+
					"a wrong sign, or label 0 for the fakes?", err, before, after)
			}
			return fmt.Errorf("%v\ndraw the noise once with gan.SampleZ(n) and use ganlite.GLossNonSaturating", err)
		}
	}
	return nil
}
