package ganlite

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// Every loss returns the mean over the batch. If grad is not nil it must
// have the shape of the input, and receives dLoss/dInput (overwritten).

// BCEWithLogits is the binary cross-entropy between sigmoid(logits) and
// labels in [0, 1], one label per element of logits (row by row). It is
// computed from the logits in the stable form
//
//	max(l, 0) - l·y + log(1 + exp(-|l|))
//
// which never overflows, even for |l| = 1000. Gradient: (σ(l) - y)/N.
func BCEWithLogits(grad, logits *mat.Dense, labels []float64) float64 {
	r, c := logits.Dims()
	if len(labels) != r*c {
		panic(fmt.Sprintf("ganlite: BCEWithLogits: logits are %d×%d but there are %d labels, want %d", r, c, len(labels), r*c))
	}
	checkGrad("BCEWithLogits", grad, logits)
	n := float64(r * c)
	sum := 0.0
	for i := 0; i < r; i++ {
		row := logits.RawRowView(i)
		for j, l := range row {
			y := labels[i*c+j]
			sum += math.Max(l, 0) - l*y + math.Log1p(math.Exp(-math.Abs(l)))
			if grad != nil {
				grad.RawRowView(i)[j] = (Logistic(l) - y) / n
			}
		}
	}
	return sum / n
}

// GLossNonSaturating is the generator loss mean(-log σ(l)) on the
// discriminator's logits for fakes (Goodfellow et al. 2014, §3): it gives
// strong gradients early, when D easily rejects the fakes.
// In stable form -log σ(l) = softplus(-l); gradient: -σ(-l)/N.
func GLossNonSaturating(grad, logits *mat.Dense) float64 {
	checkGrad("GLossNonSaturating", grad, logits)
	r, c := logits.Dims()
	n := float64(r * c)
	sum := 0.0
	for i := 0; i < r; i++ {
		for j, l := range logits.RawRowView(i) {
			sum += softplus(-l)
			if grad != nil {
				grad.RawRowView(i)[j] = -Logistic(-l) / n
			}
		}
	}
	return sum / n
}

// GLossSaturating is the generator loss mean(log(1 - σ(l))) of the original
// minimax game (Goodfellow et al. 2014, Eq. 1), which G minimises. Its
// gradient vanishes when D confidently rejects the fakes (σ(l) ≈ 0).
// In stable form log(1 - σ(l)) = -softplus(l); gradient: -σ(l)/N.
func GLossSaturating(grad, logits *mat.Dense) float64 {
	checkGrad("GLossSaturating", grad, logits)
	r, c := logits.Dims()
	n := float64(r * c)
	sum := 0.0
	for i := 0; i < r; i++ {
		for j, l := range logits.RawRowView(i) {
			sum -= softplus(l)
			if grad != nil {
				grad.RawRowView(i)[j] = -Logistic(l) / n
			}
		}
	}
	return sum / n
}

// MSE is the mean squared error mean((pred - target)²) over all elements.
// Gradient: 2(pred - target)/N.
func MSE(grad, pred, target *mat.Dense) float64 {
	sameShape("MSE", "target", target, "pred", pred)
	checkGrad("MSE", grad, pred)
	r, c := pred.Dims()
	n := float64(r * c)
	sum := 0.0
	for i := 0; i < r; i++ {
		t := target.RawRowView(i)
		for j, p := range pred.RawRowView(i) {
			d := p - t[j]
			sum += d * d
			if grad != nil {
				grad.RawRowView(i)[j] = 2 * d / n
			}
		}
	}
	return sum / n
}

// SoftmaxCrossEntropy is the mean over rows of -log softmax(logits)[label]
// for a classifier with one row of class scores per sample and labels in
// [0, classes). Gradient: (softmax(l) - onehot(label))/n.
// The row maximum is subtracted before exp, so large logits do not overflow.
func SoftmaxCrossEntropy(grad, logits *mat.Dense, labels []int) float64 {
	r, c := logits.Dims()
	if len(labels) != r {
		panic(fmt.Sprintf("ganlite: SoftmaxCrossEntropy: logits are %d×%d but there are %d labels, want %d", r, c, len(labels), r))
	}
	checkGrad("SoftmaxCrossEntropy", grad, logits)
	sum := 0.0
	for i := 0; i < r; i++ {
		row := logits.RawRowView(i)
		label := labels[i]
		if label < 0 || label >= c {
			panic(fmt.Sprintf("ganlite: SoftmaxCrossEntropy: label %d of row %d is outside [0, %d)", label, i, c))
		}
		max := row[0]
		for _, l := range row {
			max = math.Max(max, l)
		}
		z := 0.0
		for _, l := range row {
			z += math.Exp(l - max)
		}
		logZ := max + math.Log(z) // log Σ exp(l)
		sum += logZ - row[label]
		if grad != nil {
			g := grad.RawRowView(i)
			for j, l := range row {
				g[j] = math.Exp(l-logZ) / float64(r)
			}
			g[label] -= 1 / float64(r)
		}
	}
	return sum / float64(r)
}

// softplus returns log(1 + exp(x)) without overflow.
func softplus(x float64) float64 {
	return math.Max(x, 0) + math.Log1p(math.Exp(-math.Abs(x)))
}

// checkGrad panics unless grad is nil or has the shape of input.
func checkGrad(where string, grad, input *mat.Dense) {
	if grad != nil {
		sameShape(where, "grad", grad, "the input", input)
	}
}
