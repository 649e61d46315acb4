package ganlite

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func near(t *testing.T, what string, got, want, tol float64) {
	t.Helper()
	if math.Abs(got-want) > tol {
		t.Errorf("%s = %.15g, want %.15g (±%g)", what, got, want, tol)
	}
}

// Two Adam steps with lr 0.1, β1 0.9, β2 0.999, ε 1e-8, worked by hand
// (Kingma & Ba 2015, Algorithm 1).
func TestAdamHandComputed(t *testing.T) {
	p := &Param{Name: "w", W: mat.NewDense(1, 2, []float64{1, -2}), G: mat.NewDense(1, 2, nil)}
	opt := NewAdam(0.1, 0.9, 0.999)

	// Step 1, g = (0.5, -0.1):
	//   m = 0.1·g = (0.05, -0.01),  v = 0.001·g² = (0.00025, 0.00001)
	//   m̂ = m/(1-0.9) = g,  v̂ = v/(1-0.999) = g²,  so the step is 0.1·g/(|g|+1e-8):
	//   w1 = 1 - 0.05/0.50000001 = 0.90000000199999996
	//   w2 = -2 + 0.01/0.10000001 = -1.900000009999999
	p.G.SetRow(0, []float64{0.5, -0.1})
	opt.Step([]*Param{p})
	near(t, "step 1 w1", p.W.At(0, 0), 0.90000000199999996, 1e-15)
	near(t, "step 1 w2", p.W.At(0, 1), -1.900000009999999, 1e-15)

	// Step 2, g = (0.5, 0.3):
	//   m = 0.9·m + 0.1·g = (0.095, 0.021)
	//   v = 0.999·v + 0.001·g² = (0.00049975, 0.00009999)
	//   bias corrections 1-0.9² = 0.19 and 1-0.999² = 0.001999:
	//   m̂ = (0.5, 0.11052631578947368),  v̂ = (0.25, 0.050020010005002501)
	//   w1 = 0.900000002 - 0.1·0.5/(0.5+1e-8) = 0.80000000399999992
	//   w2 = -1.90000001 - 0.1·0.110526.../(0.223651537005678772+1e-8) = -1.9494189911200658
	p.G.SetRow(0, []float64{0.5, 0.3})
	opt.Step([]*Param{p})
	near(t, "step 2 w1", p.W.At(0, 0), 0.80000000399999992, 1e-15)
	near(t, "step 2 w2", p.W.At(0, 1), -1.9494189911200658, 1e-15)
}

// SGD with momentum: v ← 0.9·v + g, w ← w - 0.1·v.
func TestSGDMomentumHandComputed(t *testing.T) {
	p := &Param{Name: "w", W: mat.NewDense(1, 1, []float64{1}), G: mat.NewDense(1, 1, []float64{0.5})}
	opt := NewSGD(0.1, 0.9)
	opt.Step([]*Param{p}) // v = 0.5,              w = 1 - 0.05 = 0.95
	near(t, "step 1", p.W.At(0, 0), 0.95, 1e-15)
	opt.Step([]*Param{p}) // v = 0.45 + 0.5 = 0.95, w = 0.95 - 0.095 = 0.855
	near(t, "step 2", p.W.At(0, 0), 0.855, 1e-15)
	p.G.Set(0, 0, -1)
	opt.Step([]*Param{p}) // v = 0.855 - 1 = -0.145, w = 0.855 + 0.0145 = 0.8695
	near(t, "step 3", p.W.At(0, 0), 0.8695, 1e-15)
}

func TestOptimizerConstructorsRejectBadSettings(t *testing.T) {
	cases := map[string]func(){
		"NewAdam lr 0":      func() { NewAdam(0, 0.5, 0.999) },
		"NewAdam lr -1":     func() { NewAdam(-1, 0.5, 0.999) },
		"NewAdam lr NaN":    func() { NewAdam(math.NaN(), 0.5, 0.999) },
		"NewAdam beta1 1":   func() { NewAdam(1e-3, 1, 0.999) },
		"NewSGD lr 0":       func() { NewSGD(0, 0) },
		"NewSGD momentum 1": func() { NewSGD(0.1, 1) },
	}
	for name, f := range cases {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s did not panic", name)
				}
			}()
			f()
		}()
	}
}
