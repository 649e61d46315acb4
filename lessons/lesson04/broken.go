package lesson04

import (
	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
)

// DStepNotDetached is a BROKEN step 1, for comparison: the fake batch is not
// detached. D's loss is backpropagated through D and on into G, and G is
// updated with that gradient too (as happens when one optimizer holds both
// networks' weights). D's loss is what D minimises, so this pushes G the
// wrong way: towards fakes that are EASIER to reject. D's own update is the
// same as in the correct step.
func DStepNotDetached(gan *ganlite.GAN, real *mat.Dense) float64 {
	n, _ := real.Dims()
	fake := gan.G.Forward(gan.SampleZ(n))
	var batch mat.Dense
	batch.Stack(real, fake)
	labels := make([]float64, 2*n)
	for i := 0; i < n; i++ {
		labels[i] = 1
	}
	logits := gan.D.Forward(&batch)
	grad := mat.NewDense(2*n, 1, nil)
	loss := ganlite.BCEWithLogits(grad, logits, labels)
	dBatch := gan.D.Backward(grad) // dLoss/dinput for all 2n rows
	gan.OptD.Step(gan.D.Params())

	// The bug: the fake rows' gradient flows on into G, and G steps on it.
	dFake := mat.DenseCopyOf(dBatch.Slice(n, 2*n, 0, 1))
	gan.G.Backward(dFake)
	gan.OptG.Step(gan.G.Params())
	return loss
}

// GStepNotFrozen is a BROKEN step 2, for comparison: D is not frozen. G's
// loss −log D(G(z)) is backpropagated through a trainable D, which writes
// its own gradients, and D is updated with them (as happens when one
// optimizer holds both networks' weights). So in G's step D also learns to
// call G's fakes real: the detective helps the forger cheat.
func GStepNotFrozen(gan *ganlite.GAN, n int) float64 {
	fake := gan.G.Forward(gan.SampleZ(n))
	logits := gan.D.Forward(fake) // D stays trainable: the bug
	grad := mat.NewDense(n, 1, nil)
	loss := ganlite.GLossNonSaturating(grad, logits)
	dFake := gan.D.Backward(grad) // also writes D's gradients of G's loss
	gan.G.Backward(dFake)
	gan.OptG.Step(gan.G.Params())
	gan.OptD.Step(gan.D.Params()) // ... and D moves on them
	return loss
}
