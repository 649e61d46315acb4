package lesson06

import (
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
)

func paramsEqual(a, b *ganlite.Sequential) bool {
	pa, pb := a.Params(), b.Params()
	for i := range pa {
		if !mat.Equal(pa[i].W, pb[i].W) {
			return false
		}
	}
	return true
}

func TestPacGANSteps(t *testing.T) {
	s := Ring
	p := s.NewPacGAN(4, 1)
	if p.D.InDim() != 8 {
		t.Fatalf("D input %d, want 8", p.D.InDim())
	}
	real := mat.NewDense(64, 2, nil)
	s.Data.Sample(real, p.Rnd)
	g0, d0 := p.G.Clone(), p.D.Clone()
	if l := p.DStep(real); !(l > 0) {
		t.Errorf("D loss %v", l)
	}
	if !paramsEqual(g0, p.G) || paramsEqual(d0, p.D) {
		t.Error("DStep must change D and only D")
	}
	g0, d0 = p.G.Clone(), p.D.Clone()
	p.GStep(64)
	if paramsEqual(g0, p.G) || !paramsEqual(d0, p.D) {
		t.Error("GStep must change G and only G")
	}
	if !p.D.Trainable() {
		t.Error("GStep left D frozen")
	}
	if r, c := p.Generate(10).Dims(); r != 10 || c != 2 {
		t.Errorf("Generate is %d×%d", r, c)
	}
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), "multiple of M = 4") {
			t.Errorf("panic %v", r)
		}
	}()
	p.GStep(10)
}

// TestPacGANDeterministic: one seed gives one result.
func TestPacGANDeterministic(t *testing.T) {
	a := Ring.WithSteps(20).TrainPac(2, 3)
	b := Ring.WithSteps(20).TrainPac(2, 3)
	if a.String() != b.String() || a.HQShare != b.HQShare {
		t.Errorf("same seed, different results: %v / %v", a, b)
	}
}

func TestMeanSE(t *testing.T) {
	m, se := MeanSE([]float64{1, 2, 3, 4})
	if m != 2.5 || se < 0.6454 || se > 0.6455 {
		t.Errorf("MeanSE = %v ± %v, want 2.5 ± 0.6455", m, se)
	}
}

func TestTableString(t *testing.T) {
	tb := Compare(Ring.WithSteps(5), 2, 2)
	s := tb.String()
	for _, want := range []string{"vanilla GAN", "PacGAN (m = 2)", "±", "/ 8"} {
		if !strings.Contains(s, want) {
			t.Errorf("table lacks %q:\n%s", want, s)
		}
	}
}
