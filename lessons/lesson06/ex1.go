package lesson06

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite/metrics"
	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson06"
)

// CapturedFunc is the signature of exercise 1: how many modes samples capture.
type CapturedFunc = func(samples *mat.Dense, modes [][]float64, sigma float64) int

// CapturedExercise checks a modes-captured count
// func(samples *mat.Dense, modes [][]float64, sigma float64) int.
type CapturedExercise struct{ *check.Exercise }

// Check prints ✓ if f counts captured modes like metrics.Modes, else ✗
// with the input, the expected and the actual count.
func (e CapturedExercise) Check(f func(samples *mat.Dense, modes [][]float64, sigma float64) int) {
	e.Exercise.Check(f)
}

// Test returns nil if f is correct (for tests; prints nothing).
func (e CapturedExercise) Test(f func(samples *mat.Dense, modes [][]float64, sigma float64) int) error {
	return e.Exercise.Test(f)
}

// Use returns f if it passes, else the reference, saying which.
func (e CapturedExercise) Use(f func(samples *mat.Dense, modes [][]float64, sigma float64) int) func(samples *mat.Dense, modes [][]float64, sigma float64) int {
	return e.Exercise.Use(f).(CapturedFunc)
}

// Ex1 asks for the modes-captured metric.
var Ex1 = CapturedExercise{check.New(check.Spec{
	Name:  "lesson06.Ex1",
	Title: "modes captured",
	Hint: `For every sample (row i: x := samples.RawRowView(i)) find the nearest mode: the k with
the smallest Euclidean distance sqrt((x[0]-m[0])² + (x[1]-m[1])²). The sample is high quality
only if that smallest distance is at most 3*sigma (three standard deviations, not one).
Keep a []bool with one entry per mode and set hit[k] = true for the nearest mode k of each
high-quality sample; samples that are far from every mode count for nothing.
Return how many entries of hit are true.`,
	Solution: check.Code(sol.Sources, "ex1.go", "CapturedModes"),
	Ref:      CapturedFunc(sol.CapturedModes),
	Test: func(f interface{}) error {
		return testCaptured(f.(CapturedFunc))
	},
})}

// capturedCase is one input of Ex1.
type capturedCase struct {
	name    string
	samples *mat.Dense
	modes   [][]float64
	sigma   float64
}

// capturedCases are hand-made batches that each trip one mistake, then
// random batches over the ring and the grid.
func capturedCases() []capturedCase {
	square := [][]float64{{0, 0}, {1, 0}, {0, 1}, {1, 1}}
	cases := []capturedCase{
		// Samples near modes 0 and 3 only, well inside 1σ: 2 modes.
		{"two modes, tight samples", mat.NewDense(4, 2, []float64{
			0.01, 0, 0, -0.02, 1.02, 1, 0.99, 0.98}), square, 0.05},
		// A sample 0.12 from mode 1: within 3σ = 0.15, outside 1σ. 3 modes.
		{"a sample between 1σ and 3σ", mat.NewDense(3, 2, []float64{
			0, 0.01, 1.12, 0, 1, 1.01}), square, 0.05},
		// Far samples belong to mode 2 and 3 but are not high quality: 1 mode.
		{"samples far from every mode", mat.NewDense(4, 2, []float64{
			0.02, 0.01, -0.5, 1.6, 1.5, 1.7, 0.01, 0.03}), square, 0.05},
		// A sample 0.14 from mode 1 (within 3σ) but along the diagonal so that
		// the sum of |dx|+|dy| is above 0.15: the distance must be Euclidean.
		{"diagonal offset", mat.NewDense(2, 2, []float64{
			1.099, 0.099, 0.01, 0.99}), square, 0.05},
		// A sample exactly on the 3σ boundary counts (≤, as in metrics.Modes).
		{"no sample near any mode", mat.NewDense(2, 2, []float64{
			0.5, 0.5, 2, 2}), square, 0.05},
	}
	rnd := check.NewRand(6)
	for _, m := range []struct {
		name  string
		modes [][]float64
		sigma float64
		scale float64
	}{
		{"ring", ringModes(), 0.01, 0.03},
		{"grid", gridModes(), 0.05, 0.12},
	} {
		// Samples around the first half of the modes, with noise of scale
		// so that some are high quality and some not.
		n := 60
		x := mat.NewDense(n, 2, nil)
		for i := 0; i < n; i++ {
			k := rnd.IntN((len(m.modes) + 1) / 2)
			x.Set(i, 0, m.modes[k][0]+m.scale*rnd.NormFloat64())
			x.Set(i, 1, m.modes[k][1]+m.scale*rnd.NormFloat64())
		}
		cases = append(cases, capturedCase{m.name + ", random samples", x, m.modes, m.sigma})
	}
	return cases
}

func ringModes() [][]float64 {
	return [][]float64{{1, 0}, {0.7071067811865476, 0.7071067811865476}, {0, 1},
		{-0.7071067811865476, 0.7071067811865476}, {-1, 0},
		{-0.7071067811865476, -0.7071067811865476}, {0, -1}, {0.7071067811865476, -0.7071067811865476}}
}

func gridModes() [][]float64 {
	var m [][]float64
	for _, x := range []float64{-4, -2, 0, 2, 4} {
		for _, y := range []float64{-4, -2, 0, 2, 4} {
			m = append(m, []float64{x, y})
		}
	}
	return m
}

// testCaptured compares f with metrics.Modes on capturedCases.
func testCaptured(f CapturedFunc) error {
	done := false
	var firstErr error
	for _, c := range capturedCases() {
		x0 := mat.DenseCopyOf(c.samples)
		want := metrics.Modes(c.samples, c.modes, c.sigma).Captured
		got := f(c.samples, c.modes, c.sigma)
		if got != 0 {
			done = true
		}
		var err error
		if got != want {
			err = fmt.Errorf("%s: capturedModes(samples, modes, %g) = %d, want %d (metrics.Modes)", c.name, c.sigma, got, want)
		} else {
			err = check.Unchanged("samples", x0, c.samples)
		}
		if err != nil && firstErr == nil {
			firstErr = check.WithInputs(err, "samples", x0, "modes", fmt.Sprint(c.modes))
		}
	}
	if !done {
		return check.NotDone("capturedModes returned 0 for every batch")
	}
	return firstErr
}
