package lesson03

import (
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
)

// MakeBatch builds the detective's training batch from n real rows and n
// fake rows (same width d): a 2n×d matrix holding every real and every fake
// row once, in an order shuffled by rnd, and the matching labels, 1 for a
// real row and 0 for a fake one. Shuffling real and fake together means the
// detective cannot learn anything from a row's position. It leaves its
// inputs unchanged.
func MakeBatch(real, fake *mat.Dense, rnd *rand.Rand) (x *mat.Dense, labels []float64) {
	n, d := real.Dims()
	x = mat.NewDense(2*n, d, nil)
	labels = make([]float64, 2*n)
	// order[i] says which source row goes to row i: 0..n-1 real, n..2n-1 fake.
	order := rnd.Perm(2 * n)
	for i, src := range order {
		if src < n {
			x.SetRow(i, real.RawRowView(src))
			labels[i] = 1 // real
		} else {
			x.SetRow(i, fake.RawRowView(src-n))
			labels[i] = 0 // fake
		}
	}
	return x, labels
}
