package lesson07

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

// NonSaturatingGrad returns the gradient of the non-saturating generator
// loss L = mean over the n fakes of −log σ(lᵢ) (Goodfellow et al. 2014, §3)
// with respect to each logit lᵢ of D on the fakes: dL/dlᵢ = (σ(lᵢ) − 1)/n.
// It is n×1 like logits, which it leaves unchanged.
func NonSaturatingGrad(logits *mat.Dense) *mat.Dense {
	n, _ := logits.Dims()
	grad := mat.NewDense(n, 1, nil)
	for i := 0; i < n; i++ {
		l := logits.At(i, 0)
		// σ(l) − 1 = −σ(−l) = −1/(1+e^l): no overflow, even for huge |l|.
		grad.Set(i, 0, -1/(1+math.Exp(l))/float64(n))
	}
	return grad
}
