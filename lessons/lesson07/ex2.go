package lesson07

import (
	"fmt"

	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson07"
)

// LabelsFunc is the signature of exercise 2: which rows are real, and the
// real label → D's targets.
type LabelsFunc = func(isReal []bool, realLabel float64) []float64

// LabelsExercise checks one-sided label smoothing
// func(isReal []bool, realLabel float64) []float64.
type LabelsExercise struct{ *check.Exercise }

// Check prints ✓ if f labels real rows realLabel and fake rows 0, else ✗
// with the input, the expected and the actual value.
func (e LabelsExercise) Check(f func(isReal []bool, realLabel float64) []float64) {
	e.Exercise.Check(f)
}

// Test returns nil if f is correct (for tests; prints nothing).
func (e LabelsExercise) Test(f func(isReal []bool, realLabel float64) []float64) error {
	return e.Exercise.Test(f)
}

// Use returns f if it passes, else the reference, saying which.
func (e LabelsExercise) Use(f func(isReal []bool, realLabel float64) []float64) func(isReal []bool, realLabel float64) []float64 {
	return e.Exercise.Use(f).(LabelsFunc)
}

// Ex2 asks for the label vector of a shuffled D batch with one-sided
// label smoothing.
var Ex2 = LabelsExercise{check.New(check.Spec{
	Name:  "lesson07.Ex2",
	Title: "one-sided label smoothing",
	Hint: `Make labels := make([]float64, len(isReal)). Row i is real when isReal[i] is true:
its label is realLabel (e.g. 0.9). A fake row's label stays 0: only the REAL side is
smoothed. Giving fakes 1 − realLabel (0.1) is two-sided smoothing, which this exercise
rejects.`,
	Solution: check.Code(sol.Sources, "ex2.go", "SmoothedLabels"),
	Ref:      LabelsFunc(sol.SmoothedLabels),
	Test: func(f interface{}) error {
		return testLabels(f.(LabelsFunc))
	},
})}

// testLabels compares f with the reference on shuffled batches.
func testLabels(f LabelsFunc) error {
	rnd := check.NewRand(7)
	var cases [][]bool
	cases = append(cases, []bool{true, false, false, true, true, false})
	for _, n := range []int{8, 13} {
		c := make([]bool, n)
		for i := range c {
			c[i] = i < n/2
		}
		rnd.Shuffle(n, func(i, j int) { c[i], c[j] = c[j], c[i] })
		cases = append(cases, c)
	}
	done := false
	var firstErr error
	for _, c := range cases {
		for _, label := range []float64{0.9, 0.8, 1} {
			in := append([]bool(nil), c...)
			got := f(in, label)
			for _, v := range got {
				if v != 0 {
					done = true
				}
			}
			err := check.Floats(fmt.Sprintf("labels(isReal, %g)", label), got, sol.SmoothedLabels(c, label), 1e-12)
			if err != nil && firstErr == nil {
				firstErr = check.WithInputs(err, "isReal", fmt.Sprint(c), "realLabel", label)
			}
		}
	}
	if !done {
		return check.NotDone("labels returned nil or zeros for every batch")
	}
	return firstErr
}
