package lesson07

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson07"
)

func gradWith(f func(l, n float64) float64) GradFunc {
	return func(logits *mat.Dense) *mat.Dense {
		n, _ := logits.Dims()
		g := mat.NewDense(n, 1, nil)
		for i := 0; i < n; i++ {
			g.Set(i, 0, f(logits.At(i, 0), float64(n)))
		}
		return g
	}
}

func sigma(l float64) float64 { return 1 / (1 + math.Exp(-l)) }

func TestEx1(t *testing.T) {
	if err := Ex1.Test(sol.NonSaturatingGrad); err != nil {
		t.Fatalf("reference rejected: %v", err)
	}
	naive := gradWith(func(l, n float64) float64 { return (sigma(l) - 1) / n })
	if err := Ex1.Test(naive); err != nil {
		t.Errorf("naive but correct σ(l)−1 rejected: %v", err)
	}
	wrong := map[string]GradFunc{
		"saturating −σ(l)":       gradWith(func(l, n float64) float64 { return -sigma(l) / n }),
		"wrong sign 1 − σ(l)":    gradWith(func(l, n float64) float64 { return (1 - sigma(l)) / n }),
		"not mean-scaled":        gradWith(func(l, n float64) float64 { return sigma(l) - 1 }),
		"the loss, not its grad": gradWith(func(l, n float64) float64 { return -math.Log(sigma(l)) / n }),
	}
	for name, f := range wrong {
		err := Ex1.Test(f)
		if !check.IsWrong(err) {
			t.Errorf("%s: want a mismatch, got %v", name, err)
		}
	}
	for name, f := range map[string]GradFunc{
		"nil":   func(l *mat.Dense) *mat.Dense { return nil },
		"zeros": gradWith(func(l, n float64) float64 { return 0 }),
	} {
		if err := Ex1.Test(f); !check.IsNotDone(err) {
			t.Errorf("%s: want not done, got %v", name, err)
		}
	}
}

func labelsWith(real, fake float64, swap bool) LabelsFunc {
	return func(isReal []bool, realLabel float64) []float64 {
		out := make([]float64, len(isReal))
		for i, r := range isReal {
			if r != swap {
				out[i] = realLabel * real
			} else {
				out[i] = fake * (1 - realLabel)
			}
		}
		return out
	}
}

func TestEx2(t *testing.T) {
	if err := Ex2.Test(sol.SmoothedLabels); err != nil {
		t.Fatalf("reference rejected: %v", err)
	}
	wrong := map[string]LabelsFunc{
		"two-sided (fake → 1 − realLabel)": labelsWith(1, 1, false),
		"swapped labels":                   labelsWith(1, 0, true),
		"real always 1": func(isReal []bool, realLabel float64) []float64 {
			out := make([]float64, len(isReal))
			for i, r := range isReal {
				if r {
					out[i] = 1
				}
			}
			return out
		},
	}
	for name, f := range wrong {
		err := Ex2.Test(f)
		if !check.IsWrong(err) {
			t.Errorf("%s: want a mismatch, got %v", name, err)
		}
	}
	stub := func(isReal []bool, realLabel float64) []float64 { return nil }
	if err := Ex2.Test(stub); !check.IsNotDone(err) {
		t.Errorf("stub: want not done, got %v", err)
	}
	zeros := func(isReal []bool, realLabel float64) []float64 { return make([]float64, len(isReal)) }
	if err := Ex2.Test(zeros); !check.IsNotDone(err) {
		t.Errorf("zeros: want not done, got %v", err)
	}
}
