package check

import (
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
)

// NewRand returns a deterministic random source for tests: the same seed
// always gives the same draws.
func NewRand(seed uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
}

// RandDense returns an r×c matrix of standard normal draws from rnd, for
// building test inputs.
func RandDense(rnd *rand.Rand, r, c int) *mat.Dense {
	m := mat.NewDense(r, c, nil)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			m.Set(i, j, rnd.NormFloat64())
		}
	}
	return m
}
