package lesson03

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson03"
)

func TestEx2AcceptsReference(t *testing.T) {
	if err := Ex2.Test(sol.BCE); err != nil {
		t.Fatalf("reference rejected: %v", err)
	}
	library := func(logits *mat.Dense, labels []float64) float64 { return ganlite.BCEWithLogits(nil, logits, labels) }
	if err := Ex2.Test(library); err != nil {
		t.Fatalf("ganlite.BCEWithLogits rejected: %v", err)
	}
}

// perSample turns a per-sample loss into a batch-mean BCEFunc.
func perSample(loss func(l, y float64) float64) BCEFunc {
	return func(logits *mat.Dense, labels []float64) float64 {
		n, _ := logits.Dims()
		s := 0.0
		for i := 0; i < n; i++ {
			s += loss(logits.At(i, 0), labels[i])
		}
		return s / float64(n)
	}
}

func sigmoid(l float64) float64 { return 1 / (1 + math.Exp(-l)) }

func TestEx2RejectsWrong(t *testing.T) {
	wrong := map[string]struct {
		f    BCEFunc
		want string
	}{
		"naive": {perSample(func(l, y float64) float64 {
			p := sigmoid(l)
			return -(y*math.Log(p) + (1-y)*math.Log(1-p))
		}), "log 0 = −Inf"},
		"wrong sign": {perSample(func(l, y float64) float64 {
			return -(math.Max(l, 0) - l*y + math.Log1p(math.Exp(-math.Abs(l))))
		}), "bce(logits, labels) = -"},
		"labels swapped": {perSample(func(l, y float64) float64 {
			y = 1 - y
			return math.Max(l, 0) - l*y + math.Log1p(math.Exp(-math.Abs(l)))
		}), "bce(logits, labels) ="},
		"clamped sigmoid": {perSample(func(l, y float64) float64 {
			p := math.Min(math.Max(sigmoid(l), 1e-7), 1-1e-7)
			return -(y*math.Log(p) + (1-y)*math.Log(1-p))
		}), "clamped"},
		"sum, not mean": {func(logits *mat.Dense, labels []float64) float64 {
			n, _ := logits.Dims()
			return sol.BCE(logits, labels) * float64(n)
		}, "bce(logits, labels) ="},
		"log without 1+": {perSample(func(l, y float64) float64 {
			return math.Max(l, 0) - l*y + math.Log(math.Exp(-math.Abs(l)))
		}), "bce(logits, labels) ="},
	}
	for name, w := range wrong {
		err := Ex2.Test(w.f)
		if !check.IsWrong(err) {
			t.Errorf("%s: want a mismatch, got %v", name, err)
			continue
		}
		if !strings.Contains(err.Error(), w.want) {
			t.Errorf("%s: message lacks %q:\n%v", name, w.want, err)
		}
	}
}

func TestEx2Stub(t *testing.T) {
	stubs := map[string]BCEFunc{
		"zero": func(logits *mat.Dense, labels []float64) float64 { return 0 },
		"TODO": func(logits *mat.Dense, labels []float64) float64 { panic("TODO") },
		"func": nil,
	}
	for name, f := range stubs {
		if err := Ex2.Test(f); !check.IsNotDone(err) {
			t.Errorf("%s: want not done, got %v", name, err)
		}
	}
}

func TestEx2UseFallsBack(t *testing.T) {
	got := Ex2.Use(nil)(mat.NewDense(1, 1, []float64{0}), []float64{1})
	if math.Abs(got-math.Ln2) > 1e-15 {
		t.Errorf("Use(nil) = %v, want ln 2", got)
	}
}
