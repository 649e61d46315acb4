package lesson05

import (
	"fmt"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson05"
)

// InterpolateFunc is the signature of exercise 2: G applied to n points on
// the straight line from z0 to z1.
type InterpolateFunc func(g *ganlite.Sequential, z0, z1 *mat.Dense, n int) *mat.Dense

// InterpolateExercise checks a latent interpolation. It embeds
// *check.Exercise for Hint, Solution, Name and Title.
type InterpolateExercise struct{ *check.Exercise }

// Check prints ✓ if f interpolates correctly, else ✗ with what went wrong.
func (e InterpolateExercise) Check(f func(g *ganlite.Sequential, z0, z1 *mat.Dense, n int) *mat.Dense) {
	e.Exercise.Check(InterpolateFunc(f))
}

// Test returns nil if f interpolates correctly (for tests; prints nothing).
func (e InterpolateExercise) Test(f func(g *ganlite.Sequential, z0, z1 *mat.Dense, n int) *mat.Dense) error {
	return e.Exercise.Test(InterpolateFunc(f))
}

// Use returns f if it passes, else the reference, saying which.
func (e InterpolateExercise) Use(f func(g *ganlite.Sequential, z0, z1 *mat.Dense, n int) *mat.Dense) InterpolateFunc {
	return e.Exercise.Use(InterpolateFunc(f)).(InterpolateFunc)
}

// Ex2 asks for latent interpolation with G.
var Ex2 = InterpolateExercise{check.New(check.Spec{
	Name:  "lesson05.Ex2",
	Title: "latent interpolation",
	Hint: `_, dim := z0.Dims(); zs := mat.NewDense(n, dim, nil). For k from 0 to n−1,
t := float64(k) / float64(n-1) — so t is 0 for the first row and exactly 1 for
the last — and row k of zs is (1−t)·z0 + t·z1: zs.Set(k, j, (1-t)*z0.At(0, j) + t*z1.At(0, j)).
Then return g.Predict(zs) (Predict returns a copy you own). Don't change z0 or z1.`,
	Solution: check.Code(sol.Sources, "ex2.go", "Interpolate"),
	Ref:      InterpolateFunc(sol.Interpolate),
	Test: func(f interface{}) error {
		return testInterpolate(f.(InterpolateFunc))
	},
})}

// testInterpolate tries a linear G (so the outputs themselves must lie on a
// line) and a nonlinear one, with n = 5 and n = 2.
func testInterpolate(f InterpolateFunc) error {
	rnd := rand.New(rand.NewPCG(52, 1))
	linear := ganlite.NewMLP(rnd, []int{3, 4}, "", "")
	curved := ganlite.NewMLP(rnd, []int{3, 6, 4}, "leakyrelu", "tanh")
	for _, c := range []struct {
		g    *ganlite.Sequential
		name string
		n    int
	}{{linear, "a linear G (3→4)", 5}, {curved, "G 3→6→4", 4}, {curved, "G 3→6→4", 2}} {
		z0 := check.RandDense(rnd, 1, 3)
		z1 := check.RandDense(rnd, 1, 3)
		z0c, z1c := mat.DenseCopyOf(z0), mat.DenseCopyOf(z1)
		want := sol.Interpolate(c.g.Clone(), z0c, z1c, c.n)
		g0, g1 := c.g.Clone().Predict(z0c), c.g.Clone().Predict(z1c)

		got := f(c.g, z0, z1, c.n)
		call := fmt.Sprintf("interpolate(g, z0, z1, n=%d) with %s", c.n, c.name)
		if got == nil {
			return check.NotDone("%s returned nil", call)
		}
		got = mat.DenseCopyOf(got) // before anything else runs G
		if err := check.Unchanged("z0", z0c, z0); err != nil {
			return err
		}
		if err := check.Unchanged("z1", z1c, z1); err != nil {
			return err
		}
		if err := check.Shape(call, got, c.n, 4); err != nil {
			return fmt.Errorf("%v (one row G(z) per point on the line)", err)
		}
		first, last := got.Slice(0, 1, 0, 4), got.Slice(c.n-1, c.n, 0, 4)
		if mat.EqualApprox(first, g1, 1e-9) && mat.EqualApprox(last, g0, 1e-9) {
			return check.WithInputs(fmt.Errorf("%s: the rows are in reverse order: row 0 is G(z1), the last row G(z0); "+
				"t must go from 0 (at z0) to 1 (at z1)", call), "z0", z0c, "z1", z1c)
		}
		if err := check.Dense(call+" row 0 (should be G(z0), t = 0)", first, g0, 1e-9); err != nil {
			return check.WithInputs(err, "z0", z0c, "z1", z1c)
		}
		if err := check.Dense(fmt.Sprintf("%s row %d (should be G(z1), t = 1)", call, c.n-1), last, g1, 1e-9); err != nil {
			return check.WithInputs(fmt.Errorf("%v\nthe last row must be exactly G(z1): t = k/(n−1), so that t = 1 at k = n−1", err),
				"z0", z0c, "z1", z1c)
		}
		if err := check.Dense(call, got, want, 1e-9); err != nil {
			return check.WithInputs(fmt.Errorf("%v\nrow k is G((1−t)·z0 + t·z1) with evenly spaced t = k/(n−1)", err), "z0", z0c, "z1", z1c)
		}
	}
	return nil
}
