package lesson04

import (
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/ganlite/data"
	"github.com/ganlite/ganlite/ganlite/plots"
)

// Data is the lesson's real distribution, N(3, 0.5²): the forger must learn
// to paint numbers that look drawn from it.
var Data = data.Gaussian1D{Mean: 3, Std: 0.5}

// The x range drawn in the figures and the toy networks' sizes.
const (
	XMin, XMax = -2.0, 6.0
	Hidden     = 32   // width of both hidden layers of G and D
	LR         = 1e-3 // Adam learning rate of both players
	Beta1      = 0.5  // Adam β1 (Radford et al. 2016)
	Batch      = 64   // real samples per D step, fakes per step
)

// NewToyGAN returns the lesson's GAN, built from seed: G maps one noise
// number z ~ N(0, 1) to one x (1→32→32→1, LeakyReLU, no output
// activation), D maps x to one logit (1→32→32→1, LeakyReLU), both with Adam
// (LR, Beta1, β2 0.999). The same seed gives bit-identical networks and noise.
func NewToyGAN(seed uint64) *ganlite.GAN {
	rnd := rand.New(rand.NewPCG(seed, 4))
	g := ganlite.NewMLP(rnd, []int{1, Hidden, Hidden, 1}, "leakyrelu", "")
	d := ganlite.NewMLP(rnd, []int{1, Hidden, Hidden, 1}, "leakyrelu", "")
	return ganlite.NewGAN(g, d, ganlite.NewAdam(LR, Beta1, 0.999), ganlite.NewAdam(LR, Beta1, 0.999), rnd)
}

// RealBatch returns n samples of Data as an n×1 matrix, drawn from rnd.
func RealBatch(n int, rnd *rand.Rand) *mat.Dense {
	x := mat.NewDense(n, 1, nil)
	Data.Sample(x, rnd)
	return x
}

// DOnData returns the mean of D(x) = σ(logit) over n samples of Data drawn
// with a fixed seed: how sure the detective is that real data is real. At the
// end of a good training it is close to 0.5, a coin toss.
func DOnData(gan *ganlite.GAN, n int) float64 {
	x := RealBatch(n, rand.New(rand.NewPCG(404, 1)))
	return mean(plots.DProb(gan.D)(x))
}

// Fakes returns n samples of G drawn from fixed noise (the same for every
// call), as a slice: what the forger paints now.
func Fakes(gan *ganlite.GAN, n int) []float64 {
	z := mat.NewDense(n, 1, nil)
	rnd := rand.New(rand.NewPCG(405, 1))
	for i := 0; i < n; i++ {
		z.Set(i, 0, rnd.NormFloat64())
	}
	return mat.Col(nil, 0, gan.G.Forward(z))
}

// Panel returns one Figure-1 panel of the GAN as it is now: the data density
// (black dotted), the density of 4,000 fakes (green), D(x) (blue dashed) and
// the mapping z → G(z) for 21 evenly spaced z in [−2.5, 2.5]. It draws its
// noise from fixed seeds, not from gan.Rnd, so taking a panel does not
// change the training.
func Panel(gan *ganlite.GAN, title string) plots.Figure1Data {
	const arrows = 21
	z := mat.NewDense(arrows, 1, nil)
	for i := 0; i < arrows; i++ {
		z.Set(i, 0, -2.5+5*float64(i)/(arrows-1))
	}
	gz := mat.Col(nil, 0, gan.G.Forward(z))
	return plots.Figure1Data{
		Title:       title,
		XMin:        XMin,
		XMax:        XMax,
		DataDensity: Data.Density,
		Fake:        Fakes(gan, 4000),
		DValues:     plots.EvalLine(XMin, XMax, 200, plots.DProb(gan.D)),
		Z:           mat.Col(nil, 0, z),
		GZ:          gz,
		ZMin:        -2.5,
		ZMax:        2.5,
	}
}

// mean returns the average of xs (0 for none).
func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

// FakeScore returns the mean of d(g(z)) = σ(logit) over 4,000 fixed noise
// draws: how real detective d finds forger g's fakes. Passing clones taken
// before and after a step separates who moved: FakeScore(dOld, gNew) vs
// FakeScore(dOld, gOld) is G's doing alone, FakeScore(dNew, gOld) vs
// FakeScore(dOld, gOld) is D's alone.
func FakeScore(d, g *ganlite.Sequential) float64 {
	z := fixedZ(4000, 406)
	return mean(plots.DProb(d)(g.Predict(z)))
}
