package data

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"
)

func TestGaussian1D(t *testing.T) {
	g := Gaussian1D{Mean: 4, Std: 1.25}
	x := mat.NewDense(20000, 1, nil)
	g.Sample(x, rand.New(rand.NewPCG(1, 1)))
	mean, std := stat.MeanStdDev(x.RawMatrix().Data, nil)
	if math.Abs(mean-4) > 0.03 || math.Abs(std-1.25) > 0.03 {
		t.Errorf("mean %v std %v, want 4, 1.25", mean, std)
	}
	if d := g.Density(4); math.Abs(d-1/(1.25*math.Sqrt(2*math.Pi))) > 1e-15 {
		t.Errorf("Density(mean) = %v", d)
	}
	if area := integrate(g.Density, -10, 20); math.Abs(area-1) > 1e-6 {
		t.Errorf("density integrates to %v", area)
	}
	mustPanic(t, "dst is 5×2, want n×1", func() { g.Sample(mat.NewDense(5, 2, nil), nil) })
	mustPanic(t, "standard deviation is -1", func() { Gaussian1D{Std: -1}.Sample(x, nil) })
}

func TestMixture1D(t *testing.T) {
	m := Mixture1D{Means: []float64{-3, 3}, Stds: []float64{0.1, 0.5}, Weights: []float64{1, 3}}
	x := mat.NewDense(20000, 1, nil)
	m.Sample(x, rand.New(rand.NewPCG(2, 2)))
	right := 0
	for _, v := range x.RawMatrix().Data {
		if v > 0 {
			right++
		}
	}
	if frac := float64(right) / 20000; math.Abs(frac-0.75) > 0.015 {
		t.Errorf("share at +3 is %v, want 0.75", frac)
	}
	if area := integrate(m.Density, -10, 10); math.Abs(area-1) > 1e-6 {
		t.Errorf("density integrates to %v", area)
	}
	eq := Mixture1D{Means: []float64{0, 1}, Stds: []float64{1, 1}} // nil weights: equal
	if d := eq.Density(0.5); math.Abs(d-normalPDF(0.5, 0, 1)) > 1e-15 {
		t.Errorf("equal-weight density at midpoint %v", d)
	}
	mustPanic(t, "2 means, 1 stds", func() { Mixture1D{Means: []float64{0, 1}, Stds: []float64{1}}.Sample(x, nil) })
	mustPanic(t, "weight 1 is -1", func() {
		Mixture1D{Means: []float64{0, 1}, Stds: []float64{1, 1}, Weights: []float64{1, -1}}.Density(0)
	})
}

func TestRingAndGrid(t *testing.T) {
	ring, grid := NewRing(), NewGrid()
	if len(ring.Modes()) != 8 || ring.Sigma != 0.01 || len(grid.Modes()) != 25 || grid.Sigma != 0.05 {
		t.Fatalf("ring %d modes σ %v, grid %d modes σ %v", len(ring.Modes()), ring.Sigma, len(grid.Modes()), grid.Sigma)
	}
	for _, mu := range ring.Modes() {
		if r := math.Hypot(mu[0], mu[1]); math.Abs(r-1) > 1e-15 {
			t.Errorf("ring mode %v at radius %v", mu, r)
		}
	}
	seen := map[[2]float64]bool{}
	for _, mu := range grid.Modes() {
		if math.Mod(mu[0], 2) != 0 || math.Abs(mu[0]) > 4 || math.Abs(mu[1]) > 4 {
			t.Errorf("grid mode %v", mu)
		}
		seen[[2]float64{mu[0], mu[1]}] = true
	}
	if len(seen) != 25 {
		t.Errorf("%d distinct grid modes", len(seen))
	}
	ring.Modes()[0][0] = 99 // a copy
	if ring.Means[0][0] != 1 {
		t.Error("Modes returned the internal slice")
	}
	for _, m := range []*Mixture2D{ring, grid} {
		x := mat.NewDense(5000, 2, nil)
		m.Sample(x, rand.New(rand.NewPCG(3, 3)))
		counts := make([]int, len(m.Means))
		for i := 0; i < 5000; i++ {
			k, d := nearest(m.Means, x.RawRowView(i))
			if d > 5*m.Sigma {
				t.Fatalf("sample %v is %v from its nearest mode", x.RawRowView(i), d)
			}
			counts[k]++
		}
		expect := 5000.0 / float64(len(m.Means))
		for k, c := range counts {
			if math.Abs(float64(c)-expect) > 5*math.Sqrt(expect) {
				t.Errorf("mode %d got %d samples, expect ≈ %v", k, c, expect)
			}
		}
	}
	// Determinism: one seed, one sample, bit for bit.
	a, b := mat.NewDense(50, 2, nil), mat.NewDense(50, 2, nil)
	grid.Sample(a, rand.New(rand.NewPCG(9, 9)))
	grid.Sample(b, rand.New(rand.NewPCG(9, 9)))
	if !mat.Equal(a, b) {
		t.Error("same seed, different samples")
	}
	mustPanic(t, "dst is 4×1, want n×2", func() { ring.Sample(mat.NewDense(4, 1, nil), nil) })
}

func TestShuffleRows(t *testing.T) {
	x := mat.NewDense(6, 2, []float64{0, 0, 1, 10, 2, 20, 3, 30, 4, 40, 5, 50})
	labels := []float64{0, 1, 2, 3, 4, 5}
	ShuffleRows(x, labels, rand.New(rand.NewPCG(4, 4)))
	moved := false
	for i := 0; i < 6; i++ {
		if x.At(i, 0) != labels[i] || x.At(i, 1) != 10*labels[i] {
			t.Fatalf("row %d %v lost its label %v", i, x.RawRowView(i), labels[i])
		}
		moved = moved || labels[i] != float64(i)
	}
	if !moved {
		t.Error("nothing moved")
	}
	mustPanic(t, "x is 6×2 but there are 2 labels", func() { ShuffleRows(x, []float64{1, 2}, nil) })
}

// nearest returns the index of the mean closest to p and the distance.
func nearest(means [][]float64, p []float64) (int, float64) {
	best, bd := 0, math.Inf(1)
	for k, mu := range means {
		if d := math.Hypot(p[0]-mu[0], p[1]-mu[1]); d < bd {
			best, bd = k, d
		}
	}
	return best, bd
}

// integrate is the trapezoid rule with 200,000 steps.
func integrate(f func(float64) float64, a, b float64) float64 {
	const n = 200000
	h := (b - a) / n
	s := (f(a) + f(b)) / 2
	for i := 1; i < n; i++ {
		s += f(a + float64(i)*h)
	}
	return s * h
}
