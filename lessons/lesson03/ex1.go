package lesson03

import (
	"fmt"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson03"
)

// MakeBatchFunc is the signature of exercise 1: the labelled, shuffled
// batch of real and fake rows.
type MakeBatchFunc = func(real, fake *mat.Dense, rnd *rand.Rand) (x *mat.Dense, labels []float64)

// MakeBatchExercise checks
// func(real, fake *mat.Dense, rnd *rand.Rand) (x *mat.Dense, labels []float64).
type MakeBatchExercise struct{ *check.Exercise }

// Check prints ✓ if f builds the labelled, shuffled batch, else ✗ with what
// went wrong.
func (e MakeBatchExercise) Check(f func(real, fake *mat.Dense, rnd *rand.Rand) (x *mat.Dense, labels []float64)) {
	e.Exercise.Check(f)
}

// Test returns nil if f is correct (for tests; prints nothing).
func (e MakeBatchExercise) Test(f func(real, fake *mat.Dense, rnd *rand.Rand) (x *mat.Dense, labels []float64)) error {
	return e.Exercise.Test(f)
}

// Use returns f if it passes, else the reference solution, saying which.
func (e MakeBatchExercise) Use(f func(real, fake *mat.Dense, rnd *rand.Rand) (x *mat.Dense, labels []float64)) func(real, fake *mat.Dense, rnd *rand.Rand) (x *mat.Dense, labels []float64) {
	return e.Exercise.Use(f).(MakeBatchFunc)
}

// Ex1 asks for the detective's batch: every real row labelled 1, every fake
// row labelled 0, shuffled together with the given rand.
var Ex1 = MakeBatchExercise{check.New(check.Spec{
	Name:  "lesson03.Ex1",
	Title: "the labelled, shuffled batch",
	Hint: `Let n be the number of real rows. Make x := mat.NewDense(2*n, d, nil) and
labels := make([]float64, 2*n). order := rnd.Perm(2*n) is a shuffled list of
0..2n-1: let order[i] < n mean "row i of x is real row order[i]" (label 1) and
order[i] >= n mean "row i of x is fake row order[i]-n" (label 0). Copy a row
with x.SetRow(i, real.RawRowView(k)). The label must travel WITH its row, and
every random choice must come from rnd.`,
	Solution: check.Code(sol.Sources, "ex1.go", "MakeBatch"),
	Ref:      MakeBatchFunc(sol.MakeBatch),
	Test: func(f interface{}) error {
		return testMakeBatch(f.(MakeBatchFunc))
	},
})}

// batchInputs returns n real rows (positive entries) and n fake rows
// (negative entries), every row different, width d.
func batchInputs(n, d int) (real, fake *mat.Dense) {
	real, fake = mat.NewDense(n, d, nil), mat.NewDense(n, d, nil)
	for i := 0; i < n; i++ {
		for j := 0; j < d; j++ {
			real.Set(i, j, float64(i+1)+0.1*float64(j))
			fake.Set(i, j, -float64(i+1)-0.1*float64(j))
		}
	}
	return real, fake
}

