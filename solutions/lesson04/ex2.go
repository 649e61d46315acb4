package lesson04

import (
	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
)

// GStep is step 2 of the loop: it updates only the generator, with the
// discriminator frozen. It makes n fakes G(z) from fresh noise, scores them
// with D and takes the non-saturating generator loss −log D(G(z))
// (Goodfellow et al. 2014, §3), i.e. BCE with label 1, "call my fakes real".
// The gradient flows back through the frozen D (which computes dL/dx but
// keeps its own gradients untouched) into G, and only OptG steps. D's
// trainable flag is restored at the end. It returns G's loss before the
// update.
func GStep(gan *ganlite.GAN, n int) float64 {
	fake := gan.G.Forward(gan.SampleZ(n))

	wasTrainable := gan.D.Trainable()
	gan.D.SetTrainable(false) // D is the fixed judge in this step
	defer gan.D.SetTrainable(wasTrainable)

	logits := gan.D.Forward(fake)
	grad := mat.NewDense(n, 1, nil)
	loss := ganlite.GLossNonSaturating(grad, logits) // grad = dLoss/dlogits
	dFake := gan.D.Backward(grad)                    // dLoss/dG(z), D's gradients untouched
	gan.G.Backward(dFake)                            // writes G's gradients
	gan.OptG.Step(gan.G.Params())                    // moves G only
	return loss
}
