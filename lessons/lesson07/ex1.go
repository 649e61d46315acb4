package lesson07

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson07"
)

// GradFunc is the signature of exercise 1: logits (n×1) → dL/dlogits (n×1).
type GradFunc = func(logits *mat.Dense) *mat.Dense

// GradExercise checks the non-saturating loss's gradient
// func(logits *mat.Dense) *mat.Dense.
type GradExercise struct{ *check.Exercise }

// Check prints ✓ if f computes d/dlᵢ of mean −log σ(l), else ✗ with the
// input, the expected and the actual value.
func (e GradExercise) Check(f func(logits *mat.Dense) *mat.Dense) { e.Exercise.Check(f) }

// Test returns nil if f is correct (for tests; prints nothing).
func (e GradExercise) Test(f func(logits *mat.Dense) *mat.Dense) error { return e.Exercise.Test(f) }

// Use returns f if it passes, else the reference, saying which.
func (e GradExercise) Use(f func(logits *mat.Dense) *mat.Dense) func(logits *mat.Dense) *mat.Dense {
	return e.Exercise.Use(f).(GradFunc)
}

// Ex1 asks for the gradient of the non-saturating generator loss.
var Ex1 = GradExercise{check.New(check.Spec{
	Name:  "lesson07.Ex1",
	Title: "gradient of the non-saturating loss",
	Hint: `The loss is L = (1/n) Σᵢ −log σ(lᵢ). For one logit, d/dl (−log σ(l)) = −σ'(l)/σ(l)
= −σ(l)(1−σ(l))/σ(l) = σ(l) − 1. The mean brings the factor 1/n. So entry i of the n×1
result is (σ(lᵢ) − 1)/n. Compute σ without overflow: ganlite.Logistic(l), or use
σ(l) − 1 = −1/(1 + exp(l)), which is fine for huge |l| (exp(800) = +Inf gives −0).`,
	Solution: check.Code(sol.Sources, "ex1.go", "NonSaturatingGrad"),
	Ref:      GradFunc(sol.NonSaturatingGrad),
	Test: func(f interface{}) error {
		return testGrad(f.(GradFunc))
	},
})}

// testGrad compares f with ganlite.GLossNonSaturating's gradient on small
// batches of logits, including extreme ones.
func testGrad(f GradFunc) error {
	cases := [][]float64{
		{0, 2, -2},
		{-5, -1, 0.5, 3, 8},
		{-800, -40, 40, 800}, // a confident D: σ = 0 or 1 in floating point
		{1.5},
	}
	done := false
	var firstErr error
	for _, c := range cases {
		logits := mat.NewDense(len(c), 1, append([]float64(nil), c...))
		l0 := mat.DenseCopyOf(logits)
		want := mat.NewDense(len(c), 1, nil)
		ganlite.GLossNonSaturating(want, l0)
		got := f(logits)
		if got != nil && !mat.Equal(got, mat.NewDense(len(c), 1, nil)) {
			done = true
		}
		err := check.Dense("nsGrad(logits)", got, want, 1e-9)
		if err == nil {
			err = check.Unchanged("logits", l0, logits)
		}
		if err != nil && firstErr == nil {
			firstErr = check.WithInputs(err, "logits", l0)
		}
	}
	if !done {
		return check.NotDone("nsGrad returned nil or zeros for every batch")
	}
	if firstErr != nil {
		return fmt.Errorf("%w\n(entry i should be (σ(lᵢ) − 1)/n)", firstErr)
	}
	return nil
}
