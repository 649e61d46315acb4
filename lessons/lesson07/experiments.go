package lesson07

import (
	"fmt"
	"image"
	"math"
	"strings"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/ganlite/plots"
	"github.com/ganlite/ganlite/lessons/check"
)

// Sweep runs base once for every learning rate (both players) × Adam β1,
// row by row (one row per learning rate), with one progress line over all
// runs.
func Sweep(base Config, lrs, betas []float64) []*Result {
	p := check.NewProgress(len(lrs)*len(betas)*base.Steps, 0)
	done := 0
	var rs []*Result
	for _, lr := range lrs {
		for _, b1 := range betas {
			c := base
			c.LRG, c.LRD, c.Beta1 = lr, lr, b1
			r := c.Run(func(s ganlite.StepStats) {
				p.Updatef(done+s.Step, "lr %g  β1 %g", lr, b1)
			})
			done += base.Steps
			rs = append(rs, r)
		}
	}
	p.Done()
	return rs
}

// SweepFigure draws the runs of Sweep as small multiples, cols per row: each
// a scatter of 500 of its final fakes over the real ring, titled with its
// settings and Outcome.
func SweepFigure(rs []*Result, cols int) image.Image {
	real := mat.NewDense(500, 2, nil)
	SoftRing().Sample(real, check.NewRand(71))
	var imgs []image.Image
	var titles []string
	for _, r := range rs {
		fake := mat.DenseCopyOf(r.Fake.Slice(0, 500, 0, 2))
		clip(fake, 3)
		imgs = append(imgs, plots.Scatter2D(real, fake, ""))
		titles = append(titles, fmt.Sprintf("lr %g, β1 %g: %s", r.Config.LRG, r.Config.Beta1, r.Outcome()))
	}
	return plots.SmallMultiples(imgs, titles, cols)
}

// clip keeps the numbers of m in [−lim, lim] (NaN becomes lim), so that a
// diverged run still draws.
func clip(m *mat.Dense, lim float64) {
	d := m.RawMatrix().Data
	for i, v := range d {
		switch {
		case math.IsNaN(v) || v > lim:
			d[i] = lim
		case v < -lim:
			d[i] = -lim
		}
	}
}

// Pair runs two configurations (e.g. a baseline and a variant) with one
// progress line.
func Pair(a, b Config) (ra, rb *Result) {
	p := check.NewProgress(a.Steps+b.Steps, 0)
	ra = a.Run(func(s ganlite.StepStats) { p.Updatef(s.Step, "first run   D loss %.3f", s.D.Loss) })
	rb = b.Run(func(s ganlite.StepStats) { p.Updatef(a.Steps+s.Step, "second run  D loss %.3f", s.D.Loss) })
	p.Done()
	return ra, rb
}

// Mean returns the mean of xs[from:to] (indices clipped to xs).
func Mean(xs []float64, from, to int) float64 {
	if to > len(xs) {
		to = len(xs)
	}
	if from < 0 {
		from = 0
	}
	if from >= to {
		return math.NaN()
	}
	s := 0.0
	for _, x := range xs[from:to] {
		s += x
	}
	return s / float64(to-from)
}

// Smooth returns a moving average of xs over windows of 2·half+1 steps,
// for readable curves.
func Smooth(xs []float64, half int) []float64 { return plots.Smooth(xs, half) }

// Table is the result of CompareLabels: runs per label over seeds.
type Table struct {
	Labels []float64   // RealLabel per row
	Runs   [][]*Result // Runs[i][s]: row i, seed s+1
}

// CompareLabels runs base for seeds 1…seeds with each real label (e.g. 1
// and 0.9), with one progress line.
func CompareLabels(base Config, labels []float64, seeds int) *Table {
	t := &Table{Labels: labels}
	p := check.NewProgress(len(labels)*seeds*base.Steps, 0)
	done := 0
	for _, l := range labels {
		var row []*Result
		for s := 1; s <= seeds; s++ {
			c := base
			c.RealLabel, c.Seed = l, uint64(s)
			row = append(row, c.Run(func(st ganlite.StepStats) {
				p.Updatef(done+st.Step, "real label %g, seed %d of %d", l, s, seeds)
			}))
			done += base.Steps
		}
		t.Runs = append(t.Runs, row)
	}
	p.Done()
	return t
}

// meanSE returns the mean and standard error (sample sd / √n) of xs.
func meanSE(xs []float64) (float64, float64) {
	n := float64(len(xs))
	m, _ := meanSD(xs)
	if n < 2 {
		return m, 0
	}
	ss := 0.0
	for _, x := range xs {
		ss += (x - m) * (x - m)
	}
	return m, math.Sqrt(ss/(n-1)) / math.Sqrt(n)
}

// Column returns f of every run of row i.
func (t *Table) Column(i int, f func(r *Result) float64) []float64 {
	var xs []float64
	for _, r := range t.Runs[i] {
		xs = append(xs, f(r))
	}
	return xs
}

// Captured is a column function: modes captured.
func Captured(r *Result) float64 { return float64(r.Modes.Captured) }

// FinalDFake is a column function: mean D(G(z)) over the last quarter of training.
func FinalDFake(r *Result) float64 {
	n := len(r.History.DFake)
	return Mean(r.History.DFake, n-n/4, n)
}

// GLossSD is a column function: the standard deviation of G's loss over
// the second half of training, a measure of how much the game still swings.
func GLossSD(r *Result) float64 {
	n := len(r.History.GLoss)
	_, sd := meanSD(r.History.GLoss[n/2:])
	return sd
}

// MeanCaptured returns the mean modes captured of row i.
func (t *Table) MeanCaptured(i int) float64 {
	m, _ := meanSE(t.Column(i, Captured))
	return m
}

// String prints mean ± standard error over seeds per row: modes captured,
// high-quality share, late D(x), late D(G(z)) and the spread of G's loss.
func (t *Table) String() string {
	var b strings.Builder
	if len(t.Runs) == 0 {
		return ""
	}
	c := t.Runs[0][0].Config
	fmt.Fprintf(&b, "soft ring, %d seeds × %d steps (lr G %g, D %g, K %d); mean ± standard error\n",
		len(t.Runs[0]), c.Steps, c.LRG, c.LRD, c.K)
	fmt.Fprintf(&b, "%-11s  %-14s  %-14s  %-13s  %-13s  %s\n", "real label", "modes", "high quality", "late D(x)", "late D(G(z))", "sd of G loss")
	for i, l := range t.Labels {
		f := func(g func(r *Result) float64, format string) string {
			m, se := meanSE(t.Column(i, g))
			return fmt.Sprintf(format, m, se)
		}
		fmt.Fprintf(&b, "%-11g  %-14s  %-14s  %-13s  %-13s  %s\n", l,
			f(Captured, "%.1f ± %.1f"),
			f(func(r *Result) float64 { return 100 * r.Modes.HQShare }, "%.0f%% ± %.0f%%"),
			f(func(r *Result) float64 {
				n := len(r.History.DReal)
				return Mean(r.History.DReal, n-n/4, n)
			}, "%.2f ± %.2f"),
			f(FinalDFake, "%.2f ± %.2f"),
			f(GLossSD, "%.2f ± %.2f"))
	}
	return b.String()
}

// Budgets of the notebook's experiments (steps per run) and seeds.
const (
	SweepSteps  = 400
	OverSteps   = 600
	SmoothSteps = 600
	Seeds       = 5
)
