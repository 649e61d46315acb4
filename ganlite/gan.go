package ganlite

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
)

// Sampler is a source of real data. Sample fills every row of dst with one
// sample, drawing any randomness from rnd.
type Sampler interface {
	Sample(dst *mat.Dense, rnd *rand.Rand)
}

// GLossKind selects the generator's loss.
type GLossKind int

const (
	// NonSaturating: G minimises -log D(G(z)) (Goodfellow et al. 2014, §3).
	// The default, because it keeps G's gradient strong early in training.
	NonSaturating GLossKind = iota
	// Saturating: G minimises log(1 - D(G(z))), the minimax game of Eq. 1.
	Saturating
)

// String returns "NonSaturating" or "Saturating".
func (k GLossKind) String() string {
	switch k {
	case NonSaturating:
		return "NonSaturating"
	case Saturating:
		return "Saturating"
	}
	return fmt.Sprintf("GLossKind(%d)", int(k))
}

// GAN is a generator G, which maps noise z to fake samples, and a
// discriminator D, which outputs one logit per sample: its belief that the
// sample is real. Training alternates two explicit steps (Goodfellow et al.
// 2014, Algorithm 1): DStep teaches D to tell real from fake, and GStep
// teaches G to fool D.
type GAN struct {
	G         *Sequential // generator: noise z (ZDim wide) → fake sample
	D         *Sequential // discriminator: sample → one logit (real if > 0)
	OptG      Optimizer   // updates G in GStep
	OptD      Optimizer   // updates D in DStep
	ZDim      int         // noise size, = G.InDim()
	K         int         // D steps per G step in Step (default 1)
	Loss      GLossKind   // generator loss form (default NonSaturating)
	RealLabel float64     // D's target for real samples (default 1; 0.9 = one-sided label smoothing)
	Rnd       *rand.Rand  // source of noise, shuffles and (in Step) real batches

	steps int // Steps done so far, for StepStats.Step

	// Reusable buffers, so that a steady-state Step allocates nothing.
	zD, zG       *mat.Dense // noise for the D and G steps
	both         *mat.Dense // real and fake rows, shuffled together
	labels       []float64  // D's targets for the rows of both
	perm         []int      // the shuffle: row i of both is source row perm[i]
	dGrad, gGrad *mat.Dense // dLoss/dLogits in the D and G steps
	real         *mat.Dense // real batch for Step
}

// DStats reports one discriminator step.
type DStats struct {
	Loss     float64 // BCE of D on the real and fake rows
	DReal    float64 // mean D(x) over real rows, a probability
	DFake    float64 // mean D(G(z)) over fake rows, a probability
	GradNorm float64 // L2 norm of D's gradients
}

// GStats reports one generator step.
type GStats struct {
	Loss     float64 // generator loss (NonSaturating or Saturating form)
	DFake    float64 // mean D(G(z)) before G's update, a probability
	GradNorm float64 // L2 norm of G's gradients
}

// StepStats reports one Step: K discriminator steps (averaged) and one
// generator step. Step counts the GAN's Steps, starting at 1.
type StepStats struct {
	Step int    // number of this Step, counting from 1 over the GAN's life
	D    DStats // discriminator statistics, averaged over the K D steps
	G    GStats // generator statistics
}

// StepFunc is called by Train after every step, e.g. to print progress or
// keep snapshots. It is a plain function type, usable from gophernotes.
type StepFunc func(s StepStats)

// NewGAN returns a GAN with ZDim = g.InDim(), K = 1, the non-saturating
// generator loss and real label 1.
func NewGAN(g, d *Sequential, optG, optD Optimizer, rnd *rand.Rand) *GAN {
	gan := &GAN{G: g, D: d, OptG: optG, OptD: optD, K: 1, Loss: NonSaturating, RealLabel: 1, Rnd: rnd}
	if g != nil { // a nil G is reported by Train, naming the field
		gan.ZDim = g.InDim()
	}
	return gan
}

// SampleZ returns n fresh noise vectors z ~ N(0, I), as an n×ZDim matrix
// the caller owns.
func (g *GAN) SampleZ(n int) *mat.Dense {
	z := mat.NewDense(n, g.ZDim, nil)
	fillNormal(z, g.Rnd)
	return z
}

