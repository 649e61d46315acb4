package metrics

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func TestHist1D(t *testing.T) {
	x := mat.NewDense(5, 1, []float64{0.1, 0.2, 0.6, 1.5, -3})
	h := Hist1D(x, 0, 1, 2)
	// bin 0: 0.1, 0.2 and -3 (clamped); bin 1: 0.6 and 1.5 (clamped).
	if !near(h[0], 0.6, 1e-15) || !near(h[1], 0.4, 1e-15) {
		t.Errorf("Hist1D = %v, want [0.6 0.4]", h)
	}
	if h := Hist1D(mat.NewDense(1, 1, []float64{1}), 0, 1, 4); h[3] != 1 {
		t.Errorf("the upper edge belongs to the last bin, got %v", h)
	}
}

func TestHist2D(t *testing.T) {
	x := mat.NewDense(4, 2, []float64{
		-0.5, -0.5, // cell (0,0) -> index 0
		-0.5, 0.5, // cell (0,1) -> index 1
		0.5, -0.5, // cell (1,0) -> index 2
		0.5, 0.7, // cell (1,1) -> index 3
	})
	h := Hist2D(x, -1, 1, -1, 1, 2)
	for i, v := range h {
		if v != 0.25 {
			t.Errorf("h[%d] = %g, want 0.25 (h = %v)", i, v, h)
		}
	}
	h = Hist2D(mat.NewDense(2, 2, []float64{0.9, -0.9, 0.9, -0.8}), -1, 1, -1, 1, 2)
	if h[2] != 1 {
		t.Errorf("x-bin 1, y-bin 0 should be index 2: %v", h)
	}
}

func TestKL(t *testing.T) {
	p := []float64{0.5, 0.5}
	q := []float64{0.25, 0.75}
	want := 0.5*math.Log(2) + 0.5*math.Log(0.5/0.75)
	if got := KL(p, q, 0); !near(got, want, 1e-15) {
		t.Errorf("KL = %g, want %g", got, want)
	}
	if got := KL([]float64{2, 2}, []float64{1, 3}, 0); !near(got, want, 1e-15) {
		t.Errorf("KL of counts = %g, want %g (inputs are normalised)", got, want)
	}
	if got := KL(p, p, 0); got != 0 {
		t.Errorf("KL(p,p) = %g, want 0", got)
	}
	if got := KL([]float64{1, 0}, []float64{0, 1}, 0); !math.IsInf(got, 1) {
		t.Errorf("KL with q=0 where p>0 and eps=0 = %g, want +Inf", got)
	}
	if got := KL([]float64{0, 1}, []float64{0.5, 0.5}, 0); !near(got, math.Log(2), 1e-15) {
		t.Errorf("empty p bins contribute 0: got %g, want ln 2", got)
	}
	// eps smoothing: p' = (1.1, 0.1)/1.2, q' = (0.6, 0.6)/1.2 = (0.5, 0.5).
	p1, p2 := 1.1/1.2, 0.1/1.2
	want = p1*math.Log(p1/0.5) + p2*math.Log(p2/0.5)
	if got := KL([]float64{1, 0}, []float64{0.5, 0.5}, 0.1); !near(got, want, 1e-15) {
		t.Errorf("smoothed KL = %g, want %g", got, want)
	}
}

func TestJS(t *testing.T) {
	if got := JS([]float64{1, 0}, []float64{0, 1}); !near(got, math.Ln2, 1e-15) {
		t.Errorf("JS of disjoint = %g, want ln 2", got)
	}
	if got := JS([]float64{0.3, 0.7}, []float64{0.3, 0.7}); got != 0 {
		t.Errorf("JS(p,p) = %g, want 0", got)
	}
	// p = (1,0), q = (0.5,0.5), m = (0.75,0.25).
	want := 0.5*math.Log(1/0.75) + 0.5*(0.5*math.Log(0.5/0.75)+0.5*math.Log(0.5/0.25))
	p, q := []float64{1, 0}, []float64{0.5, 0.5}
	if got := JS(p, q); !near(got, want, 1e-15) {
		t.Errorf("JS = %g, want %g", got, want)
	}
	if JS(p, q) != JS(q, p) {
		t.Errorf("JS is not symmetric")
	}
}

func TestHistDivergencePanics(t *testing.T) {
	cases := map[string]func(){
		"Hist1D width": func() { Hist1D(mat.NewDense(2, 2, nil), 0, 1, 3) },
		"Hist2D width": func() { Hist2D(mat.NewDense(2, 1, nil), 0, 1, 0, 1, 3) },
		"Hist1D range": func() { Hist1D(mat.NewDense(2, 1, nil), 1, 1, 3) },
		"Hist2D bins":  func() { Hist2D(mat.NewDense(2, 2, nil), 0, 1, 0, 1, 0) },
		"KL lengths":   func() { KL([]float64{1}, []float64{1, 2}, 0) },
		"KL negative":  func() { KL([]float64{1, -1}, []float64{1, 2}, 0) },
		"JS zero sum":  func() { JS([]float64{0, 0}, []float64{1, 2}) },
	}
	for name, f := range cases {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Errorf("no panic")
				}
			}()
			f()
		})
	}
}
