package lesson01

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson01"
)

func TestEx1AcceptsReference(t *testing.T) {
	if err := Ex1.Test(sol.ReconLoss); err != nil {
		t.Fatalf("reference rejected: %v", err)
	}
}

// sumSq returns Σ (xhat − x)² over all entries.
func sumSq(x, xhat *mat.Dense) float64 {
	var d mat.Dense
	d.Sub(xhat, x)
	s := 0.0
	r, c := d.Dims()
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			s += d.At(i, j) * d.At(i, j)
		}
	}
	return s
}

func TestEx1RejectsWrong(t *testing.T) {
	wrong := map[string]ReconLossFunc{
		"sum, not mean": sumSq,
		"divides by rows only": func(x, xhat *mat.Dense) float64 {
			n, _ := x.Dims()
			return sumSq(x, xhat) / float64(n)
		},
		"root mean square": func(x, xhat *mat.Dense) float64 {
			n, d := x.Dims()
			return math.Sqrt(sumSq(x, xhat) / float64(n*d))
		},
		"mean absolute error": func(x, xhat *mat.Dense) float64 {
			n, d := x.Dims()
			s := 0.0
			for i := 0; i < n; i++ {
				for j := 0; j < d; j++ {
					s += math.Abs(xhat.At(i, j) - x.At(i, j))
				}
			}
			return s / float64(n*d)
		},
		"square of the mean difference": func(x, xhat *mat.Dense) float64 {
			n, d := x.Dims()
			s := 0.0
			for i := 0; i < n; i++ {
				for j := 0; j < d; j++ {
					s += xhat.At(i, j) - x.At(i, j)
				}
			}
			m := s / float64(n*d)
			return m * m
		},
		"overwrites xhat with the difference": func(x, xhat *mat.Dense) float64 {
			l := sol.ReconLoss(x, xhat)
			xhat.Sub(xhat, x)
			return l
		},
	}
	for name, f := range wrong {
		err := Ex1.Test(f)
		if !check.IsWrong(err) {
			t.Errorf("%s: want a mismatch, got %v", name, err)
		}
	}
	err := Ex1.Test(wrong["sum, not mean"])
	for _, want := range []string{"loss(x, xhat) = 6, want 1", "for the input", "xhat = 2×3"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("sum message lacks %q:\n%v", want, err)
		}
	}
}

func TestEx1Stub(t *testing.T) {
	stubs := map[string]ReconLossFunc{
		"return 0": func(x, xhat *mat.Dense) float64 { return 0 },
		"nil func": nil,
		"TODO":     func(x, xhat *mat.Dense) float64 { panic("TODO") },
	}
	for name, f := range stubs {
		if err := Ex1.Test(f); !check.IsNotDone(err) {
			t.Errorf("%s: want not done, got %v", name, err)
		}
	}
}

func TestEx1UseFallsBack(t *testing.T) {
	f := Ex1.Use(nil)
	x := mat.NewDense(1, 2, []float64{1, 1})
	y := mat.NewDense(1, 2, []float64{0, 3})
	if got := f(x, y); got != 2.5 {
		t.Errorf("Use(nil) = %v, want the reference's 2.5", got)
	}
}
