package lesson06

import (
	"fmt"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	sol "github.com/ganlite/ganlite/solutions/lesson06"
)

// PacGAN is a GAN whose discriminator judges packs of M samples at once
// (Lin et al. 2018, "PacGAN: The power of two samples in generative
// adversarial networks"). D's input is M·d wide: M real samples side by side
// (label 1) or M fakes side by side (label 0). A generator that makes only a
// few kinds of samples fills its packs with near-duplicates, which real packs
// rarely contain, so a packed D spots collapse that a one-sample D cannot.
// With M = 1 it is the vanilla GAN.
type PacGAN struct {
	G, D       *ganlite.Sequential // G: z → one sample (d wide); D: pack (M·d wide) → one logit
	OptG, OptD ganlite.Optimizer
	M          int        // samples per pack
	ZDim       int        // noise size, = G.InDim()
	Rnd        *rand.Rand // noise and shuffles

	z       *mat.Dense
	labels  []float64
	perm    []int
	dGrad   *mat.Dense
	gGrad   *mat.Dense
	shuffle *mat.Dense
}

// NewPacGAN returns a PacGAN with packs of m samples. d.InDim() must be m
// times g.OutDim().
func NewPacGAN(g, d *ganlite.Sequential, optG, optD ganlite.Optimizer, m int, rnd *rand.Rand) *PacGAN {
	if m < 1 || d.InDim() != m*g.OutDim() {
		panic(fmt.Sprintf("lesson06: NewPacGAN: D takes %d inputs, want m·(G's %d outputs) with m = %d", d.InDim(), g.OutDim(), m))
	}
	return &PacGAN{G: g, D: d, OptG: optG, OptD: optD, M: m, ZDim: g.InDim(), Rnd: rnd}
}

// Generate returns n fresh samples G(z), a matrix the caller owns.
func (p *PacGAN) Generate(n int) *mat.Dense {
	z := mat.NewDense(n, p.ZDim, nil)
	fillNormal(z, p.Rnd)
	return p.G.Predict(z)
}

// DStep does one discriminator update on a real batch (n rows, n a multiple
// of M): n fresh fakes (detached from G) are packed like the reals, the
// n/M real packs (label 1) and n/M fake packs (label 0) are shuffled into
// one batch and D takes one step on the BCE loss. It returns the loss.
func (p *PacGAN) DStep(real *mat.Dense) float64 {
	n, _ := real.Dims()
	p.checkBatch("DStep", n)
	fake := p.fakes(n) // G's output buffer; G.Backward is never called here
	realP, fakeP := sol.Pack(real, p.M), sol.Pack(fake, p.M)
	np, w := realP.Dims()

	p.shuffle = reuse(p.shuffle, 2*np, w)
	if len(p.labels) != 2*np {
		p.labels = make([]float64, 2*np)
		p.perm = make([]int, 2*np)
	}
	for i := range p.perm {
		p.perm[i] = i
	}
	p.Rnd.Shuffle(len(p.perm), func(i, j int) { p.perm[i], p.perm[j] = p.perm[j], p.perm[i] })
	for i, src := range p.perm {
		if src < np {
			copy(p.shuffle.RawRowView(i), realP.RawRowView(src))
			p.labels[i] = 1
		} else {
			copy(p.shuffle.RawRowView(i), fakeP.RawRowView(src-np))
			p.labels[i] = 0
		}
	}
	logits := p.D.Forward(p.shuffle)
	p.dGrad = reuse(p.dGrad, 2*np, 1)
	loss := ganlite.BCEWithLogits(p.dGrad, logits, p.labels)
	p.D.Backward(p.dGrad)
	p.OptD.Step(p.D.Params())
	return loss
}

// GStep does one generator update: n fresh fakes are packed, the frozen D
// scores the packs, and the non-saturating loss −log σ(D(pack)) is
// backpropagated through D into the packs, then unpacked (the inverse
// reshape) into one gradient row per fake and through G. It returns the loss.
func (p *PacGAN) GStep(n int) float64 {
	p.checkBatch("GStep", n)
	p.z = reuse(p.z, n, p.ZDim)
	fillNormal(p.z, p.Rnd)
	fake := p.G.Forward(p.z)
	packed := sol.Pack(fake, p.M)
	np, _ := packed.Dims()

	p.D.SetTrainable(false)
	defer p.D.SetTrainable(true)
	logits := p.D.Forward(packed)
	p.gGrad = reuse(p.gGrad, np, 1)
	loss := ganlite.GLossNonSaturating(p.gGrad, logits)
	dPacked := p.D.Backward(p.gGrad) // np × M·d
	// Unpacking is the same reshape backwards: in row-major order the pack
	// rows hold the samples' numbers in the original order.
	_, d := fake.Dims()
	dFake := mat.NewDense(n, d, append([]float64(nil), dPacked.RawMatrix().Data...))
	p.G.Backward(dFake)
	p.OptG.Step(p.G.Params())
	return loss
}

func (p *PacGAN) fakes(n int) *mat.Dense {
	p.z = reuse(p.z, n, p.ZDim)
	fillNormal(p.z, p.Rnd)
	return p.G.Forward(p.z)
}

func (p *PacGAN) checkBatch(where string, n int) {
	if n <= 0 || n%p.M != 0 {
		panic(fmt.Sprintf("lesson06: PacGAN.%s: batch of %d samples, want a positive multiple of M = %d", where, n, p.M))
	}
}

// reuse returns m if it is r×c, else a new r×c matrix.
func reuse(m *mat.Dense, r, c int) *mat.Dense {
	if m != nil {
		if mr, mc := m.Dims(); mr == r && mc == c {
			return m
		}
	}
	return mat.NewDense(r, c, nil)
}

// fillNormal fills z with standard normal draws.
func fillNormal(z *mat.Dense, rnd *rand.Rand) {
	data := z.RawMatrix().Data
	for i := range data {
		data[i] = rnd.NormFloat64()
	}
}
