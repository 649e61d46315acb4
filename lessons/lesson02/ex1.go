package lesson02

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson02"
)

// SampleZFunc is the signature of exercise 1: a batch of n noise vectors of
// size zdim, drawn from rnd.
type SampleZFunc = func(rnd *rand.Rand, n, zdim int) *mat.Dense

// SampleZExercise checks func(rnd *rand.Rand, n, zdim int) *mat.Dense.
type SampleZExercise struct{ *check.Exercise }

// Check prints ✓ if f draws an n×zdim standard normal batch from rnd, else ✗
// with what went wrong.
func (e SampleZExercise) Check(f func(rnd *rand.Rand, n, zdim int) *mat.Dense) { e.Exercise.Check(f) }

// Test returns nil if f is correct (for tests; prints nothing).
func (e SampleZExercise) Test(f func(rnd *rand.Rand, n, zdim int) *mat.Dense) error {
	return e.Exercise.Test(f)
}

// Use returns f if it passes, else the reference solution, saying which.
func (e SampleZExercise) Use(f func(rnd *rand.Rand, n, zdim int) *mat.Dense) func(rnd *rand.Rand, n, zdim int) *mat.Dense {
	return e.Exercise.Use(f).(SampleZFunc)
}

// Ex1 asks for a batch of noise z ~ N(0, I), drawn from the rand it is given.
var Ex1 = SampleZExercise{check.New(check.Spec{
	Name:  "lesson02.Ex1",
	Title: "sampling a batch of noise z",
	Hint: `Make the matrix with mat.NewDense(n, zdim, nil): one noise vector per row.
Fill every entry with rnd.NormFloat64(), a standard normal draw (mean 0,
standard deviation 1) from the *rand.Rand you are given. Use rnd, not the
package-level rand.NormFloat64(): only then does the same seed give the same
batch, which makes every figure in the course reproducible.`,
	Solution: check.Code(sol.Sources, "ex1.go", "SampleZ"),
	Ref:      SampleZFunc(sol.SampleZ),
	Test: func(f interface{}) error {
		return testSampleZ(f.(SampleZFunc))
	},
})}

// testSampleZ checks shapes, reproducibility per seed, and the statistics
// of a large batch.
func testSampleZ(f SampleZFunc) error {
	for _, s := range [][2]int{{5, 3}, {1, 7}} {
		z := f(check.NewRand(1), s[0], s[1])
		if err := check.Shape(fmt.Sprintf("sampleZ(rnd, %d, %d)", s[0], s[1]), z, s[0], s[1]); err != nil {
			return err
		}
		if allZero(z) {
			return check.NotDone("sampleZ(rnd, %d, %d) is all zeros (the stub's zero value?)", s[0], s[1])
		}
	}
	a := f(check.NewRand(1), 5, 3)
	b := f(check.NewRand(1), 5, 3)
	if !mat.Equal(a, b) {
		return fmt.Errorf("two calls with the same seed gave different batches:\n first %s\nsecond %s\n"+
			"draw every number from the rnd you are given (rnd.NormFloat64()), not from the package-level rand functions",
			check.Fmt(a, 5), check.Fmt(b, 5))
	}
	c := f(check.NewRand(2), 5, 3)
	if mat.Equal(a, c) {
		return fmt.Errorf("two different seeds gave the same batch %s\n"+
			"use the rnd you are given: a rand.New(...) of your own inside the function ignores the caller's seed",
			check.Fmt(a, 5))
	}
	// Statistics of 4000×2 draws: each column N(0, 1), the two columns
	// independent. Standard errors: mean 0.016, std 0.011, correlation 0.016.
	const n = 4000
	z := f(check.NewRand(3), n, 2)
	if err := check.Shape("sampleZ(rnd, 4000, 2)", z, n, 2); err != nil {
		return err
	}
	for j := 0; j < 2; j++ {
		mean, std := colStats(z, j)
		if math.Abs(mean) > 0.08 {
			return fmt.Errorf("column %d of sampleZ(rnd, 4000, 2) has mean %.3f, want about 0 (standard normal draws)", j, mean)
		}
		if math.Abs(std-1) > 0.06 {
			return fmt.Errorf("column %d of sampleZ(rnd, 4000, 2) has standard deviation %.3f, want about 1 (standard normal draws; rnd.Float64() is uniform on [0, 1))", j, std)
		}
	}
	if r := corr(z); math.Abs(r) > 0.1 {
		return fmt.Errorf("the two columns of sampleZ(rnd, 4000, 2) have correlation %.3f, want about 0: draw every entry separately", r)
	}
	return nil
}

// allZero reports whether every entry of m is 0.
func allZero(m *mat.Dense) bool {
	r, c := m.Dims()
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			if m.At(i, j) != 0 {
				return false
			}
		}
	}
	return true
}

// colStats returns the mean and standard deviation of column j of z.
func colStats(z *mat.Dense, j int) (mean, std float64) {
	n, _ := z.Dims()
	for i := 0; i < n; i++ {
		mean += z.At(i, j)
	}
	mean /= float64(n)
	for i := 0; i < n; i++ {
		d := z.At(i, j) - mean
		std += d * d
	}
	return mean, math.Sqrt(std / float64(n))
}

// corr returns the correlation of the first two columns of z (0 if either
// is constant).
func corr(z *mat.Dense) float64 {
	n, _ := z.Dims()
	m0, s0 := colStats(z, 0)
	m1, s1 := colStats(z, 1)
	if s0 == 0 || s1 == 0 {
		return 0
	}
	c := 0.0
	for i := 0; i < n; i++ {
		c += (z.At(i, 0) - m0) * (z.At(i, 1) - m1)
	}
	return c / float64(n) / (s0 * s1)
}