// testMakeBatch checks the batch's content and labels, that the inputs are
// untouched, and that the order is really shuffled and comes from rnd.
func testMakeBatch(f MakeBatchFunc) error {
	const n, d = 8, 3
	real, fake := batchInputs(n, d)
	real0, fake0 := mat.DenseCopyOf(real), mat.DenseCopyOf(fake)
	x, labels := f(real, fake, check.NewRand(1))
	if err := check.Unchanged("real", real0, real); err != nil {
		return err
	}
	if err := check.Unchanged("fake", fake0, fake); err != nil {
		return err
	}
	src, err := sources(x, labels, real0, fake0)
	if err != nil {
		return check.WithInputs(err, "real", real0, "fake", fake0)
	}
	// Shuffled: real and fake rows mixed, not real first, not alternating.
	pattern := labelPattern(labels)
	switch {
	case pattern == "1111111100000000" || pattern == "0000000011111111":
		return fmt.Errorf("the batch is not shuffled: its labels are %s (all real rows, then all fake ones).\n"+
			"The detective could learn the position instead of the picture: shuffle the 2n rows together", pattern)
	case pattern == "1010101010101010" || pattern == "0101010101010101":
		return fmt.Errorf("the batch is not shuffled: its labels are %s (real and fake strictly alternate).\n"+
			"Shuffle the 2n rows with rnd (rnd.Perm(2*n) gives a random order)", pattern)
	}
	if inOrder(src) {
		return fmt.Errorf("the rows are shuffled only within the real and within the fake rows, or not at all: source order %v", src)
	}
	// Deterministic per seed, and the seed matters.
	x2, labels2 := f(real, fake, check.NewRand(1))
	if x2 == nil || !mat.Equal(x, x2) || labelPattern(labels2) != pattern {
		return fmt.Errorf("two calls with the same seed gave different batches: take every random choice from the rnd you are given, not the package-level rand functions")
	}
	differs := false
	for seed := uint64(2); seed < 6 && !differs; seed++ {
		x3, _ := f(real, fake, check.NewRand(seed))
		differs = x3 == nil || !mat.Equal(x, x3)
	}
	if !differs {
		return fmt.Errorf("five different seeds gave the same order (labels %s): shuffle with the rnd you are given, not a rand of your own", pattern)
	}
	// Other sizes: nothing hard-coded.
	r1, f1 := batchInputs(1, 5)
	x1, l1 := f(r1, f1, check.NewRand(7))
	if _, err := sources(x1, l1, r1, f1); err != nil {
		return check.WithInputs(err, "real", r1, "fake", f1)
	}
	return nil
}

// sources checks that x holds every real and fake row exactly once with the
// right labels, and returns for each row of x its source: 0..n-1 real,
// n..2n-1 fake.
func sources(x *mat.Dense, labels []float64, real, fake *mat.Dense) ([]int, error) {
	n, d := real.Dims()
	if err := check.Shape("x", x, 2*n, d); err != nil {
		return nil, err
	}
	if len(labels) == 0 {
		return nil, check.NotDone("labels is empty, want %d labels", 2*n)
	}
	if len(labels) != 2*n {
		return nil, fmt.Errorf("labels has %d values, want %d (one per row of x)", len(labels), 2*n)
	}
	if denseAllZero(x) {
		return nil, check.NotDone("x is all zeros (the stub's zero value?)")
	}
	src := make([]int, 2*n)
	seen := make([]bool, 2*n)
	for i := 0; i < 2*n; i++ {
		row := x.RawRowView(i)
		k := findRow(row, real)
		kind, want := "real", 1.0
		if k < 0 {
			if k = findRow(row, fake); k >= 0 {
				kind, want = "fake", 0.0
				k += n
			}
		}
		if k < 0 {
			return nil, fmt.Errorf("row %d of x is %v, which is neither a real nor a fake row: copy whole rows", i, row)
		}
		if seen[k] {
			return nil, fmt.Errorf("row %d of x repeats %s row %d: every real and fake row must appear exactly once", i, kind, k%n)
		}
		seen[k] = true
		src[i] = k
		if labels[i] != want {
			return nil, fmt.Errorf("row %d of x is %s row %d but its label is %v, want %v (real 1, fake 0): labels %v\n"+
				"the label must move with its row when you shuffle", i, kind, k%n, labels[i], want, labels)
		}
	}
	return src, nil
}

// findRow returns the index of the row of m equal to row, or -1.
func findRow(row []float64, m *mat.Dense) int {
	r, _ := m.Dims()
	for k := 0; k < r; k++ {
		if mat.Equal(mat.NewDense(1, len(row), row), mat.NewDense(1, len(row), m.RawRowView(k))) {
			return k
		}
	}
	return -1
}

// labelPattern writes labels as a string of 0s and 1s.
func labelPattern(labels []float64) string {
	b := make([]byte, len(labels))
	for i, y := range labels {
		b[i] = '0'
		if y == 1 {
			b[i] = '1'
		}
	}
	return string(b)
}

// inOrder reports whether src is 0, 1, ..., len-1.
func inOrder(src []int) bool {
	for i, s := range src {
		if s != i {
			return false
		}
	}
	return true
}

// denseAllZero reports whether every entry of m is 0.
func denseAllZero(m *mat.Dense) bool {
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
