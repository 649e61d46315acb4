package lesson04

import (
	"fmt"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson04"
)

// DStepExercise checks a discriminator step func(gan *ganlite.GAN, real
// *mat.Dense) float64. It embeds *check.Exercise for Hint, Solution, Name
// and Title.
type DStepExercise struct{ *check.Exercise }

// Check prints ✓ if f is a correct D step, else ✗ with what went wrong.
func (e DStepExercise) Check(f func(gan *ganlite.GAN, real *mat.Dense) float64) {
	e.Exercise.Check(DStepFunc(f))
}

// Test returns nil if f is a correct D step (for tests; prints nothing).
func (e DStepExercise) Test(f func(gan *ganlite.GAN, real *mat.Dense) float64) error {
	return e.Exercise.Test(DStepFunc(f))
}

// Use returns f if it passes, else the reference D step, saying which.
func (e DStepExercise) Use(f func(gan *ganlite.GAN, real *mat.Dense) float64) DStepFunc {
	return e.Exercise.Use(DStepFunc(f)).(DStepFunc)
}

// Ex1 asks for step 1 of the loop: update only the discriminator.
var Ex1 = DStepExercise{check.New(check.Spec{
	Name:  "lesson04.Ex1",
	Title: "D step",
	Hint: `n, _ := real.Dims() is the batch size. Make n fakes with
gan.G.Forward(gan.SampleZ(n)) (draw the noise exactly once, with gan.SampleZ).
Stack real on top of fake into one 2n×1 batch (var batch mat.Dense;
batch.Stack(real, fake)) with labels 1 for the n real rows and 0 for the fakes.
logits := gan.D.Forward(&batch); grad := mat.NewDense(2*n, 1, nil);
loss := ganlite.BCEWithLogits(grad, logits, labels) fills grad with dLoss/dlogits.
Then gan.D.Backward(grad) and gan.OptD.Step(gan.D.Params()). Never call
gan.G.Backward or gan.OptG.Step here: the fakes are detached. Return loss.`,
	Solution: check.Code(sol.Sources, "ex1.go", "DStep"),
	Ref:      DStepFunc(sol.DStep),
	Test: func(f interface{}) error {
		return testDStep(f.(DStepFunc))
	},
})}

// testDStep runs f and the reference on bit-identical warmed-up GANs and
// the same real batch, then compares what moved.
func testDStep(f DStepFunc) error {
	for _, seed := range checkSeeds {
		gan, ref := warmPair(seed)
		real := RealBatch(Batch, rand.New(rand.NewPCG(seed, 43)))
		real0 := mat.DenseCopyOf(real)
		g0, d0 := gan.G.Clone(), gan.D.Clone()

		loss := f(gan, real)
		want := sol.DStep(ref, mat.DenseCopyOf(real0))

		dMoved := ParamDistance(d0, gan.D)
		gMoved := ParamDistance(g0, gan.G)
		if loss == 0 && dMoved == 0 && gMoved == 0 {
			return check.NotDone("dStep returned 0 and changed no weights")
		}
		if err := check.Unchanged("real", real0, real); err != nil {
			return err
		}
		if gMoved != 0 {
			return fmt.Errorf("G's weights changed in the D step (they moved by %.3g): the fake batch must be detached, "+
				"so do not call gan.G.Backward or gan.OptG.Step in step 1", gMoved)
		}
		if gd := gradDistance(g0, gan.G); gd != 0 {
			return fmt.Errorf("G's gradients changed in the D step: D's loss was backpropagated into G " +
				"(gan.G.Backward was called); the fake batch must be detached")
		}
		if dMoved == 0 {
			return fmt.Errorf("D's weights did not change: after BCEWithLogits call gan.D.Backward(grad), then gan.OptD.Step(gan.D.Params())")
		}
		if !gan.D.Trainable() {
			return fmt.Errorf("D is left frozen after your D step: leave gan.D trainable")
		}
		if err := check.Float("dStep's loss (BCE on the 2n rows: real labelled 1, fake 0)", loss, want, 1e-9); err != nil {
			return check.WithInputs(err, "real (first rows)", real0)
		}
		if err := sameWeights("D", gan.D, ref.D, 1e-9); err != nil {
			// Say which way D went: on the real rows its loss should fall.
			before, after := dLoss(d0, real0, 1), dLoss(gan.D, real0, 1)
			if after > before {
				return fmt.Errorf("%v\nyour step made D WORSE at calling real data real (its loss on the real rows rose from %.4f to %.4f): "+
					"swapped labels, or a wrong sign in the update?", err, before, after)
			}
			return fmt.Errorf("%v\ndraw the noise once with gan.SampleZ(n), stack real and fake into ONE batch, and take one gan.OptD.Step", err)
		}
	}
	return nil
}
