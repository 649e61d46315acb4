package lesson01

import (
	"fmt"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/ganlite/data"
	"github.com/ganlite/ganlite/lessons/check"
)

// The lesson's autoencoder: 784 pixels → Hidden → Latent numbers → Hidden →
// 784 pixels.
const (
	Pixels = 784 // 28×28 MNIST digits, one per row
	Hidden = 128 // width of the one hidden layer on each side
	Latent = 16  // size of the code z
)

// NewAutoencoder returns the lesson's MNIST autoencoder, with weights drawn
// from rnd and an Adam optimizer (learning rate 1e-3):
//
//	encoder: Linear(784→128) ReLU Linear(128→16)           (the code z is unbounded)
//	decoder: Linear(16→128) ReLU Linear(128→784) Tanh      (pixels in [-1, 1], like the data)
func NewAutoencoder(rnd *rand.Rand) *ganlite.Autoencoder {
	enc := ganlite.NewMLP(rnd, []int{Pixels, Hidden, Latent}, "relu", "")
	dec := ganlite.NewMLP(rnd, []int{Latent, Hidden, Pixels}, "relu", "tanh")
	return ganlite.NewAutoencoder(enc, dec, ganlite.NewAdam(1e-3, 0.9, 0.999))
}

// Train runs exactly steps training steps of ae on batches of batch images
// drawn from set in shuffled epochs (randomness from rnd), printing a live
// progress line with the loss. It returns the loss (MSE) of every step.
// It panics if steps or batch is below 1.
func Train(ae *ganlite.Autoencoder, set *data.Set, steps, batch int, rnd *rand.Rand) []float64 {
	if steps < 1 || batch < 1 {
		panic(fmt.Sprintf("lesson01: Train: steps %d and batch %d must be at least 1", steps, batch))
	}
	loader := set.Sampler()
	x := mat.NewDense(batch, set.X.RawMatrix().Cols, nil)
	losses := make([]float64, 0, steps)
	p := check.NewProgress(steps, 0)
	for i := 1; i <= steps; i++ {
		loader.Sample(x, rnd)
		loss := ae.TrainStep(x)
		losses = append(losses, loss)
		p.Updatef(i, "loss %.4f", loss)
	}
	p.Done()
	return losses
}
