package lesson02

import (
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
)

// SampleZ returns a batch of n noise vectors for the generator: an n×zdim
// matrix whose entries are independent standard normal draws, z ~ N(0, I).
// Every draw comes from rnd, so the same seed gives the same batch.
func SampleZ(rnd *rand.Rand, n, zdim int) *mat.Dense {
	z := mat.NewDense(n, zdim, nil)
	for i := 0; i < n; i++ {
		for j := 0; j < zdim; j++ {
			z.Set(i, j, rnd.NormFloat64()) // from rnd, never the global rand
		}
	}
	return z
}
