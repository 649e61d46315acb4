package lesson01_test

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/lessons/lesson01"
	sol "github.com/ganlite/ganlite/solutions/lesson01"
)

// A learner's function is checked with Check, which prints one verdict.
func ExampleReconLossExercise_Check() {
	lesson01.Ex1.Check(sol.ReconLoss)
	sumNotMean := func(x, xhat *mat.Dense) float64 { return sol.ReconLoss(x, xhat) * 6 }
	fmt.Println(lesson01.Ex1.Test(sumNotMean) != nil)
	// Output:
	// ✓ lesson01.Ex1 (reconstruction loss (MSE)): correct
	// true
}

// Lerp walks in a straight line between two codes.
func ExampleLerp() {
	a := mat.NewDense(1, 2, []float64{0, 1})
	b := mat.NewDense(1, 2, []float64{2, -1})
	fmt.Println(mat.Formatted(lesson01.Lerp(a, b, 3)))
	// Output:
	// ⎡ 0   1⎤
	// ⎢ 1   0⎥
	// ⎣ 2  -1⎦
}
