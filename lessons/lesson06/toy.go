package lesson06

import (
	"fmt"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/ganlite/data"
	"github.com/ganlite/ganlite/ganlite/metrics"
	"github.com/ganlite/ganlite/ganlite/plots"
	"github.com/ganlite/ganlite/lessons/check"
)

// Setup is one toy experiment: the data, the networks' size and the
// training budget. The same Setup trains the vanilla GAN and PacGAN, so
// packing is the only difference.
type Setup struct {
	Name   string          // shown in tables and titles
	Data   *data.Mixture2D // the real distribution
	ZDim   int             // noise size
	Hidden int             // units in each of G's and D's two hidden layers
	Steps  int             // training steps (one D step, then one G step)
	Batch  int             // samples per batch (real and fake alike)
	LRG    float64         // Adam learning rate of G
	LRD    float64         // Adam learning rate of D
	Beta1  float64         // Adam β1 for both players
	View   float64         // plots show [−View, View]²
}

// Grid is the grid of 25 Gaussians with the same networks and optimisers
// as Ring.
var Grid = Setup{Name: "grid of 25", Data: data.NewGrid(), ZDim: 2, Hidden: 64,
	Steps: 1500, Batch: 128, LRG: 1e-3, LRD: 1e-4, Beta1: 0.5, View: 5.5}

// Ring is the ring of 8 Gaussians with small MLPs (two hidden layers of 64),
// batch 128, Adam β1 0.5 and a forger that learns ten times faster than the
// detective (G 1e-3, D 1e-4, close to the 2D experiments of Metz et al. 2017),
// in which the vanilla GAN hops between modes.
var Ring = Setup{Name: "ring of 8", Data: data.NewRing(), ZDim: 2, Hidden: 64,
	Steps: 1500, Batch: 128, LRG: 1e-3, LRD: 1e-4, Beta1: 0.5, View: 1.5}

// WithSteps returns a copy of s with another step budget.
func (s Setup) WithSteps(steps int) Setup {
	s.Steps = steps
	return s
}

// nets builds G (ZDim → Hidden → Hidden → 2, ReLU) and D (m·2 → Hidden →
// Hidden → 1 logit, LeakyReLU) from one seed.
func (s Setup) nets(m int, seed uint64) (g, d *ganlite.Sequential) {
	rnd := rand.New(rand.NewPCG(seed, 6))
	g = ganlite.NewMLP(rnd, []int{s.ZDim, s.Hidden, s.Hidden, 2}, "relu", "")
	d = ganlite.NewMLP(rnd, []int{m * 2, s.Hidden, s.Hidden, 1}, "leakyrelu", "")
	return g, d
}

// NewGAN returns the vanilla GAN of s (the library's ganlite.GAN), seeded.
func (s Setup) NewGAN(seed uint64) *ganlite.GAN {
	g, d := s.nets(1, seed)
	return ganlite.NewGAN(g, d, ganlite.NewAdam(s.LRG, s.Beta1, 0.999), ganlite.NewAdam(s.LRD, s.Beta1, 0.999),
		rand.New(rand.NewPCG(seed, 66)))
}

// NewPacGAN returns the PacGAN of s with packs of m, seeded like NewGAN.
func (s Setup) NewPacGAN(m int, seed uint64) *PacGAN {
	g, d := s.nets(m, seed)
	return NewPacGAN(g, d, ganlite.NewAdam(s.LRG, s.Beta1, 0.999), ganlite.NewAdam(s.LRD, s.Beta1, 0.999),
		m, rand.New(rand.NewPCG(seed, 66)))
}

// Evaluate draws metrics.EvalSamples samples from gen and measures them
// against the modes of s.Data.
func (s Setup) Evaluate(samples *mat.Dense) metrics.ModeStats {
	return metrics.Modes(samples, s.Data.Modes(), s.Data.Sigma)
}

// Watch trains the vanilla GAN of s for s.Steps steps with a progress line
// and returns a GAN Lab style panel (D's heat map, real and fake samples,
// G's gradient arrows) before training if at holds 0 and after each step
// listed in at.
func (s Setup) Watch(seed uint64, at []int) []plots.Field2DData {
	gan := s.NewGAN(seed)
	snap := map[int]bool{}
	for _, a := range at {
		snap[a] = true
	}
	evalRnd := rand.New(rand.NewPCG(seed, 7))
	realRnd := rand.New(rand.NewPCG(seed, 8))
	var panels []plots.Field2DData
	take := func(step int) {
		real := mat.NewDense(500, 2, nil)
		s.Data.Sample(real, realRnd)
		z := mat.NewDense(500, s.ZDim, nil)
		fillNormal(z, evalRnd)
		fake := gan.Generate(z)
		st := s.Evaluate(fake)
		panels = append(panels, plots.Field2DData{
			Title: fmt.Sprintf("step %d: %d/%d modes", step, st.Captured, st.Total),
			D:     plots.EvalGrid(-s.View, s.View, -s.View, s.View, 60, plots.DProb(gan.D)),
			Real:  real,
			Fake:  fake,
			Grad:  plots.GeneratorGradients(gan.D, fake, ganlite.NonSaturating),
		})
	}
	if snap[0] {
		take(0)
	}
	p := check.NewProgress(s.Steps, 0)
	for i := 1; i <= s.Steps; i++ {
		st := gan.Step(s.Data, s.Batch)
		if snap[i] {
			take(i)
		}
		p.Updatef(i, "D loss %.3f  G loss %.3f  D(x) %.2f  D(G(z)) %.2f", st.D.Loss, st.G.Loss, st.D.DReal, st.D.DFake)
	}
	p.Done()
	return panels
}

// TrainVanilla trains the vanilla GAN of s from seed for s.Steps steps
// (no output) and returns the mode statistics of metrics.EvalSamples samples.
func (s Setup) TrainVanilla(seed uint64) metrics.ModeStats {
	return s.Evaluate(s.trainVanilla(seed, nil))
}

// TrainPac trains the PacGAN of s with packs of m from seed for s.Steps
// steps (no output) and returns the mode statistics like TrainVanilla.
func (s Setup) TrainPac(m int, seed uint64) metrics.ModeStats {
	return s.Evaluate(s.trainPac(m, seed, nil))
}
