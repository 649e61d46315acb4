package lesson00

import (
	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson00"
)

// AffineFunc is the signature of exercise 1: y = xW + b.
type AffineFunc = func(x, W, b *mat.Dense) *mat.Dense

// AffineExercise checks an affine map func(x, W, b *mat.Dense) *mat.Dense.
// It embeds *check.Exercise for Hint, Solution, Name and Title.
type AffineExercise struct{ *check.Exercise }

// Check prints ✓ if f computes y = xW + b, else ✗ with the input, the
// expected and the actual value.
func (e AffineExercise) Check(f func(x, W, b *mat.Dense) *mat.Dense) { e.Exercise.Check(f) }

// Test returns nil if f computes y = xW + b (for tests; prints nothing).
func (e AffineExercise) Test(f func(x, W, b *mat.Dense) *mat.Dense) error {
	return e.Exercise.Test(f)
}

// Use returns f if it passes, else the reference solution, saying which.
func (e AffineExercise) Use(f func(x, W, b *mat.Dense) *mat.Dense) func(x, W, b *mat.Dense) *mat.Dense {
	return e.Exercise.Use(f).(AffineFunc)
}

// Ex1 asks for the affine map y = xW + b, the forward pass of a linear layer.
var Ex1 = AffineExercise{check.New(check.Spec{
	Name:  "lesson00.Ex1",
	Title: "affine map y = xW + b",
	Hint: `Two steps. First the product: make y with mat.NewDense(n, out, nil), where
n is x's number of rows and out is W's number of columns, and call y.Mul(x, W).
Then the bias: b is one row (1×out), and it is added to EVERY row of y:
loop over i < n and j < out and set y.Set(i, j, y.At(i, j)+b.At(0, j)).
Do not change x, W or b; return y.`,
	Solution: check.Code(sol.Sources, "ex1.go", "Affine"),
	Ref:      AffineFunc(sol.Affine),
	Test: func(f interface{}) error {
		return testAffine(f.(AffineFunc))
	},
})}

// affineCases are the inputs Ex1 tries: small numbers so a failure message
// is easy to follow, a batch of three rows (the bias must reach every row)
// and a batch of one with other sizes (no hard-coded shapes).
func affineCases() [][3]*mat.Dense {
	return [][3]*mat.Dense{
		{
			mat.NewDense(3, 2, []float64{1, 2, 0, -1, 3, 0.5}),
			mat.NewDense(2, 3, []float64{1, 0, -1, 2, 1, 0}),
			mat.NewDense(1, 3, []float64{0.5, -1, 2}),
		},
		{
			mat.NewDense(1, 4, []float64{1, -2, 0.5, 3}),
			mat.NewDense(4, 2, []float64{0.5, 1, -1, 2, 3, 0, 1, -0.5}),
			mat.NewDense(1, 2, []float64{-3, 1.5}),
		},
	}
}

// testAffine compares f with the reference on affineCases and checks that
// f leaves its inputs alone.
func testAffine(f AffineFunc) error {
	for _, in := range affineCases() {
		x, W, b := in[0], in[1], in[2]
		x0, W0, b0 := mat.DenseCopyOf(x), mat.DenseCopyOf(W), mat.DenseCopyOf(b)
		got := f(x, W, b)
		err := check.Dense("affine(x, W, b)", got, sol.Affine(x0, W0, b0), 1e-12)
		if err == nil {
			err = check.Unchanged("x", x0, x)
		}
		if err == nil {
			err = check.Unchanged("W", W0, W)
		}
		if err == nil {
			err = check.Unchanged("b", b0, b)
		}
		if err != nil {
			return check.WithInputs(err, "x", x0, "W", W0, "b", b0)
		}
	}
	return nil
}
