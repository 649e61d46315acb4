package plots

import (
	"fmt"

	"github.com/ganlite/ganlite/ganlite"
	"gonum.org/v1/gonum/mat"
)

// DProb returns a BatchFunc giving the discriminator's probability
// D(x) = σ(logit) for each row of its input, for EvalGrid:
//
//	grid := plots.EvalGrid(-1.5, 1.5, -1.5, 1.5, 60, plots.DProb(gan.D))
//
// d must output one logit per row (NewMLP with output activation ""), as
// the GAN's discriminator does. The whole batch runs in compiled code.
func DProb(d *ganlite.Sequential) BatchFunc {
	return func(pts *mat.Dense) []float64 {
		logits := d.Predict(pts)
		n, c := logits.Dims()
		if c != 1 {
			panic(fmt.Sprintf("plots: DProb: discriminator output is %d×%d, want n×1 logits", n, c))
		}
		out := make([]float64, n)
		for i := range out {
			out[i] = ganlite.Logistic(logits.At(i, 0))
		}
		return out
	}
}

// GeneratorGradients returns, for each fake sample (row of fake), the
// direction in which the generator's loss would move it: −∂L_G/∂x, the
// arrow GAN Lab draws. L_G is the non-saturating −log σ(D(x)) or the
// saturating log(1−σ(D(x))) (Goodfellow et al. 2014, §3 and Eq. 1),
// as loss says. The gradient comes from d's backward pass with d frozen, so
// d's parameter gradients are left untouched (its trainable flag is
// restored). The result is a fresh len(fake)×dim matrix, ready for
// Field2DData.Grad.
func GeneratorGradients(d *ganlite.Sequential, fake *mat.Dense, loss ganlite.GLossKind) *mat.Dense {
	defer d.SetTrainable(d.Trainable())
	d.SetTrainable(false)
	logits := d.Forward(fake)
	n, c := logits.Dims()
	if c != 1 {
		panic(fmt.Sprintf("plots: GeneratorGradients: discriminator output is %d×%d, want n×1 logits", n, c))
	}
	grad := mat.NewDense(n, 1, nil)
	switch loss {
	case ganlite.NonSaturating:
		ganlite.GLossNonSaturating(grad, logits)
	case ganlite.Saturating:
		ganlite.GLossSaturating(grad, logits)
	default:
		panic(fmt.Sprintf("plots: GeneratorGradients: unknown loss %v", loss))
	}
	dx := d.Backward(grad)
	out := mat.DenseCopyOf(dx)
	out.Scale(-1, out)
	return out
}
