package lesson02

import (
	"math/rand/v2"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson02"
)

func TestEx1AcceptsReference(t *testing.T) {
	if err := Ex1.Test(sol.SampleZ); err != nil {
		t.Fatalf("reference rejected: %v", err)
	}
	// Filling column by column is just as right.
	byColumn := func(rnd *rand.Rand, n, zdim int) *mat.Dense {
		z := mat.NewDense(n, zdim, nil)
		for j := 0; j < zdim; j++ {
			for i := 0; i < n; i++ {
				z.Set(i, j, rnd.NormFloat64())
			}
		}
		return z
	}
	if err := Ex1.Test(byColumn); err != nil {
		t.Fatalf("column order rejected: %v", err)
	}
}

// fill returns an n×zdim matrix with entries from draw.
func fill(n, zdim int, draw func() float64) *mat.Dense {
	z := mat.NewDense(n, zdim, nil)
	for i := 0; i < n; i++ {
		for j := 0; j < zdim; j++ {
			z.Set(i, j, draw())
		}
	}
	return z
}

func TestEx1RejectsWrong(t *testing.T) {
	wrong := map[string]struct {
		f    SampleZFunc
		want string
	}{
		"global rand": {func(rnd *rand.Rand, n, zdim int) *mat.Dense {
			return fill(n, zdim, rand.NormFloat64)
		}, "same seed gave different"},
		"own fixed-seed rand": {func(rnd *rand.Rand, n, zdim int) *mat.Dense {
			own := rand.New(rand.NewPCG(1, 2))
			return fill(n, zdim, own.NormFloat64)
		}, "different seeds gave the same"},
		"uniform [0,1)": {func(rnd *rand.Rand, n, zdim int) *mat.Dense {
			return fill(n, zdim, rnd.Float64)
		}, "has mean 0.5"},
		"uniform [-1,1)": {func(rnd *rand.Rand, n, zdim int) *mat.Dense {
			return fill(n, zdim, func() float64 { return 2*rnd.Float64() - 1 })
		}, "standard deviation 0.57"},
		"std 2": {func(rnd *rand.Rand, n, zdim int) *mat.Dense {
			return fill(n, zdim, func() float64 { return 2 * rnd.NormFloat64() })
		}, "standard deviation 1.99"},
		"one draw per row": {func(rnd *rand.Rand, n, zdim int) *mat.Dense {
			z := mat.NewDense(n, zdim, nil)
			for i := 0; i < n; i++ {
				v := rnd.NormFloat64()
				for j := 0; j < zdim; j++ {
					z.Set(i, j, v)
				}
			}
			return z
		}, "correlation 1"},
		"one row repeated": {func(rnd *rand.Rand, n, zdim int) *mat.Dense {
			row := fill(1, zdim, rnd.NormFloat64)
			z := mat.NewDense(n, zdim, nil)
			for i := 0; i < n; i++ {
				z.SetRow(i, row.RawRowView(0))
			}
			return z
		}, "has mean"},
		"transposed (zdim×n)": {func(rnd *rand.Rand, n, zdim int) *mat.Dense {
			return fill(zdim, n, rnd.NormFloat64)
		}, "is 3×5, want 5×3"},
	}
	for name, w := range wrong {
		err := Ex1.Test(w.f)
		if !check.IsWrong(err) {
			t.Errorf("%s: want a mismatch, got %v", name, err)
			continue
		}
		if !strings.Contains(err.Error(), w.want) {
			t.Errorf("%s: message lacks %q:\n%v", name, w.want, err)
		}
	}
}

func TestEx1Stub(t *testing.T) {
	stubs := map[string]SampleZFunc{
		"nil":   func(rnd *rand.Rand, n, zdim int) *mat.Dense { return nil },
		"zeros": func(rnd *rand.Rand, n, zdim int) *mat.Dense { return mat.NewDense(n, zdim, nil) },
		"func":  nil,
	}
	for name, f := range stubs {
		if err := Ex1.Test(f); !check.IsNotDone(err) {
			t.Errorf("%s: want not done, got %v", name, err)
		}
	}
}

func TestEx1UseFallsBack(t *testing.T) {
	z := Ex1.Use(nil)(check.NewRand(1), 2, 3)
	if !mat.Equal(z, sol.SampleZ(check.NewRand(1), 2, 3)) {
		t.Error("Use(nil) is not the reference")
	}
}
