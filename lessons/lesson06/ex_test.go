package lesson06

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson06"
)

// capturedWith is CapturedModes with pluggable mistakes: the high-quality
// radius in units of sigma, counting every sample's mode (not only high
// quality ones), the Manhattan distance, or the farthest mode.
func capturedWith(radius float64, allSamples, manhattan, farthest bool) CapturedFunc {
	return func(samples *mat.Dense, modes [][]float64, sigma float64) int {
		n, _ := samples.Dims()
		hit := map[int]bool{}
		for i := 0; i < n; i++ {
			x := samples.RawRowView(i)
			best, bestD, far, farD := 0, math.Inf(1), 0, -1.0
			for k, m := range modes {
				d := math.Hypot(x[0]-m[0], x[1]-m[1])
				if manhattan {
					d = math.Abs(x[0]-m[0]) + math.Abs(x[1]-m[1])
				}
				if d < bestD {
					best, bestD = k, d
				}
				if d > farD {
					far, farD = k, d
				}
			}
			if farthest {
				best = far
			}
			if allSamples || bestD <= radius*sigma {
				hit[best] = true
			}
		}
		return len(hit)
	}
}

func TestEx1(t *testing.T) {
	if err := Ex1.Test(sol.CapturedModes); err != nil {
		t.Fatalf("reference rejected: %v", err)
	}
	wrong := map[string]CapturedFunc{
		"σ instead of 3σ":            capturedWith(1, false, false, false),
		"counts all samples, not HQ": capturedWith(3, true, false, false),
		"Manhattan distance":         capturedWith(3, false, true, false),
		"farthest mode, not nearest": capturedWith(3, false, false, true),
		"counts HQ samples, not modes": func(samples *mat.Dense, modes [][]float64, sigma float64) int {
			return sumCounts(samples, modes, sigma)
		},
	}
	for name, f := range wrong {
		err := Ex1.Test(f)
		if !check.IsWrong(err) {
			t.Errorf("%s: want a mismatch, got %v", name, err)
		}
	}
	stub := func(samples *mat.Dense, modes [][]float64, sigma float64) int { return 0 }
	if err := Ex1.Test(stub); !check.IsNotDone(err) {
		t.Errorf("stub: want not done, got %v", err)
	}
	if err := Ex1.Test(nil); !check.IsNotDone(err) {
		t.Errorf("nil: want not done, got %v", err)
	}
	if got := Ex1.Use(nil)(mat.NewDense(1, 2, []float64{1, 0}), ringModes(), 0.01); got != 1 {
		t.Errorf("Use(nil) fallback = %d, want 1", got)
	}
}

func sumCounts(samples *mat.Dense, modes [][]float64, sigma float64) int {
	n, _ := samples.Dims()
	c := 0
	for i := 0; i < n; i++ {
		x := samples.RawRowView(i)
		for _, m := range modes {
			if math.Hypot(x[0]-m[0], x[1]-m[1]) <= 3*sigma {
				c++
				break
			}
		}
	}
	return c
}

func TestEx2(t *testing.T) {
	if err := Ex2.Test(sol.Pack); err != nil {
		t.Fatalf("reference rejected: %v", err)
	}
	wrong := map[string]PackFunc{
		"strided grouping (rows i, i+n/m, ...)": func(x *mat.Dense, m int) *mat.Dense {
			n, d := x.Dims()
			p := mat.NewDense(n/m, m*d, nil)
			for i := 0; i < n/m; i++ {
				for k := 0; k < m; k++ {
					for j := 0; j < d; j++ {
						p.Set(i, k*d+j, x.At(k*(n/m)+i, j))
					}
				}
			}
			return p
		},
		"transposed inside the pack (coordinate-major)": func(x *mat.Dense, m int) *mat.Dense {
			n, d := x.Dims()
			p := mat.NewDense(n/m, m*d, nil)
			for i := 0; i < n/m; i++ {
				for k := 0; k < m; k++ {
					for j := 0; j < d; j++ {
						p.Set(i, j*m+k, x.At(i*m+k, j))
					}
				}
			}
			return p
		},
		"no packing": func(x *mat.Dense, m int) *mat.Dense { return mat.DenseCopyOf(x) },
	}
	for name, f := range wrong {
		err := Ex2.Test(f)
		if !check.IsWrong(err) {
			t.Errorf("%s: want a mismatch, got %v", name, err)
		}
	}
	for name, f := range map[string]PackFunc{
		"nil result": func(x *mat.Dense, m int) *mat.Dense { return nil },
		"zeros": func(x *mat.Dense, m int) *mat.Dense {
			n, d := x.Dims()
			return mat.NewDense(n/m, m*d, nil)
		},
	} {
		if err := Ex2.Test(f); !check.IsNotDone(err) {
			t.Errorf("%s: want not done, got %v", name, err)
		}
	}
}

func TestPackIsReshape(t *testing.T) {
	x := check.RandDense(check.NewRand(1), 8, 2)
	p := sol.Pack(x, 4)
	if !mat.Equal(p, mat.NewDense(2, 8, x.RawMatrix().Data)) {
		t.Error("Pack differs from the row-major reshape")
	}
}
