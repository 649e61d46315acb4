package metrics

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// Hist1D returns the normalised histogram (it sums to 1) of the single column of points
// over bins equal-width bins covering [lo, hi]. Bin i covers
// [lo + i·w, lo + (i+1)·w) with w = (hi−lo)/bins; the last bin also holds hi.
// Points outside the range are counted in the nearest edge bin, so mass that lands
// far away still shows up as a mismatch; NaN points are counted in bin 0.
// An empty points matrix gives all zeros.
// Panics when points does not have exactly one column, bins < 1 or hi <= lo.
func Hist1D(points *mat.Dense, lo, hi float64, bins int) []float64 {
	n, d := points.Dims()
	if d != 1 {
		panic(fmt.Sprintf("metrics: Hist1D: points are %d×%d, want n×1", n, d))
	}
	checkRange("Hist1D", lo, hi, bins)
	h := make([]float64, bins)
	for i := 0; i < n; i++ {
		h[binIndex(points.At(i, 0), lo, hi, bins)]++
	}
	normalise(h, n)
	return h
}

// Hist2D returns the normalised histogram (it sums to 1) of 2D points (n×2) on a
// bins×bins grid over [xmin, xmax]×[ymin, ymax]. The cell of x-bin i and y-bin j is at
// index i·bins + j. Binning and out-of-range points are handled as in Hist1D.
// Panics when points is not n×2, bins < 1 or a range is empty.
func Hist2D(points *mat.Dense, xmin, xmax, ymin, ymax float64, bins int) []float64 {
	n, d := points.Dims()
	if d != 2 {
		panic(fmt.Sprintf("metrics: Hist2D: points are %d×%d, want n×2", n, d))
	}
	checkRange("Hist2D", xmin, xmax, bins)
	checkRange("Hist2D", ymin, ymax, bins)
	h := make([]float64, bins*bins)
	for r := 0; r < n; r++ {
		i := binIndex(points.At(r, 0), xmin, xmax, bins)
		j := binIndex(points.At(r, 1), ymin, ymax, bins)
		h[i*bins+j]++
	}
	normalise(h, n)
	return h
}

// KL returns the Kullback–Leibler divergence KL(p‖q) = Σ_i p_i·ln(p_i/q_i) in nats.
//
// Smoothing: both inputs are first replaced by p'_i = (p_i + eps) / Σ_j (p_j + eps)
// (and likewise q'), which also normalises unnormalised inputs such as counts.
// With eps = 0 the inputs are only normalised: bins with p_i = 0 contribute 0, and a
// bin with p_i > 0 but q_i = 0 makes the result +Inf. A small eps such as 1e-10
// keeps histogram divergences finite. Panics on different lengths, negative
// entries or eps, or an input that sums to 0.
func KL(p, q []float64, eps float64) float64 {
	if len(p) != len(q) {
		panic(fmt.Sprintf("metrics: KL: p has %d bins, q has %d", len(p), len(q)))
	}
	if eps < 0 {
		panic(fmt.Sprintf("metrics: KL: eps is %g, want >= 0", eps))
	}
	ps := smooth("KL", p, eps)
	qs := smooth("KL", q, eps)
	kl := 0.0
	for i := range ps {
		if ps[i] > 0 {
			kl += ps[i] * math.Log(ps[i]/qs[i])
		}
	}
	return kl
}

// JS returns the Jensen–Shannon divergence ½KL(p‖m) + ½KL(q‖m) with m = ½(p+q),
// in nats. It needs no smoothing (m_i > 0 wherever p_i or q_i is), is symmetric
// and lies in [0, ln 2]; ln 2 means the two histograms share no bin
// (Lin 1991; Goodfellow et al. 2014, Theorem 1). Inputs are normalised first.
// Panics on different lengths, negative entries or an input that sums to 0.
func JS(p, q []float64) float64 {
	if len(p) != len(q) {
		panic(fmt.Sprintf("metrics: JS: p has %d bins, q has %d", len(p), len(q)))
	}
	ps := smooth("JS", p, 0)
	qs := smooth("JS", q, 0)
	js := 0.0
	for i := range ps {
		m := 0.5 * (ps[i] + qs[i])
		if ps[i] > 0 {
			js += 0.5 * ps[i] * math.Log(ps[i]/m)
		}
		if qs[i] > 0 {
			js += 0.5 * qs[i] * math.Log(qs[i]/m)
		}
	}
	return js
}

// smooth returns (p_i + eps) / Σ_j (p_j + eps) as a fresh slice.
func smooth(fn string, p []float64, eps float64) []float64 {
	sum := 0.0
	for i, v := range p {
		if v < 0 || math.IsNaN(v) {
			panic(fmt.Sprintf("metrics: %s: entry %d is %g, want >= 0", fn, i, v))
		}
		sum += v + eps
	}
	if !(sum > 0) {
		panic(fmt.Sprintf("metrics: %s: input of %d bins sums to 0", fn, len(p)))
	}
	out := make([]float64, len(p))
	for i, v := range p {
		out[i] = (v + eps) / sum
	}
	return out
}

func checkRange(fn string, lo, hi float64, bins int) {
	if bins < 1 {
		panic(fmt.Sprintf("metrics: %s: bins is %d, want >= 1", fn, bins))
	}
	if !(hi > lo) {
		panic(fmt.Sprintf("metrics: %s: range [%g, %g] is empty", fn, lo, hi))
	}
}

// binIndex maps v to its bin in [0, bins), clamping out-of-range values to the
// edge bins and NaN to bin 0.
func binIndex(v, lo, hi float64, bins int) int {
	if math.IsNaN(v) || v <= lo {
		return 0
	}
	if v >= hi {
		return bins - 1
	}
	i := int((v - lo) / (hi - lo) * float64(bins))
	if i >= bins { // rounding just below hi
		return bins - 1
	}
	return i
}

func normalise(h []float64, n int) {
	if n == 0 {
		return
	}
	for i := range h {
		h[i] /= float64(n)
	}
}