// Generate returns G(z) as a matrix the caller owns.
func (g *GAN) Generate(z *mat.Dense) *mat.Dense { return g.G.Predict(z) }

// DStep does one discriminator update on the real batch (n rows): it draws
// n fakes G(z) from fresh noise, labels real rows RealLabel and fakes 0,
// shuffles the 2n rows together into one batch, and takes one OptD step
// on the BCE loss. The fakes are detached: no gradient reaches G, and G's
// parameters and gradients are left bit-identical. A NaN or Inf loss or
// gradient is not applied (the weights stay as they were). If D is frozen
// (SetTrainable(false)), DStep only measures: D is not updated and
// GradNorm is 0.
func (g *GAN) DStep(real *mat.Dense) DStats {
	n, c := real.Dims()
	if c != g.D.InDim() {
		panic(fmt.Sprintf("ganlite: GAN.DStep: real batch is %d×%d, want n×%d (D.InDim())", n, c, g.D.InDim()))
	}
	g.zD = reuse(g.zD, n, g.ZDim)
	fillNormal(g.zD, g.Rnd)
	fake := g.G.Forward(g.zD) // detached: G.Backward is never called here
	if _, fc := fake.Dims(); fc != c {
		panic(fmt.Sprintf("ganlite: GAN.DStep: G makes %d×%d fakes but the real batch is %d×%d", n, fc, n, c))
	}

	// Row i of the batch is real row perm[i] if perm[i] < n, else fake row perm[i]-n.
	g.both = reuse(g.both, 2*n, c)
	g.labels = resizeFloats(g.labels, 2*n)
	g.perm = shuffled(g.perm, 2*n, g.Rnd)
	for i, src := range g.perm {
		if src < n {
			copy(g.both.RawRowView(i), real.RawRowView(src))
			g.labels[i] = g.RealLabel
		} else {
			copy(g.both.RawRowView(i), fake.RawRowView(src-n))
			g.labels[i] = 0
		}
	}

	logits := g.D.Forward(g.both)
	checkLogits("GAN.DStep", logits)
	g.dGrad = reuse(g.dGrad, 2*n, 1)
	var s DStats
	s.Loss = BCEWithLogits(g.dGrad, logits, g.labels)
	if g.D.Trainable() {
		g.D.backward(g.dGrad, false)
		s.GradNorm = g.D.GradNorm()
		if finite(s.Loss) && finite(s.GradNorm) {
			g.OptD.Step(g.D.Params())
		}
	}
	for i, src := range g.perm {
		p := Logistic(logits.At(i, 0))
		if src < n {
			s.DReal += p / float64(n)
		} else {
			s.DFake += p / float64(n)
		}
	}
	return s
}

// GStep does one generator update on n fresh fakes: it computes D's logits
// on G(z), the generator loss (g.Loss) on them, and backpropagates through
// a frozen D into G, then takes one OptG step. D's parameters and gradients
// are left bit-identical, and D's trainable flag is restored afterwards.
// A NaN or Inf loss or gradient is not applied. If G is frozen, GStep only
// measures: G is not updated and GradNorm is 0.
func (g *GAN) GStep(n int) GStats {
	if n <= 0 {
		panic(fmt.Sprintf("ganlite: GAN.GStep: n is %d, want n > 0", n))
	}
	g.zG = reuse(g.zG, n, g.ZDim)
	fillNormal(g.zG, g.Rnd)
	fake := g.G.Forward(g.zG)

	defer g.D.SetTrainable(g.D.Trainable())
	g.D.SetTrainable(false)
	logits := g.D.Forward(fake)
	checkLogits("GAN.GStep", logits)
	g.gGrad = reuse(g.gGrad, n, 1)
	var s GStats
	switch g.Loss {
	case NonSaturating:
		s.Loss = GLossNonSaturating(g.gGrad, logits)
	case Saturating:
		s.Loss = GLossSaturating(g.gGrad, logits)
	default:
		panic(fmt.Sprintf("ganlite: GAN.GStep: unknown Loss %v", g.Loss))
	}
	for i := 0; i < n; i++ {
		s.DFake += Logistic(logits.At(i, 0)) / float64(n)
	}
	if g.G.Trainable() {
		dFake := g.D.Backward(g.gGrad) // dL/dG(z); D's gradients untouched
		g.G.backward(dFake, false)
		s.GradNorm = g.G.GradNorm()
		if finite(s.Loss) && finite(s.GradNorm) {
			g.OptG.Step(g.G.Params())
		}
	}
	return s
}

