package lesson07

import (
	"math/rand/v2"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/ganlite/data"
)

// Data1D is the 1D target of the vanishing-gradient experiment.
var Data1D = data.Gaussian1D{Mean: 4, Std: 0.5}

// Vanishing is the start of a 1D GAN after D has been trained alone for a
// few steps, until it rejects the young G's fakes with confidence.
type Vanishing struct {
	GAN    *ganlite.GAN // G untrained, D pretrained
	DSteps int          // D steps taken before G's first step
	DFake  float64      // mean D(G(z)) after pretraining
	DReal  float64      // mean D(x) on real data after pretraining
}

// PretrainD builds a 1D GAN (G 1 → 16 → 16 → 1, D 1 → 32 → 32 → 1; Adam
// 1e-3, β1 0.5), and trains only D for dSteps steps (batch 128) on Data1D.
func PretrainD(dSteps int, seed uint64) *Vanishing {
	rnd := rand.New(rand.NewPCG(seed, 70))
	g := ganlite.NewMLP(rnd, []int{1, 16, 16, 1}, "leakyrelu", "")
	d := ganlite.NewMLP(rnd, []int{1, 32, 32, 1}, "leakyrelu", "")
	gan := ganlite.NewGAN(g, d, ganlite.NewAdam(1e-3, 0.5, 0.999), ganlite.NewAdam(1e-3, 0.5, 0.999), rnd)
	v := &Vanishing{GAN: gan, DSteps: dSteps}
	real := gan.SampleZ(128) // reused as the real batch buffer (128×1)
	for i := 0; i < dSteps; i++ {
		Data1D.Sample(real, rnd)
		s := gan.DStep(real)
		v.DFake, v.DReal = s.DFake, s.DReal
	}
	return v
}

// GGradNorm returns the L2 norm of G's gradient for one generator step of
// n fakes with the given loss, on a copy of the GAN (the GAN itself is
// left as it is), with a fixed noise seed so both losses see the same fakes.
func (v *Vanishing) GGradNorm(loss ganlite.GLossKind, n int) float64 {
	gan := ganlite.NewGAN(v.GAN.G.Clone(), v.GAN.D.Clone(), ganlite.NewSGD(1e-12, 0), ganlite.NewSGD(1e-12, 0),
		rand.New(rand.NewPCG(9, 9)))
	gan.Loss = loss
	return gan.GStep(n).GradNorm
}

// TrainFrom trains copies of the pretrained GAN for steps steps (batch
// 128) with the given generator loss and returns the mean of G's samples
// after each step. G learns by plain gradient descent (SGD, lr GLR), so its
// step is proportional to its gradient; Adam would rescale a small gradient
// and hide part of the effect. D keeps Adam 1e-3.
func (v *Vanishing) TrainFrom(loss ganlite.GLossKind, steps int) []float64 {
	rnd := rand.New(rand.NewPCG(11, 11))
	gan := ganlite.NewGAN(v.GAN.G.Clone(), v.GAN.D.Clone(), ganlite.NewSGD(GLR, 0), ganlite.NewAdam(1e-3, 0.5, 0.999), rnd)
	gan.Loss = loss
	var means []float64
	for i := 0; i < steps; i++ {
		gan.Step(Data1D, 128)
		x := gan.Generate(gan.SampleZ(256))
		m := 0.0
		for _, s := range x.RawMatrix().Data {
			m += s / 256
		}
		means = append(means, m)
	}
	return means
}

// GLR is the generator's SGD learning rate in TrainFrom.
const GLR = 0.01

// LogitGrads returns, for probabilities p = D(G(z)) from lo to hi (n
// points), dL/dlogit of one fake for the non-saturating loss −log σ(l)
// (σ(l) − 1) and the saturating loss log(1 − σ(l)) (−σ(l)).
func LogitGrads(lo, hi float64, n int) (p, ns, sat []float64) {
	for i := 0; i < n; i++ {
		q := lo + (hi-lo)*float64(i)/float64(n-1)
		p = append(p, q)
		ns = append(ns, q-1)
		sat = append(sat, -q)
	}
	return p, ns, sat
}
