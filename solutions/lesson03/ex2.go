package lesson03

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

// BCE returns the binary cross-entropy between the detective's verdicts and
// the labels, averaged over the batch. logits is n×1 (one raw score l per
// sample, before the sigmoid) and labels holds the n targets y (1 real, 0
// fake). Per sample the loss is
//
//	−[y·log σ(l) + (1−y)·log(1 − σ(l))] = max(l, 0) − l·y + log(1 + exp(−|l|))
//
// The right-hand form never takes the log of 0 and never overflows exp,
// even for |l| = 1000, where the left-hand form gives Inf or NaN.
func BCE(logits *mat.Dense, labels []float64) float64 {
	n, _ := logits.Dims()
	sum := 0.0
	for i := 0; i < n; i++ {
		l, y := logits.At(i, 0), labels[i]
		sum += math.Max(l, 0) - l*y + math.Log1p(math.Exp(-math.Abs(l)))
	}
	return sum / float64(n)
}
