package lesson04

import (
	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
)

// DStep is step 1 of the loop: it updates only the discriminator. It stacks
// the n real rows (label 1) on n fakes G(z) from fresh noise (label 0), takes
// the binary cross-entropy of D's logits, backpropagates it through D only
// and takes one OptD step. G is never backpropagated through: the fakes are
// "detached", plain numbers as far as D's loss is concerned, so G's weights
// do not move. It returns D's loss before the update.
func DStep(gan *ganlite.GAN, real *mat.Dense) float64 {
	n, _ := real.Dims()
	fake := gan.G.Forward(gan.SampleZ(n)) // detached: no G.Backward below

	var batch mat.Dense
	batch.Stack(real, fake) // rows 0..n-1 real, n..2n-1 fake
	labels := make([]float64, 2*n)
	for i := 0; i < n; i++ {
		labels[i] = 1 // real; the fakes keep label 0
	}

	logits := gan.D.Forward(&batch)
	grad := mat.NewDense(2*n, 1, nil)
	loss := ganlite.BCEWithLogits(grad, logits, labels) // grad = dLoss/dlogits
	gan.D.Backward(grad)                                // writes D's gradients
	gan.OptD.Step(gan.D.Params())                       // moves D only
	return loss
}
