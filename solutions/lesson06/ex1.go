package lesson06

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

// CapturedModes counts the modes a batch of samples (one per row) covers,
// with the definition of VEEGAN and PacGAN (Srivastava et al. 2017 §5.1,
// Lin et al. 2018 §5): each sample belongs to its nearest mode; it is high
// quality when it lies within 3·sigma of that mode; a mode is captured when
// at least one high-quality sample belongs to it.
func CapturedModes(samples *mat.Dense, modes [][]float64, sigma float64) int {
	n, _ := samples.Dims()
	hit := make([]bool, len(modes)) // hit[k]: mode k has a high-quality sample
	for i := 0; i < n; i++ {
		x := samples.RawRowView(i)
		// The nearest mode: smallest Euclidean distance.
		best, bestDist := 0, math.Inf(1)
		for k, m := range modes {
			d2 := 0.0
			for j := range x {
				d2 += (x[j] - m[j]) * (x[j] - m[j])
			}
			if d := math.Sqrt(d2); d < bestDist {
				best, bestDist = k, d
			}
		}
		// Only high-quality samples count.
		if bestDist <= 3*sigma {
			hit[best] = true
		}
	}
	captured := 0
	for _, h := range hit {
		if h {
			captured++
		}
	}
	return captured
}
