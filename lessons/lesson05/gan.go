package lesson05

import (
	"image"
	"math/rand/v2"
	"strconv"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/ganlite/metrics"
	"github.com/ganlite/ganlite/ganlite/plots"
)

// The lesson's settings: the canonical MLP GAN on MNIST with the DCGAN
// paper's Adam settings (Radford et al. 2016).
const (
	ZDim  = 100  // noise size
	Batch = 64   // real images per D step, fakes per G step
	LR    = 2e-4 // Adam learning rate of both players
	Beta1 = 0.5  // Adam β1
)

// GSizes and DSizes are the layer sizes of G and D.
var (
	GSizes = []int{ZDim, 256, 512, 784}
	DSizes = []int{784, 512, 256, 1}
)

// NewGAN returns the lesson's GAN built from seed: G = NewMLP(GSizes,
// "leakyrelu", "tanh") so its pixels are in [−1, 1] like the data's, D =
// NewMLP(DSizes, "leakyrelu", "") giving one logit, each with
// Adam(LR, Beta1, 0.999). The same seed gives bit-identical networks and
// noise. `ganlite train --data mnist` uses the same architecture and
// settings (with its own seeding).
func NewGAN(seed uint64) *ganlite.GAN {
	rnd := rand.New(rand.NewPCG(seed, 5))
	g := ganlite.NewMLP(rnd, GSizes, "leakyrelu", "tanh")
	d := ganlite.NewMLP(rnd, DSizes, "leakyrelu", "")
	return ganlite.NewGAN(g, d, ganlite.NewAdam(LR, Beta1, 0.999), ganlite.NewAdam(LR, Beta1, 0.999), rnd)
}

// Noise returns n rows of standard normal noise (n×ZDim) drawn from seed,
// the same for every call with the same seed: a fixed set of latent codes.
func Noise(n int, seed uint64) *mat.Dense {
	rnd := rand.New(rand.NewPCG(seed, 55))
	z := mat.NewDense(n, ZDim, nil)
	for i := 0; i < n; i++ {
		for j := 0; j < ZDim; j++ {
			z.Set(i, j, rnd.NormFloat64())
		}
	}
	return z
}

// CountParams returns the number of weights of a network.
func CountParams(net *ganlite.Sequential) int {
	n := 0
	for _, p := range net.Params() {
		r, c := p.W.Dims()
		n += r * c
	}
	return n
}

// DigitBars draws the label histogram of s (how many images the classifier
// calls 0, 1, …, 9) as a bar chart.
func DigitBars(s metrics.DigitStats, title string) image.Image {
	labels := make([]string, len(s.Hist))
	values := make([]float64, len(s.Hist))
	for d, c := range s.Hist {
		labels[d] = strconv.Itoa(d)
		values[d] = float64(c)
	}
	return plots.Bars(labels, values, title)
}