// Step does K discriminator steps, each on a fresh real batch of the given
// size drawn from real, then one generator step on batch fresh fakes.
// The D statistics are averaged over the K steps.
func (g *GAN) Step(real Sampler, batch int) StepStats {
	if g.K < 1 {
		panic(fmt.Sprintf("ganlite: GAN.Step: K is %d, want K ≥ 1", g.K))
	}
	if batch <= 0 {
		panic(fmt.Sprintf("ganlite: GAN.Step: batch is %d, want batch > 0", batch))
	}
	g.real = reuse(g.real, batch, g.D.InDim())
	var d DStats
	k := float64(g.K)
	for i := 0; i < g.K; i++ {
		real.Sample(g.real, g.Rnd)
		s := g.DStep(g.real)
		d.Loss += s.Loss / k
		d.DReal += s.DReal / k
		d.DFake += s.DFake / k
		d.GradNorm += s.GradNorm / k
	}
	gs := g.GStep(batch)
	g.steps++
	return StepStats{Step: g.steps, D: d, G: gs}
}

// Train runs exactly steps Steps, recording each in the returned History
// and calling cb (if not nil) after each. Settings are checked first: an
// invalid setting returns an error naming the field before any work. If a
// loss or gradient norm becomes NaN or Inf, Train stops with an error
// naming that step; the History holds the steps before it. The History is
// never nil.
//
// Bad arguments to NewAdam and NewSGD panic at once; Train checks the
// learning rates again, as an error, because LR fields may be changed later.
func (g *GAN) Train(real Sampler, steps, batch int, cb StepFunc) (*History, error) {
	if err := g.check(real, steps, batch); err != nil {
		return &History{}, err
	}
	h := newHistory(min(steps, 100000)) // room for the usual budgets; more grows as needed
	for i := 0; i < steps; i++ {
		s := g.Step(real, batch)
		if err := checkFinite(s); err != nil {
			return h, err
		}
		h.Add(s)
		if cb != nil {
			cb(s)
		}
	}
	return h, nil
}

// checkFinite returns an error naming the first NaN or Inf statistic of s.
func checkFinite(s StepStats) error {
	vals := [4]float64{s.D.Loss, s.D.GradNorm, s.G.Loss, s.G.GradNorm}
	names := [4]string{"D loss", "D gradient norm", "G loss", "G gradient norm"}
	for i, v := range vals {
		if !finite(v) {
			return fmt.Errorf("ganlite: step %d: %s is %v", s.Step, names[i], v)
		}
	}
	return nil
}

// checkLogits panics unless D gave one logit per row.
func checkLogits(where string, logits *mat.Dense) {
	if r, c := logits.Dims(); c != 1 {
		panic(fmt.Sprintf("ganlite: %s: D's output is %d×%d, want %d×1 (one logit per sample)", where, r, c, r))
	}
}

// finite reports whether v is neither NaN nor ±Inf.
func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// fillNormal fills m with independent standard normal draws from rnd.
func fillNormal(m *mat.Dense, rnd *rand.Rand) {
	r, _ := m.Dims()
	for i := 0; i < r; i++ {
		row := m.RawRowView(i)
		for j := range row {
			row[j] = rnd.NormFloat64()
		}
	}
}

// shuffled returns a uniformly random permutation of 0..n-1 (Fisher–Yates),
// reusing buf.
func shuffled(buf []int, n int, rnd *rand.Rand) []int {
	if cap(buf) < n {
		buf = make([]int, n)
	}
	buf = buf[:n]
	for i := range buf {
		buf[i] = i
	}
	for i := n - 1; i > 0; i-- {
		j := rnd.IntN(i + 1)
		buf[i], buf[j] = buf[j], buf[i]
	}
	return buf
}

// resizeFloats returns a slice of length n, reusing buf when it is big enough.
func resizeFloats(buf []float64, n int) []float64 {
	if cap(buf) < n {
		return make([]float64, n)
	}
	return buf[:n]
}
