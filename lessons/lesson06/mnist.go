package lesson06

import (
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/ganlite/data"
	"github.com/ganlite/ganlite/lessons/check"
)

// MNISTRun is a briefly trained MNIST GAN: its generator and the
// History of its training.
type MNISTRun struct {
	GAN     *ganlite.GAN
	History *ganlite.History
}

// TrainMNIST trains a small MLP GAN (G: 32 → 64 → 784 tanh; D: 784 → 64
// → 1, LeakyReLU; Adam 2e-4, β1 0.5, batch 64) on the embedded MNIST test
// set for steps steps, with a progress line. A short run like this is far
// from converged, which is the point: early generators cover few digits.
func TrainMNIST(set *data.Set, steps int, seed uint64) (*MNISTRun, error) {
	rnd := rand.New(rand.NewPCG(seed, 60))
	g := ganlite.NewMLP(rnd, []int{32, 64, 784}, "leakyrelu", "tanh")
	d := ganlite.NewMLP(rnd, []int{784, 64, 1}, "leakyrelu", "")
	gan := ganlite.NewGAN(g, d, ganlite.NewAdam(2e-4, 0.5, 0.999), ganlite.NewAdam(2e-4, 0.5, 0.999), rnd)
	p := check.NewProgress(steps, 0)
	h, err := gan.Train(set.Sampler(), steps, 64, func(s ganlite.StepStats) {
		p.Updatef(s.Step, "D loss %.3f  G loss %.3f  D(x) %.2f  D(G(z)) %.2f", s.D.Loss, s.G.Loss, s.D.DReal, s.D.DFake)
	})
	p.Done()
	return &MNISTRun{GAN: gan, History: h}, err
}

// Samples returns n images of the run's generator (n×784, pixels in [−1, 1]).
func (r *MNISTRun) Samples(n int) *mat.Dense { return r.GAN.Generate(r.GAN.SampleZ(n)) }

// MNISTSteps is the MNIST run's training budget in the notebook.
const MNISTSteps = 500

// DigitLabels returns "0" … "9", the bar labels of a digit histogram.
func DigitLabels() []string {
	return []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}
}

// Floats converts counts to float64s, e.g. a DigitStats.Hist for plots.Bars.
func Floats(xs []int) []float64 {
	f := make([]float64, len(xs))
	for i, x := range xs {
		f[i] = float64(x)
	}
	return f
}

// FirstRows returns a copy of the first n rows of x (all of x if it has fewer).
func FirstRows(x *mat.Dense, n int) *mat.Dense {
	r, _ := x.Dims()
	if n > r {
		n = r
	}
	return mat.DenseCopyOf(x.Slice(0, n, 0, x.RawMatrix().Cols))
}
