//go:build openblas

package ganlite

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/blas/gonum"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/netlib/blas/netlib"
)

// blasTestData is a 2D Gaussian blob at (1, -1) for the BLAS comparison.
type blasTestData struct{}

func (blasTestData) Sample(dst *mat.Dense, rnd *rand.Rand) {
	r, _ := dst.Dims()
	for i := 0; i < r; i++ {
		dst.Set(i, 0, 1+0.3*rnd.NormFloat64())
		dst.Set(i, 1, -1+0.3*rnd.NormFloat64())
	}
}

// trainWith trains the same small GAN (same seed) with the given BLAS.
func trainWith(t *testing.T, impl blas.Float64, steps int) *History {
	t.Helper()
	blas64.Use(impl)
	rnd := rand.New(rand.NewPCG(7, 0))
	g := NewMLP(rnd, []int{8, 96, 96, 2}, "leakyrelu", "")
	d := NewMLP(rnd, []int{2, 96, 96, 1}, "leakyrelu", "")
	gan := NewGAN(g, d, NewAdam(1e-3, 0.5, 0.999), NewAdam(1e-3, 0.5, 0.999), rnd)
	h, err := gan.Train(blasTestData{}, steps, 64, nil)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// maxRelDiff is max |a-b| / max(|a|, |b|, 1e-3) over two series.
func maxRelDiff(a, b []float64) float64 {
	m := 0.0
	for i := range a {
		den := math.Max(math.Max(math.Abs(a[i]), math.Abs(b[i])), 1e-3)
		m = math.Max(m, math.Abs(a[i]-b[i])/den)
	}
	return m
}

// OpenBLAS and gonum's pure-Go Dgemm sum the products in different orders,
// so results differ by rounding (~1e-16 per product). Over training these
// differences grow (measured max relative difference of any recorded
// statistic: 4e-16 after 50 steps, 5e-15 after 200, 2e-12 after 1000), so
// after 50 steps we require agreement within a relative 1e-10.
func TestOpenBLASMatchesPureGo(t *testing.T) {
	defer blas64.Use(netlib.Implementation{})
	const steps = 50
	ref := trainWith(t, gonum.Implementation{}, steps)
	got := trainWith(t, netlib.Implementation{}, steps)
	series := []struct {
		name string
		a, b []float64
	}{
		{"DLoss", ref.DLoss, got.DLoss}, {"GLoss", ref.GLoss, got.GLoss},
		{"DReal", ref.DReal, got.DReal}, {"DFake", ref.DFake, got.DFake},
		{"DGradNorm", ref.DGradNorm, got.DGradNorm}, {"GGradNorm", ref.GGradNorm, got.GGradNorm},
	}
	worst := 0.0
	for _, s := range series {
		if len(s.a) != steps || len(s.b) != steps {
			t.Fatalf("%s: %d and %d entries, want %d", s.name, len(s.a), len(s.b), steps)
		}
		d := maxRelDiff(s.a, s.b)
		worst = math.Max(worst, d)
		if d > 1e-10 {
			t.Errorf("%s: OpenBLAS and pure Go differ by relative %.3g after %d steps, want ≤ 1e-10", s.name, d, steps)
		}
	}
	t.Logf("max relative difference over %d steps: %.3g", steps, worst)
	if worst == 0 {
		t.Log("bit-identical (the BLAS switch may not have taken effect)")
	}
}

func TestBLASName(t *testing.T) {
	if BLAS() != "openblas" {
		t.Errorf("BLAS() = %q under -tags openblas, want openblas", BLAS())
	}
}
