package lesson01

import (
	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson01"
)

// ReconLossFunc is the signature of exercise 1: the reconstruction loss of
// a batch x and its reconstruction xhat.
type ReconLossFunc = func(x, xhat *mat.Dense) float64

// ReconLossExercise checks a reconstruction loss func(x, xhat *mat.Dense) float64.
type ReconLossExercise struct{ *check.Exercise }

// Check prints ✓ if f is the mean squared error over all pixels, else ✗
// with the input, the expected and the actual value.
func (e ReconLossExercise) Check(f func(x, xhat *mat.Dense) float64) { e.Exercise.Check(f) }

// Test returns nil if f is correct (for tests; prints nothing).
func (e ReconLossExercise) Test(f func(x, xhat *mat.Dense) float64) error {
	return e.Exercise.Test(f)
}

// Use returns f if it passes, else the reference solution, saying which.
func (e ReconLossExercise) Use(f func(x, xhat *mat.Dense) float64) func(x, xhat *mat.Dense) float64 {
	return e.Exercise.Use(f).(ReconLossFunc)
}

// Ex1 asks for the reconstruction loss, the mean squared error over every
// pixel of every image.
var Ex1 = ReconLossExercise{check.New(check.Spec{
	Name:  "lesson01.Ex1",
	Title: "reconstruction loss (MSE)",
	Hint: `Loop over every row i < n and every column j < d (n, d := x.Dims()),
add up the squared differences (xhat.At(i, j) - x.At(i, j))², and divide the
sum by the number of pixels in the whole batch, n*d (not just n): the loss is
a mean, so it does not grow with the batch size or the image size.
Do not take a square root, and do not change x or xhat.`,
	Solution: check.Code(sol.Sources, "ex1.go", "ReconLoss"),
	Ref:      ReconLossFunc(sol.ReconLoss),
	Test: func(f interface{}) error {
		return testReconLoss(f.(ReconLossFunc))
	},
})}

// reconCases are the inputs Ex1 tries: a tiny batch whose answer can be
// worked out by hand, a batch of one wider image, and a random batch.
func reconCases() [][2]*mat.Dense {
	rnd := check.NewRand(101)
	return [][2]*mat.Dense{
		{
			mat.NewDense(2, 3, []float64{1, 0, -1, 0.5, -0.5, 0}),
			mat.NewDense(2, 3, []float64{0, 0, 1, 0.5, 0.5, 0}),
		},
		{
			mat.NewDense(1, 4, []float64{-1, -1, 1, 1}),
			mat.NewDense(1, 4, []float64{-0.5, -1, 0, 1}),
		},
		{check.RandDense(rnd, 5, 8), check.RandDense(rnd, 5, 8)},
	}
}

// testReconLoss compares f with the reference on reconCases, checks that a
// perfect reconstruction costs 0, and that f leaves its inputs alone.
func testReconLoss(f ReconLossFunc) error {
	for k, in := range reconCases() {
		x, xhat := in[0], in[1]
		x0, xhat0 := mat.DenseCopyOf(x), mat.DenseCopyOf(xhat)
		got := f(x, xhat)
		want := sol.ReconLoss(x0, xhat0)
		var err error
		if got == 0 && k == 0 {
			err = check.NotDone("loss(x, xhat) returned 0 (the stub's value?), want %v", want)
		} else {
			err = check.Float("loss(x, xhat)", got, want, 1e-12)
		}
		if err == nil {
			err = check.Unchanged("x", x0, x)
		}
		if err == nil {
			err = check.Unchanged("xhat", xhat0, xhat)
		}
		if err != nil {
			return check.WithInputs(err, "x", x0, "xhat", xhat0)
		}
	}
	x := reconCases()[0][0]
	if got := f(x, mat.DenseCopyOf(x)); got != 0 {
		return check.WithInputs(check.Float("loss(x, x)", got, 0, 1e-12), "x", x, "xhat", x)
	}
	return nil
}
