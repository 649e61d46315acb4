package metrics

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ganlite/ganlite/ganlite/data"
	"gonum.org/v1/gonum/mat"
)

// ring8 returns the 8 means of the ring mixture (radius 1).
func ring8() [][]float64 {
	m := make([][]float64, 8)
	for k := range m {
		a := 2 * math.Pi * float64(k) / 8
		m[k] = []float64{math.Cos(a), math.Sin(a)}
	}
	return m
}

// pointsAt returns a matrix with perMode rows at each given point, offset by (dx, 0).
func pointsAt(points [][]float64, perMode int, dx float64) *mat.Dense {
	x := mat.NewDense(len(points)*perMode, 2, nil)
	r := 0
	for _, p := range points {
		for i := 0; i < perMode; i++ {
			x.Set(r, 0, p[0]+dx)
			x.Set(r, 1, p[1])
			r++
		}
	}
	return x
}

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

func TestModesAllModes(t *testing.T) {
	const sigma = 0.01
	s := Modes(pointsAt(ring8(), 10, 0.02), ring8(), sigma) // 2σ off: still high quality
	if s.Captured != 8 || s.Total != 8 {
		t.Fatalf("captured %d/%d, want 8/8", s.Captured, s.Total)
	}
	if s.HQShare != 1 {
		t.Errorf("HQShare %g, want 1", s.HQShare)
	}
	if !near(s.ReverseKL, 0, 1e-12) {
		t.Errorf("ReverseKL %g, want 0 for a uniform histogram", s.ReverseKL)
	}
	for k, c := range s.Counts {
		if c != 10 {
			t.Errorf("Counts[%d] = %d, want 10", k, c)
		}
	}
}

func TestModesOneMode(t *testing.T) {
	s := Modes(pointsAt(ring8()[:1], 80, 0), ring8(), 0.01)
	if s.Captured != 1 || s.HQShare != 1 || s.Counts[0] != 80 {
		t.Fatalf("got %+v, want 1 mode captured, HQ 1, Counts[0]=80", s)
	}
	if !near(s.ReverseKL, math.Log(8), 1e-12) {
		t.Errorf("ReverseKL %g, want ln 8 = %g for a full collapse", s.ReverseKL, math.Log(8))
	}
}

func TestModesOffMode(t *testing.T) {
	// 40 samples on 4 modes, 40 at the centre (distance 1 = 100σ from every mode).
	on := pointsAt(ring8()[:4], 10, 0)
	off := mat.NewDense(40, 2, nil)
	x := mat.NewDense(80, 2, nil)
	x.Stack(on, off)
	s := Modes(x, ring8(), 0.01)
	if s.Captured != 4 {
		t.Errorf("captured %d, want 4", s.Captured)
	}
	if s.HQShare != 0.5 {
		t.Errorf("HQShare %g, want 0.5", s.HQShare)
	}
	// Q uniform over 4 of 8 modes: KL = ln(8/4).
	if !near(s.ReverseKL, math.Log(2), 1e-12) {
		t.Errorf("ReverseKL %g, want ln 2", s.ReverseKL)
	}

	none := Modes(off, ring8(), 0.01)
	if none.Captured != 0 || none.HQShare != 0 {
		t.Errorf("all off-mode: got %+v, want nothing captured", none)
	}
	if !near(none.ReverseKL, math.Log(8), 1e-12) {
		t.Errorf("all off-mode: ReverseKL %g, want ln 8 by convention", none.ReverseKL)
	}
}

func TestModesThreeSigmaBoundaryAndUneven(t *testing.T) {
	modes := [][]float64{{0, 0}, {10, 0}}
	x := mat.NewDense(5, 2, []float64{
		0.29, 0, // 2.9σ: high quality, mode 0
		0, -0.2, // mode 0
		0.1, 0.1, // mode 0
		10.31, 0, // 3.1σ: not high quality
		9.9, 0, // mode 1
	})
	s := Modes(x, modes, 0.1)
	if s.Counts[0] != 3 || s.Counts[1] != 1 {
		t.Fatalf("Counts %v, want [3 1]", s.Counts)
	}
	if s.HQShare != 0.8 {
		t.Errorf("HQShare %g, want 0.8", s.HQShare)
	}
	want := 0.75*math.Log(0.75/0.5) + 0.25*math.Log(0.25/0.5)
	if !near(s.ReverseKL, want, 1e-12) {
		t.Errorf("ReverseKL %g, want %g", s.ReverseKL, want)
	}
	if got := s.String(); !strings.Contains(got, "modes 2/2") || !strings.Contains(got, "HQ 80.0%") {
		t.Errorf("String() = %q", got)
	}
}

func TestModesPanics(t *testing.T) {
	cases := map[string]func(){
		"no modes":    func() { Modes(mat.NewDense(2, 2, nil), nil, 1) },
		"bad sigma":   func() { Modes(mat.NewDense(2, 2, nil), ring8(), 0) },
		"wrong width": func() { Modes(mat.NewDense(2, 3, nil), ring8(), 1) },
	}
	for name, f := range cases {
		t.Run(name, func(t *testing.T) {
			defer func() {
				r := recover()
				if r == nil || !strings.HasPrefix(r.(string), "metrics: Modes:") {
					t.Errorf("panic %v, want a metrics: Modes: message", r)
				}
			}()
			f()
		})
	}
}

// Real samples of the data package's mixtures score (almost) perfectly: every
// mode captured, HQ share near P(‖ε‖ ≤ 3) = 1 − e^(−4.5) ≈ 0.989 for 2D
// Gaussian noise, reverse KL near 0.
func TestModesOnRealMixtures(t *testing.T) {
	for name, m := range map[string]*data.Mixture2D{"ring": data.NewRing(), "grid": data.NewGrid()} {
		x := mat.NewDense(EvalSamples, 2, nil)
		m.Sample(x, rand.New(rand.NewPCG(1, 2)))
		s := Modes(x, m.Modes(), m.Sigma)
		t.Logf("%s: %v", name, s)
		if s.Captured != s.Total || s.Total != len(m.Means) {
			t.Errorf("%s: captured %d/%d, want all %d", name, s.Captured, s.Total, len(m.Means))
		}
		if want := 1 - math.Exp(-4.5); math.Abs(s.HQShare-want) > 0.01 {
			t.Errorf("%s: HQShare %.4f, want %.4f ± 0.01", name, s.HQShare, want)
		}
		if s.ReverseKL > 0.02 {
			t.Errorf("%s: ReverseKL %.4f, want < 0.02", name, s.ReverseKL)
		}
	}
}
