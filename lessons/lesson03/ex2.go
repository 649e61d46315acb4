package lesson03

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson03"
)

// BCEFunc is the signature of exercise 2: the mean binary cross-entropy of
// n×1 logits against n labels.
type BCEFunc = func(logits *mat.Dense, labels []float64) float64

// BCEExercise checks func(logits *mat.Dense, labels []float64) float64.
type BCEExercise struct{ *check.Exercise }

// Check prints ✓ if f is a numerically stable BCE from logits, else ✗ with
// the input, the expected and the actual value.
func (e BCEExercise) Check(f func(logits *mat.Dense, labels []float64) float64) { e.Exercise.Check(f) }

// Test returns nil if f is correct (for tests; prints nothing).
func (e BCEExercise) Test(f func(logits *mat.Dense, labels []float64) float64) error {
	return e.Exercise.Test(f)
}

// Use returns f if it passes, else the reference solution, saying which.
func (e BCEExercise) Use(f func(logits *mat.Dense, labels []float64) float64) func(logits *mat.Dense, labels []float64) float64 {
	return e.Exercise.Use(f).(BCEFunc)
}

// Ex2 asks for the binary cross-entropy from logits, in a form that stays
// finite for huge logits.
var Ex2 = BCEExercise{check.New(check.Spec{
	Name:  "lesson03.Ex2",
	Title: "stable binary cross-entropy from logits",
	Hint: `For each row i take l := logits.At(i, 0) and y := labels[i], add up
    math.Max(l, 0) - l*y + math.Log1p(math.Exp(-math.Abs(l)))
and divide the sum by n. This is exactly −[y·log σ(l) + (1−y)·log(1−σ(l))],
rearranged so that exp only ever sees a number ≤ 0 (no overflow) and log only
ever sees a number ≥ 1 (no log 0). math.Log1p(v) is log(1+v), accurate for
small v.`,
	Solution: check.Code(sol.Sources, "ex2.go", "BCE"),
	Ref:      BCEFunc(sol.BCE),
	Test: func(f interface{}) error {
		return testBCE(f.(BCEFunc))
	},
})}

// bceCase is one input for Ex2.
type bceCase struct {
	what   string
	logits []float64
	labels []float64
}

// bceCases are the inputs Ex2 tries: ordinary logits first (so a stub's 0
// is "not done"), then one sample at a time at ±1000, where the naive
// formula breaks (wrong verdicts first: a clamped σ shows there), then a mixed batch.
func bceCases() []bceCase {
	return []bceCase{
		{"ordinary logits", []float64{-2, -0.5, 0, 0.5, 3}, []float64{0, 1, 1, 0, 1}},
		{"one sample", []float64{1.5}, []float64{0}},
		{"a confident wrong verdict on a fake sample", []float64{1000}, []float64{0}},
		{"a confident wrong verdict on a real sample", []float64{-1000}, []float64{1}},
		{"a confident right verdict on a real sample", []float64{1000}, []float64{1}},
		{"a confident right verdict on a fake sample", []float64{-1000}, []float64{0}},
		{"a mixed batch", []float64{1000, -1000, 40, -40, 0.1, -3}, []float64{1, 1, 0, 0, 1, 0}},
	}
}

// testBCE compares f with the reference on bceCases and checks that f leaves
// its inputs alone.
func testBCE(f BCEFunc) error {
	for k, c := range bceCases() {
		logits := mat.NewDense(len(c.logits), 1, append([]float64(nil), c.logits...))
		labels := append([]float64(nil), c.labels...)
		logits0 := mat.DenseCopyOf(logits)
		want := sol.BCE(logits0, c.labels)
		got := f(logits, labels)
		var err error
		switch {
		case k == 0 && got == 0:
			err = check.NotDone("bce(logits, labels) returned 0 (the stub's value?), want %.6g", want)
		case math.IsNaN(got) || math.IsInf(got, 0):
			err = fmt.Errorf("bce(logits, labels) = %v for %s, want %v.\n"+
				"The naive formula takes log σ(l) or log(1 − σ(l)); at |l| = 1000, σ(l) is exactly 0 or 1 in float64, and log 0 = −Inf (times a label of 0 gives NaN).\n"+
				"Use the rearranged form max(l, 0) − l·y + log(1 + exp(−|l|))", got, c.what, want)
		default:
			err = check.Float("bce(logits, labels)", got, want, 1e-9)
			if err != nil && math.Abs(want) > 100 && math.Abs(got) < 100 {
				err = fmt.Errorf("%v\nfor %s: is σ(l) clamped (e.g. to [1e-7, 1−1e-7])? That keeps the loss finite but wrong: the true loss at l = ±1000 is about 1000", err, c.what)
			}
		}
		if err == nil {
			err = check.Unchanged("logits", logits0, logits)
		}
		if err == nil {
			for i := range labels {
				if labels[i] != c.labels[i] {
					err = fmt.Errorf("your function changed its input labels: labels[%d] was %v, is now %v", i, c.labels[i], labels[i])
					break
				}
			}
		}
		if err != nil {
			return check.WithInputs(err, "logits (as a column)", fmt.Sprint(c.logits), "labels", fmt.Sprint(c.labels))
		}
	}
	return nil
}
