package metrics

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// EvalSamples is the number of generated samples the standard 2D mode
// evaluation uses (Srivastava et al. 2017, VEEGAN §5.1; Lin et al. 2018, PacGAN §5).
const EvalSamples = 2500

// ModeStats summarises how a batch of 2D samples covers a Gaussian mixture.
type ModeStats struct {
	Captured  int     // modes that are the nearest mode of at least one high-quality sample
	Total     int     // number of modes in the mixture
	HQShare   float64 // share of samples within 3σ of their nearest mode, in [0, 1]
	ReverseKL float64 // KL(Q‖P): Q = mode histogram of high-quality samples, P = uniform over modes
	Counts    []int   // Counts[k] = high-quality samples whose nearest mode is k
}

// String formats the statistics on one line, e.g. "modes 8/8  HQ 93.1%  reverse KL 0.012".
func (s ModeStats) String() string {
	return fmt.Sprintf("modes %d/%d  HQ %.1f%%  reverse KL %.3f", s.Captured, s.Total, 100*s.HQShare, s.ReverseKL)
}

// Modes measures mode coverage with the VEEGAN/PacGAN definitions:
//
//   - each sample (a row of samples) is assigned to its nearest mode (Euclidean distance);
//   - it is high quality when that distance is at most 3·sigma;
//   - a mode is captured when it is the nearest mode of at least one high-quality sample;
//   - ReverseKL = Σ_k Q_k·ln(Q_k/P_k), where Q is the histogram of the high-quality
//     samples' modes (normalised) and P_k = 1/K is the uniform real histogram.
//     Empty bins (Q_k = 0) contribute 0 (the limit q·ln q → 0), as in PacGAN (Lin et al. 2018, §5).
//     It is 0 when every mode holds the same share and ln K when all mass sits on one mode.
//     When no sample is high quality, Q is undefined; ReverseKL is then ln K, the value of a
//     complete collapse, so averages over seeds stay finite.
//
// modes holds the mixture means (each of the samples' width; usually 2); sigma is the
// mixture's standard deviation. Use EvalSamples samples for numbers comparable to the papers.
// Panics when the shapes disagree, modes is empty or sigma is not positive.
func Modes(samples *mat.Dense, modes [][]float64, sigma float64) ModeStats {
	n, d := samples.Dims()
	if len(modes) == 0 {
		panic("metrics: Modes: no modes given")
	}
	if !(sigma > 0) {
		panic(fmt.Sprintf("metrics: Modes: sigma is %g, want > 0", sigma))
	}
	for k, m := range modes {
		if len(m) != d {
			panic(fmt.Sprintf("metrics: Modes: samples are %d×%d but mode %d has %d coordinates", n, d, k, len(m)))
		}
	}
	K := len(modes)
	counts := make([]int, K)
	hq := 0
	limit := 3 * sigma
	for i := 0; i < n; i++ {
		row := samples.RawRowView(i)
		best, bestD2 := 0, math.Inf(1)
		for k, m := range modes {
			d2 := 0.0
			for j, v := range row {
				diff := v - m[j]
				d2 += diff * diff
			}
			if d2 < bestD2 {
				best, bestD2 = k, d2
			}
		}
		if math.Sqrt(bestD2) <= limit {
			counts[best]++
			hq++
		}
	}
	s := ModeStats{Total: K, Counts: counts, ReverseKL: math.Log(float64(K))}
	if n > 0 {
		s.HQShare = float64(hq) / float64(n)
	}
	for _, c := range counts {
		if c > 0 {
			s.Captured++
		}
	}
	if hq > 0 {
		kl := 0.0
		p := 1 / float64(K)
		for _, c := range counts {
			if c > 0 {
				q := float64(c) / float64(hq)
				kl += q * math.Log(q/p)
			}
		}
		s.ReverseKL = kl
	}
	return s
}
