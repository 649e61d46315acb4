package data

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
)

// Toy distributions: small, known densities on which a GAN's behaviour can
// be seen and measured. Each implements ganlite.Sampler; all randomness
// comes from the *rand.Rand passed to Sample, so one seed gives one sample.

// Gaussian1D is the normal distribution N(Mean, Std²) on the real line,
// the data of Goodfellow et al. 2014, Figure 1.
type Gaussian1D struct {
	Mean, Std float64
}

// Sample fills every row of dst (n×1) with Mean + Std·ε, ε ~ N(0, 1).
func (g Gaussian1D) Sample(dst *mat.Dense, rnd *rand.Rand) {
	checkWidth("Gaussian1D", dst, 1)
	checkStd("Gaussian1D", g.Std)
	n, _ := dst.Dims()
	for i := 0; i < n; i++ {
		dst.Set(i, 0, g.Mean+g.Std*rnd.NormFloat64())
	}
}

// Density returns the probability density at x.
func (g Gaussian1D) Density(x float64) float64 {
	return normalPDF(x, g.Mean, g.Std)
}

// Mixture1D is a mixture of 1D Gaussians: component k has mean Means[k],
// standard deviation Stds[k] and probability Weights[k] / ΣWeights.
// Nil Weights means equal weights.
type Mixture1D struct {
	Means, Stds, Weights []float64
}

// Sample fills every row of dst (n×1): pick a component by weight, then draw from it.
func (m Mixture1D) Sample(dst *mat.Dense, rnd *rand.Rand) {
	checkWidth("Mixture1D", dst, 1)
	total := m.check()
	n, _ := dst.Dims()
	for i := 0; i < n; i++ {
		k := m.pick(rnd.Float64() * total)
		dst.Set(i, 0, m.Means[k]+m.Stds[k]*rnd.NormFloat64())
	}
}

// Density returns the mixture's probability density at x.
func (m Mixture1D) Density(x float64) float64 {
	total := m.check()
	p := 0.0
	for k := range m.Means {
		p += m.weight(k) / total * normalPDF(x, m.Means[k], m.Stds[k])
	}
	return p
}

// weight returns the unnormalised weight of component k.
func (m Mixture1D) weight(k int) float64 {
	if m.Weights == nil {
		return 1
	}
	return m.Weights[k]
}

// pick returns the component whose cumulative-weight interval contains u ∈ [0, total).
func (m Mixture1D) pick(u float64) int {
	for k := range m.Means {
		u -= m.weight(k)
		if u < 0 {
			return k
		}
	}
	return len(m.Means) - 1 // u == total up to rounding
}

// check panics on inconsistent fields and returns the weight sum.
func (m Mixture1D) check() float64 {
	if len(m.Means) == 0 || len(m.Stds) != len(m.Means) || (m.Weights != nil && len(m.Weights) != len(m.Means)) {
		panic(fmt.Sprintf("data: Mixture1D: %d means, %d stds, %d weights; want equal and non-zero (weights may be nil)",
			len(m.Means), len(m.Stds), len(m.Weights)))
	}
	total := 0.0
	for k := range m.Means {
		checkStd("Mixture1D", m.Stds[k])
		w := m.weight(k)
		if !(w >= 0) || math.IsInf(w, 1) {
			panic(fmt.Sprintf("data: Mixture1D: weight %d is %v, want ≥ 0 and finite", k, w))
		}
		total += w
	}
	if total <= 0 {
		panic("data: Mixture1D: weights sum to 0")
	}
	return total
}

// Mixture2D is an equal-weight mixture of isotropic Gaussians with standard
// deviation Sigma around each of Means (points of equal dimension, 2 for
// the ring and the grid).
type Mixture2D struct {
	Means [][]float64
	Sigma float64
}

// NewRing returns the ring of 8 Gaussians: means equally spaced on the unit
// circle starting at (1, 0), σ = 0.01 (Srivastava et al. 2017, VEEGAN §5;
// Lin et al. 2018, PacGAN §5).
func NewRing() *Mixture2D {
	m := &Mixture2D{Sigma: 0.01}
	for k := 0; k < 8; k++ {
		a := 2 * math.Pi * float64(k) / 8
		m.Means = append(m.Means, []float64{math.Cos(a), math.Sin(a)})
	}
	return m
}

// NewGrid returns the grid of 25 Gaussians: means at {-4,-2,0,2,4}² in
// row-major order (x outer, y inner), σ = 0.05 (VEEGAN §5; PacGAN §5).
func NewGrid() *Mixture2D {
	m := &Mixture2D{Sigma: 0.05}
	for i := -2; i <= 2; i++ {
		for j := -2; j <= 2; j++ {
			m.Means = append(m.Means, []float64{float64(2 * i), float64(2 * j)})
		}
	}
	return m
}

// Modes returns a copy of the mixture's means, one point per mode.
func (m *Mixture2D) Modes() [][]float64 {
	out := make([][]float64, len(m.Means))
	for k, mu := range m.Means {
		out[k] = append([]float64(nil), mu...)
	}
	return out
}

// Sample fills every row of dst (n×dim, dim = len(Means[0])): pick a mode
// uniformly, then add Sigma·ε with ε ~ N(0, I).
func (m *Mixture2D) Sample(dst *mat.Dense, rnd *rand.Rand) {
	if len(m.Means) == 0 {
		panic("data: Mixture2D.Sample: no means")
	}
	dim := len(m.Means[0])
	for k, mu := range m.Means {
		if len(mu) != dim {
			panic(fmt.Sprintf("data: Mixture2D.Sample: mean %d has %d coordinates, mean 0 has %d", k, len(mu), dim))
		}
	}
	checkWidth("Mixture2D", dst, dim)
	checkStd("Mixture2D", m.Sigma)
	n, _ := dst.Dims()
	for i := 0; i < n; i++ {
		mu := m.Means[rnd.IntN(len(m.Means))]
		row := dst.RawRowView(i)
		for j := range row {
			row[j] = mu[j] + m.Sigma*rnd.NormFloat64()
		}
	}
}

// checkWidth panics unless dst has exactly want columns.
func checkWidth(who string, dst *mat.Dense, want int) {
	n, c := dst.Dims()
	if c != want {
		panic(fmt.Sprintf("data: %s.Sample: dst is %d×%d, want n×%d", who, n, c, want))
	}
}

// checkStd panics on a negative or non-finite standard deviation.
func checkStd(who string, s float64) {
	if !(s >= 0) || math.IsInf(s, 1) {
		panic(fmt.Sprintf("data: %s: standard deviation is %v, want ≥ 0 and finite", who, s))
	}
}

// normalPDF is the N(mu, s²) density at x.
func normalPDF(x, mu, s float64) float64 {
	z := (x - mu) / s
	return math.Exp(-0.5*z*z) / (s * math.Sqrt(2*math.Pi))
}
