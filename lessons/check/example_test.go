package check_test

import (
	"fmt"

	"github.com/ganlite/ganlite/lessons/check"
)

// An exercise asking for a function that doubles a number, checked on three
// inputs.
func ExampleExercise() {
	ref := func(x float64) float64 { return 2 * x }
	ex := check.New(check.Spec{
		Name:  "demo.Ex1",
		Title: "double x",
		Hint:  "multiply by 2",
		Ref:   ref,
		Test: func(f interface{}) error {
			double := f.(func(float64) float64)
			xs := []float64{-1, 0.5, 3}
			got := make([]float64, len(xs))
			want := make([]float64, len(xs))
			for i, x := range xs {
				got[i], want[i] = double(x), ref(x)
			}
			return check.WithInputs(check.Floats("double(xs)", got, want, 1e-12), "xs", xs)
		},
	})

	stub := func(x float64) float64 { return 0 }
	wrong := func(x float64) float64 { return x + 2 }
	ex.Check(stub)
	ex.Check(wrong)
	ex.Check(ref)
	use := ex.Use(stub).(func(float64) float64)
	fmt.Println(use(21))
	// Output:
	// ✗ demo.Ex1 (double x): not done yet: double(xs) is all zeros (the stub's zero value?)
	//   stuck? demo.Ex1.Hint() gives a hint, demo.Ex1.Solution() shows the reference code
	// ✗ demo.Ex1 (double x): double(xs)[0] = 1, want -2 (tolerance 1e-12)
	//    got [1 2.5 5]
	//   want [-2 1 6]
	//   for the input
	//     xs = [-1 0.5 3]
	//   stuck? demo.Ex1.Hint() gives a hint, demo.Ex1.Solution() shows the reference code
	// ✓ demo.Ex1 (double x): correct
	// using the reference double x: ✗ yours is not done yet
	// 42
}

// Dense names the first differing entry and prints both matrices.
func ExampleDense() {
	want := check.RandDense(check.NewRand(1), 2, 2)
	got := check.RandDense(check.NewRand(1), 2, 2)
	got.Set(1, 0, 0)
	err := check.Dense("y", got, want, 1e-9)
	fmt.Println(err != nil, check.IsNotDone(err))
	// Output:
	// true false
}
