package metrics

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// CoverShare is the share of samples a digit needs to count as covered in
// DigitStats: at least 1% of them (and at least one sample).
const CoverShare = 0.01

// DigitStats describes which digits a batch of generated images shows,
// as judged by the classifier.
type DigitStats struct {
	Hist        []int   // Hist[d] = images predicted as digit d (length 10)
	Covered     int     // digits predicted for at least CoverShare of the images, out of 10
	KLToUniform float64 // KL(label histogram ‖ uniform) in nats: 0 = balanced, ln 10 ≈ 2.30 = one digit only
}

// String formats the statistics, e.g. "digits 10/10  KL to uniform 0.012  hist [98 103 ...]".
func (s DigitStats) String() string {
	return fmt.Sprintf("digits %d/10  KL to uniform %.3f  hist %v", s.Covered, s.KLToUniform, s.Hist)
}

// Digits classifies every image (rows of x, n×784, pixels in [-1, 1]) and
// returns the label histogram, the number of digits covered (see CoverShare)
// and the histogram's KL divergence to the uniform distribution,
// Σ_d q_d ln(q_d / 0.1) over digits with q_d > 0 (empty digits contribute 0,
// as for ModeStats.ReverseKL). With no images, KLToUniform is 0 and nothing is covered.
func Digits(c *Clf, x *mat.Dense) DigitStats {
	pred := c.Predict(x)
	s := DigitStats{Hist: make([]int, 10)}
	for _, p := range pred {
		s.Hist[p]++
	}
	n := float64(len(pred))
	if n == 0 {
		return s
	}
	for _, h := range s.Hist {
		q := float64(h) / n
		if h > 0 && q >= CoverShare {
			s.Covered++
		}
		if h > 0 {
			s.KLToUniform += q * math.Log(q/0.1)
		}
	}
	return s
}
