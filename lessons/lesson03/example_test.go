package lesson03_test

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/lessons/lesson03"
	sol "github.com/ganlite/ganlite/solutions/lesson03"
)

// The stable BCE stays finite where the naive formula gives NaN.
func ExampleBCEExercise_Test() {
	naive := func(logits *mat.Dense, labels []float64) float64 {
		n, _ := logits.Dims()
		s := 0.0
		for i := 0; i < n; i++ {
			p := 1 / (1 + math.Exp(-logits.At(i, 0)))
			s -= labels[i]*math.Log(p) + (1-labels[i])*math.Log(1-p)
		}
		return s / float64(n)
	}
	fmt.Println(lesson03.Ex2.Test(sol.BCE))
	fmt.Println(lesson03.Ex2.Test(naive) != nil)
	fmt.Println(sol.BCE(mat.NewDense(2, 1, []float64{1000, 1000}), []float64{1, 0}))
	// Output:
	// <nil>
	// true
	// 500
}
