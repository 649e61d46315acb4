package metrics

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// gaussianRows returns n rows of d-dimensional correlated Gaussian noise.
func gaussianRows(rnd *rand.Rand, n, d int) *mat.Dense {
	x := mat.NewDense(n, d, nil)
	for i := 0; i < n; i++ {
		prev := 0.0
		for j := 0; j < d; j++ {
			v := rnd.NormFloat64() + 0.5*prev // correlated neighbours: non-diagonal Σ
			x.Set(i, j, v*float64(j+1))
			prev = v
		}
	}
	return x
}

func TestFrechetIdentical(t *testing.T) {
	x := gaussianRows(rand.New(rand.NewPCG(1, 2)), 500, 16)
	if got := Frechet(x, x); got > 1e-8 {
		t.Errorf("Frechet(x, x) = %g, want ~0", got)
	}
}

func TestFrechetShift(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	x := gaussianRows(rnd, 400, 8)
	y := mat.DenseCopyOf(x)
	shift := []float64{1, -2, 0.5, 0, 0, 3, 0, -1}
	want := 0.0
	for j, s := range shift {
		want += s * s
		for i := 0; i < 400; i++ {
			y.Set(i, j, y.At(i, j)+s)
		}
	}
	if got := Frechet(x, y); !near(got, want, 1e-8*want) {
		t.Errorf("Frechet of a shifted copy = %.12g, want ‖shift‖² = %g", got, want)
	}
}

func TestFrechetDiagonal2D(t *testing.T) {
	// Sample covariances are exactly diagonal: Σ1 = diag(2/3, 8/3), Σ2 = diag(6, 2/3),
	// means (0,0) and (1,1). For commuting Σ the trace term is Σ(√a − √b)².
	f1 := mat.NewDense(4, 2, []float64{1, 0, -1, 0, 0, 2, 0, -2})
	f2 := mat.NewDense(4, 2, []float64{4, 1, -2, 1, 1, 2, 1, 0})
	sq := func(a, b float64) float64 { d := math.Sqrt(a) - math.Sqrt(b); return d * d }
	want := 2 + sq(2.0/3, 6) + sq(8.0/3, 2.0/3)
	if got := Frechet(f1, f2); !near(got, want, 1e-12) {
		t.Errorf("Frechet = %.15g, want %.15g", got, want)
	}
}

func TestFrechetGeneral2D(t *testing.T) {
	// Non-commuting 2×2 case against the closed form: the eigenvalues of
	// Σ1^½ Σ2 Σ1^½ are those of Σ1Σ2, and for a 2×2 PSD matrix M,
	// Tr √M = √(Tr M + 2√det M).
	rnd := rand.New(rand.NewPCG(5, 6))
	f1 := gaussianRows(rnd, 50, 2)
	f2 := gaussianRows(rnd, 70, 2)
	mu1, s1 := meanCov(f1)
	mu2, s2 := meanCov(f2)
	var p mat.Dense
	p.Mul(s1, s2)
	trSqrt := math.Sqrt(mat.Trace(&p) + 2*math.Sqrt(mat.Det(&p)))
	want := (mu1[0]-mu2[0])*(mu1[0]-mu2[0]) + (mu1[1]-mu2[1])*(mu1[1]-mu2[1]) +
		mat.Trace(s1) + mat.Trace(s2) - 2*trSqrt
	if got := Frechet(f1, f2); !near(got, want, 1e-10) {
		t.Errorf("Frechet = %.15g, want %.15g", got, want)
	}
	if a, b := Frechet(f1, f2), Frechet(f2, f1); !near(a, b, 1e-10) {
		t.Errorf("not symmetric: %g vs %g", a, b)
	}
}

func TestFrechetRankDeficient(t *testing.T) {
	// 5 samples in 20 dimensions: singular covariances, eigenvalues ~0 or slightly negative.
	rnd := rand.New(rand.NewPCG(7, 8))
	x := gaussianRows(rnd, 5, 20)
	got := Frechet(x, x)
	if math.IsNaN(got) || got > 1e-8 {
		t.Errorf("Frechet of a rank-deficient set with itself = %g, want ~0", got)
	}
}

func TestFrechetPanics(t *testing.T) {
	for name, f := range map[string]func(){
		"widths":  func() { Frechet(mat.NewDense(3, 2, nil), mat.NewDense(3, 3, nil)) },
		"one row": func() { Frechet(mat.NewDense(1, 2, nil), mat.NewDense(3, 2, nil)) },
	} {
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
