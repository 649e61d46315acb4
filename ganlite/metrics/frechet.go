package metrics

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// Frechet returns the (squared, as FID reports it) Fréchet distance between
// Gaussians fitted to two sets of feature vectors (one per row; the sets may
// differ in size, not in width):
//
//	d² = ‖μ1 − μ2‖² + Tr(Σ1 + Σ2 − 2·(Σ1^½ Σ2 Σ1^½)^½)
//
// This is the Fréchet (2-Wasserstein) distance between N(μ1, Σ1) and N(μ2, Σ2)
// (Dowson & Landau 1982) that FID applies to Inception features (Heusel et al. 2017,
// Eq. 6); here it is used on our MNIST classifier's features (see FrechetMNIST).
// Covariances are unbiased (divide by n−1). Both matrix square roots come from
// symmetric eigendecompositions (mat.EigenSym): A^½ = V·diag(√λ)·Vᵀ, and the trace of
// (Σ1^½ Σ2 Σ1^½)^½ is Σ√λ_i over that matrix's eigenvalues. Rounding can make an
// eigenvalue of these positive semi-definite matrices slightly negative; such
// eigenvalues are clamped at 0, and so is the final result.
// Panics when the widths differ or a set has fewer than 2 rows.
func Frechet(f1, f2 *mat.Dense) float64 {
	n1, d1 := f1.Dims()
	n2, d2 := f2.Dims()
	if d1 != d2 {
		panic(fmt.Sprintf("metrics: Frechet: feature sets are %d×%d and %d×%d, want equal widths", n1, d1, n2, d2))
	}
	if n1 < 2 || n2 < 2 {
		panic(fmt.Sprintf("metrics: Frechet: feature sets are %d×%d and %d×%d, want at least 2 rows each", n1, d1, n2, d2))
	}
	mu1, cov1 := meanCov(f1)
	mu2, cov2 := meanCov(f2)

	meanTerm := 0.0
	for j := range mu1 {
		diff := mu1[j] - mu2[j]
		meanTerm += diff * diff
	}

	// M = Σ1^½ Σ2 Σ1^½ is symmetric PSD; Tr(M^½) = Σ √λ_i(M).
	s1 := sqrtSym(cov1)
	var tmp, m mat.Dense
	tmp.Mul(s1, cov2)
	m.Mul(&tmp, s1)
	trSqrt := 0.0
	for _, l := range eigenvalues(symmetrise(&m)) {
		trSqrt += math.Sqrt(math.Max(l, 0))
	}

	d := meanTerm + mat.Trace(cov1) + mat.Trace(cov2) - 2*trSqrt
	return math.Max(d, 0)
}

// meanCov returns the column means and the unbiased covariance matrix of x's rows.
func meanCov(x *mat.Dense) ([]float64, *mat.SymDense) {
	n, d := x.Dims()
	mu := make([]float64, d)
	for i := 0; i < n; i++ {
		for j, v := range x.RawRowView(i) {
			mu[j] += v
		}
	}
	for j := range mu {
		mu[j] /= float64(n)
	}
	c := mat.NewDense(n, d, nil)
	for i := 0; i < n; i++ {
		row := c.RawRowView(i)
		for j, v := range x.RawRowView(i) {
			row[j] = v - mu[j]
		}
	}
	cov := mat.NewSymDense(d, nil)
	cov.SymRankK(cov, 1/float64(n-1), c.T()) // Σ = cᵀc / (n−1)
	return mu, cov
}

// sqrtSym returns A^½ = V·diag(√max(λ,0))·Vᵀ for a symmetric PSD matrix A.
func sqrtSym(a *mat.SymDense) *mat.Dense {
	var eig mat.EigenSym
	if !eig.Factorize(a, true) {
		panic("metrics: Frechet: eigendecomposition of a covariance matrix failed")
	}
	var v mat.Dense
	eig.VectorsTo(&v)
	vals := eig.Values(nil)
	d := len(vals)
	scaled := mat.NewDense(d, d, nil) // V·diag(√λ)
	for i := 0; i < d; i++ {
		for j := 0; j < d; j++ {
			scaled.Set(i, j, v.At(i, j)*math.Sqrt(math.Max(vals[j], 0)))
		}
	}
	var out mat.Dense
	out.Mul(scaled, v.T())
	return &out
}

// symmetrise returns (A + Aᵀ)/2, removing the rounding asymmetry of a product.
func symmetrise(a *mat.Dense) *mat.SymDense {
	d, _ := a.Dims()
	s := mat.NewSymDense(d, nil)
	for i := 0; i < d; i++ {
		for j := i; j < d; j++ {
			s.SetSym(i, j, 0.5*(a.At(i, j)+a.At(j, i)))
		}
	}
	return s
}

func eigenvalues(a *mat.SymDense) []float64 {
	var eig mat.EigenSym
	if !eig.Factorize(a, false) {
		panic("metrics: Frechet: eigendecomposition of Σ1^½ Σ2 Σ1^½ failed")
	}
	return eig.Values(nil)
}
