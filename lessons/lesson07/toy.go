package lesson07

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/ganlite/data"
	"github.com/ganlite/ganlite/ganlite/metrics"
)

// SoftRing is the ring of 8 with wider blobs (σ = 0.05 instead of 0.01), so
// that short runs can already place samples within 3σ of a mode.
func SoftRing() *data.Mixture2D {
	return &data.Mixture2D{Means: data.NewRing().Means, Sigma: 0.05}
}

// Config is one short 2D training run on SoftRing.
type Config struct {
	Steps     int     // training steps
	Batch     int     // samples per batch
	LRG, LRD  float64 // Adam learning rates of G and D
	Beta1     float64 // Adam β1 of both
	K         int     // D steps per G step
	RealLabel float64 // D's target for real samples (1, or 0.9 to smooth)
	Hidden    int     // units in each of the two hidden layers of G and D
	Seed      uint64
	GLoss     ganlite.GLossKind
}

// DefaultConfig is the base setting of the lesson's 2D runs: small MLPs,
// batch 128, Adam 1e-3 / β1 0.5 for both players, 600 steps.
func DefaultConfig() Config {
	return Config{Steps: 600, Batch: 128, LRG: 1e-3, LRD: 1e-3, Beta1: 0.5, K: 1, RealLabel: 1, Hidden: 64, Seed: 1}
}

// NewGAN builds the GAN of c: G 2 → Hidden → Hidden → 2 (ReLU), D 2 →
// Hidden → Hidden → 1 logit (LeakyReLU).
func (c Config) NewGAN() *ganlite.GAN {
	rnd := rand.New(rand.NewPCG(c.Seed, 7))
	g := ganlite.NewMLP(rnd, []int{2, c.Hidden, c.Hidden, 2}, "relu", "")
	d := ganlite.NewMLP(rnd, []int{2, c.Hidden, c.Hidden, 1}, "leakyrelu", "")
	gan := ganlite.NewGAN(g, d, ganlite.NewAdam(c.LRG, c.Beta1, 0.999), ganlite.NewAdam(c.LRD, c.Beta1, 0.999), rnd)
	gan.K = c.K
	gan.RealLabel = c.RealLabel
	gan.Loss = c.GLoss
	return gan
}

// Result is what a run leaves: its History, the final fakes, their mode
// statistics and a one-word verdict.
type Result struct {
	Config  Config
	History *ganlite.History
	Fake    *mat.Dense        // metrics.EvalSamples samples of the final G
	Modes   metrics.ModeStats // of Fake on SoftRing
	Err     error             // non-nil when training hit NaN/Inf
}

// Run trains c on SoftRing and evaluates it; cb (may be nil) is called
// after every step.
func (c Config) Run(cb ganlite.StepFunc) *Result {
	gan := c.NewGAN()
	ring := SoftRing()
	h, err := gan.Train(ring, c.Steps, c.Batch, cb)
	r := &Result{Config: c, History: h, Err: err}
	r.Fake = gan.Generate(gan.SampleZ(metrics.EvalSamples))
	if finiteDense(r.Fake) {
		r.Modes = metrics.Modes(r.Fake, ring.Modes(), ring.Sigma)
	} else {
		r.Modes = metrics.ModeStats{Total: len(ring.Means), ReverseKL: math.Log(float64(len(ring.Means)))}
	}
	return r
}

// Outcome is a short verdict: "diverged" when training hit NaN/Inf or the
// fakes flew off (beyond radius 10), else "k/8 modes, HQ h%" (modes
// captured and high-quality share), followed by
// ", oscillating" when D's belief on real data still swings late in
// training (standard deviation of D(x) over the last quarter of the steps
// above OscillationThreshold).
func (r *Result) Outcome() string {
	if r.Err != nil || !finiteDense(r.Fake) || maxAbs(r.Fake) > 10 {
		return "diverged"
	}
	s := fmt.Sprintf("%d/%d modes, HQ %.0f%%", r.Modes.Captured, r.Modes.Total, 100*r.Modes.HQShare)
	if r.LateSwing() > OscillationThreshold {
		s += ", oscillating"
	}
	return s
}

// OscillationThreshold is the late standard deviation of D(x) above which
// Outcome calls a run oscillating.
const OscillationThreshold = 0.05

// LateSwing returns the standard deviation of D(x) over the last quarter
// of the run's steps.
func (r *Result) LateSwing() float64 {
	xs := r.History.DReal
	if len(xs) < 4 {
		return 0
	}
	_, sd := meanSD(xs[len(xs)-len(xs)/4:])
	return sd
}

func meanSD(xs []float64) (mean, sd float64) {
	n := float64(len(xs))
	for _, x := range xs {
		mean += x / n
	}
	for _, x := range xs {
		sd += (x - mean) * (x - mean) / n
	}
	return mean, math.Sqrt(sd)
}

func finiteDense(m *mat.Dense) bool {
	for _, v := range m.RawMatrix().Data {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}

func maxAbs(m *mat.Dense) float64 {
	a := 0.0
	for _, v := range m.RawMatrix().Data {
		a = math.Max(a, math.Abs(v))
	}
	return a
}
