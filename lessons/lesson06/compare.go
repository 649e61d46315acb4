package lesson06

import (
	"fmt"
	"math"
	"strings"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite/metrics"
	"github.com/ganlite/ganlite/lessons/check"
)

// Row is one method's results over several seeds.
type Row struct {
	Method string
	Runs   []metrics.ModeStats // one per seed
	First  *mat.Dense          // the evaluation samples of the first seed, for pictures
}

// Table compares methods on one Setup, seed by seed.
type Table struct {
	Setup Setup
	Rows  []Row
}

// Compare trains, for each seed 1…seeds, the vanilla GAN of s and PacGAN
// with packs of m, evaluates each on metrics.EvalSamples samples and returns
// the table. A progress line counts the training steps of all runs.
func Compare(s Setup, m, seeds int) *Table {
	t := &Table{Setup: s, Rows: []Row{{Method: "vanilla GAN"}, {Method: fmt.Sprintf("PacGAN (m = %d)", m)}}}
	p := check.NewProgress(2*seeds*s.Steps, 0)
	done := 0
	report := func(method string, seed int) StepFunc {
		return func(step int) {
			p.Updatef(done+step, "%s, seed %d of %d", method, seed, seeds)
		}
	}
	for seed := 1; seed <= seeds; seed++ {
		x := s.trainVanilla(uint64(seed), report("vanilla", seed))
		t.Rows[0].add(s, x)
		done += s.Steps
		x = s.trainPac(m, uint64(seed), report("PacGAN", seed))
		t.Rows[1].add(s, x)
		done += s.Steps
	}
	p.Done()
	return t
}

// add records the evaluation of one seed's samples.
func (r *Row) add(s Setup, samples *mat.Dense) {
	r.Runs = append(r.Runs, s.Evaluate(samples))
	if r.First == nil {
		r.First = samples
	}
}

// StepFunc is called after each training step with the step number.
type StepFunc func(step int)

// MeanSE returns the mean and the standard error of the mean (sample
// standard deviation / √n) of xs.
func MeanSE(xs []float64) (mean, se float64) {
	n := float64(len(xs))
	if n == 0 {
		return math.NaN(), math.NaN()
	}
	for _, x := range xs {
		mean += x / n
	}
	if n < 2 {
		return mean, 0
	}
	ss := 0.0
	for _, x := range xs {
		ss += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(ss/(n-1)) / math.Sqrt(n)
}

// Captured returns the modes captured by each run of row i.
func (t *Table) Captured(i int) []float64 {
	var xs []float64
	for _, r := range t.Rows[i].Runs {
		xs = append(xs, float64(r.Captured))
	}
	return xs
}

// MeanCaptured returns the mean number of modes captured by row i.
func (t *Table) MeanCaptured(i int) float64 {
	m, _ := MeanSE(t.Captured(i))
	return m
}

// String prints the table: per method, mean ± standard error over the
// seeds of modes captured, high-quality share and reverse KL, then the
// captured count of every seed.
func (t *Table) String() string {
	var b strings.Builder
	n := 0
	if len(t.Rows) > 0 {
		n = len(t.Rows[0].Runs)
	}
	fmt.Fprintf(&b, "%s: %d seeds × %d steps, %d samples per run; mean ± standard error\n",
		t.Setup.Name, n, t.Setup.Steps, metrics.EvalSamples)
	fmt.Fprintf(&b, "%-16s  %-16s  %-16s  %-14s  %s\n", "method", "modes captured", "high quality", "reverse KL", "modes per seed")
	for i, row := range t.Rows {
		var hq, kl []float64
		var per []string
		for _, r := range row.Runs {
			hq = append(hq, 100*r.HQShare)
			kl = append(kl, r.ReverseKL)
			per = append(per, fmt.Sprint(r.Captured))
		}
		cm, cs := MeanSE(t.Captured(i))
		hm, hs := MeanSE(hq)
		km, ks := MeanSE(kl)
		total := 0
		if len(row.Runs) > 0 {
			total = row.Runs[0].Total
		}
		fmt.Fprintf(&b, "%-16s  %-16s  %-16s  %-14s  %s\n", row.Method,
			fmt.Sprintf("%.1f ± %.1f / %d", cm, cs, total),
			fmt.Sprintf("%.1f%% ± %.1f%%", hm, hs),
			fmt.Sprintf("%.2f ± %.2f", km, ks),
			strings.Join(per, " "))
	}
	return b.String()
}

// trainVanilla trains the vanilla GAN of s and returns metrics.EvalSamples samples.
func (s Setup) trainVanilla(seed uint64, cb StepFunc) *mat.Dense {
	gan := s.NewGAN(seed)
	for i := 1; i <= s.Steps; i++ {
		gan.Step(s.Data, s.Batch)
		if cb != nil {
			cb(i)
		}
	}
	return gan.Generate(gan.SampleZ(metrics.EvalSamples))
}

// trainPac trains the PacGAN of s with packs of m and returns
// metrics.EvalSamples samples.
func (s Setup) trainPac(m int, seed uint64, cb StepFunc) *mat.Dense {
	p := s.NewPacGAN(m, seed)
	real := mat.NewDense(s.Batch, 2, nil)
	for i := 1; i <= s.Steps; i++ {
		s.Data.Sample(real, p.Rnd)
		p.DStep(real)
		p.GStep(s.Batch)
		if cb != nil {
			cb(i)
		}
	}
	return p.Generate(metrics.EvalSamples)
}

// Seeds is how many seeds the notebook's comparison runs per method.
const Seeds = 5

// PackSize is the pack size m of the notebook's PacGAN.
const PackSize = 2
