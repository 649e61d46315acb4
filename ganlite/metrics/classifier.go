package metrics

import (
	"fmt"
	"math/rand/v2"
	"sync"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/ganlite/data"
	"gonum.org/v1/gonum/mat"
)

// ClassifierSizes are the layer widths of the MNIST classifier:
// 784 pixels → 256 → 128 (the feature layer) → 10 digit logits, ReLU between.
var ClassifierSizes = []int{784, 256, 128, 10}

// ClassifierNetName is the network's name in the checkpoint file
// (Checkpoint.Nets[ClassifierNetName]).
const ClassifierNetName = "classifier"

// FeatureDim is the width of Clf.Features: the last hidden layer.
const FeatureDim = 128

// NewClassifierNet returns an untrained classifier network with
// ClassifierSizes: Linear ReLU Linear ReLU Linear, ending in logits.
// cmd/train-classifier trains it; Classifier loads the trained weights.
func NewClassifierNet(rnd *rand.Rand) *ganlite.Sequential {
	return ganlite.NewMLP(rnd, ClassifierSizes, "relu", "")
}

// Clf is an MNIST digit classifier used to judge generated digits: which
// digit each image looks like (Predict) and a 128-d description of it
// (Features) for the Fréchet distance. Its methods are safe for concurrent use.
type Clf struct {
	// Net is the network: pixels in [-1, 1] (as data.Set holds them) → 10 logits.
	Net *ganlite.Sequential
	mu  sync.Mutex // Forward reuses the layers' buffers
}

// NewClf wraps a trained network built like NewClassifierNet.
// Panics if the network does not map 784 pixels to 10 logits.
func NewClf(net *ganlite.Sequential) *Clf {
	if net.InDim() != 784 || net.OutDim() != 10 || len(net.Layers) < 2 {
		panic(fmt.Sprintf("metrics: NewClf: network maps %d→%d with %d layers, want 784→10 with a hidden layer",
			net.InDim(), net.OutDim(), len(net.Layers)))
	}
	return &Clf{Net: net}
}

// chunk is the batch size for evaluating many images: it bounds the
// memory of the hidden activations (chunk×256 floats).
const chunk = 1000

// forward runs rows of x through layers[:upto] in chunks and returns a fresh
// matrix with the outputs, one row per image.
func (c *Clf) forward(x *mat.Dense, upto int, who string) *mat.Dense {
	n, d := x.Dims()
	if d != 784 {
		panic(fmt.Sprintf("metrics: Clf.%s: input is %d×%d, want n×784", who, n, d))
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	var out *mat.Dense
	for lo := 0; lo < n; lo += chunk {
		hi := lo + chunk
		if hi > n {
			hi = n
		}
		y := x.Slice(lo, hi, 0, d).(*mat.Dense)
		for _, l := range c.Net.Layers[:upto] {
			y = l.Forward(y)
		}
		if out == nil {
			_, w := y.Dims()
			out = mat.NewDense(n, w, nil)
		}
		out.Slice(lo, hi, 0, out.RawMatrix().Cols).(*mat.Dense).Copy(y)
	}
	if out == nil { // no rows
		out = &mat.Dense{}
	}
	return out
}

// Logits returns the 10 class scores of each image (rows of x, n×784, pixels in [-1, 1]).
func (c *Clf) Logits(x *mat.Dense) *mat.Dense {
	return c.forward(x, len(c.Net.Layers), "Logits")
}

// Predict returns the most likely digit (argmax of the logits) of each image
// (rows of x, n×784, pixels in [-1, 1]). Panics when x is not n×784.
func (c *Clf) Predict(x *mat.Dense) []int {
	n, _ := x.Dims()
	pred := make([]int, n)
	if n == 0 {
		return pred
	}
	logits := c.forward(x, len(c.Net.Layers), "Predict")
	for i := range pred {
		row := logits.RawRowView(i)
		best := 0
		for k, v := range row {
			if v > row[best] {
				best = k
			}
		}
		pred[i] = best
	}
	return pred
}

// Features returns the activations of the last hidden layer (after its ReLU)
// for each image: an n×128 matrix the caller owns. Two sets of digits that
// look alike have similar feature statistics, which is what Frechet compares.
// Panics when x is not n×784.
func (c *Clf) Features(x *mat.Dense) *mat.Dense {
	return c.forward(x, len(c.Net.Layers)-1, "Features")
}

// Accuracy returns the share of set's images whose predicted digit equals the label.
func (c *Clf) Accuracy(set *data.Set) float64 {
	pred := c.Predict(set.X)
	if len(pred) == 0 {
		return 0
	}
	right := 0
	for i, p := range pred {
		if p == set.Labels[i] {
			right++
		}
	}
	return float64(right) / float64(len(pred))
}
