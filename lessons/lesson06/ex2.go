package lesson06

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson06"
)

// PackFunc is the signature of exercise 2: n×d samples → n/m × m·d packs.
type PackFunc = func(x *mat.Dense, m int) *mat.Dense

// PackExercise checks a packing function func(x *mat.Dense, m int) *mat.Dense.
type PackExercise struct{ *check.Exercise }

// Check prints ✓ if f packs like the reference, else ✗ with the input,
// the expected and the actual value.
func (e PackExercise) Check(f func(x *mat.Dense, m int) *mat.Dense) { e.Exercise.Check(f) }

// Test returns nil if f is correct (for tests; prints nothing).
func (e PackExercise) Test(f func(x *mat.Dense, m int) *mat.Dense) error { return e.Exercise.Test(f) }

// Use returns f if it passes, else the reference, saying which.
func (e PackExercise) Use(f func(x *mat.Dense, m int) *mat.Dense) func(x *mat.Dense, m int) *mat.Dense {
	return e.Exercise.Use(f).(PackFunc)
}

// Ex2 asks for PacGAN's packing: consecutive samples side by side.
var Ex2 = PackExercise{check.New(check.Spec{
	Name:  "lesson06.Ex2",
	Title: "pack m samples per row",
	Hint: `x has n rows of d numbers. Make p := mat.NewDense(n/m, m*d, nil). Pack i holds the
m consecutive samples i*m, i*m+1, ..., i*m+m-1: sample i*m+k goes into columns k*d ... k*d+d-1
of row i, so p.Set(i, k*d+j, x.At(i*m+k, j)) for every i < n/m, k < m, j < d.
(Grouping rows i, i+n/m, i+2n/m, ... is a different packing: keep them consecutive.)`,
	Solution: check.Code(sol.Sources, "ex2.go", "Pack"),
	Ref:      PackFunc(sol.Pack),
	Test: func(f interface{}) error {
		return testPack(f.(PackFunc))
	},
})}

// testPack compares f with the reference on small batches of several
// shapes: the numbers name their row and column (x[i][j] = 10·i + j + 1),
// so a wrong grouping is easy to read in the message.
func testPack(f PackFunc) error {
	done := false
	var firstErr error
	for _, c := range []struct{ n, d, m int }{{4, 2, 2}, {6, 2, 3}, {8, 2, 4}, {6, 3, 2}, {3, 2, 1}} {
		x := mat.NewDense(c.n, c.d, nil)
		for i := 0; i < c.n; i++ {
			for j := 0; j < c.d; j++ {
				x.Set(i, j, float64(10*i+j+1))
			}
		}
		x0 := mat.DenseCopyOf(x)
		got := f(x, c.m)
		if got != nil && !mat.Equal(got, mat.NewDense(maxInt(1, c.n/c.m), maxInt(1, c.m*c.d), nil)) {
			done = true
		}
		err := check.Dense(fmt.Sprintf("pack(x, %d)", c.m), got, sol.Pack(x0, c.m), 0)
		if err == nil {
			err = check.Unchanged("x", x0, x)
		}
		if err != nil && firstErr == nil {
			firstErr = check.WithInputs(err, "x", x0, "m", c.m)
		}
	}
	if !done {
		return check.NotDone("pack returned nil or zeros for every batch")
	}
	return firstErr
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}
