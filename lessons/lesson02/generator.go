package lesson02

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/lessons/lesson01"
)

// The lesson's generator: noise of ZDim numbers → Hidden1 → Hidden2 → 784
// pixels.
const (
	ZDim    = 64  // size of the noise vector z
	Hidden1 = 128 // width of the first hidden layer
	Hidden2 = 256 // width of the second hidden layer
	Pixels  = 784 // 28×28 pixels, one image per row
)

// NewGenerator returns the lesson's (untrained) generator, with weights
// drawn from rnd:
//
//	Linear(64→128) LeakyReLU(0.2) Linear(128→256) LeakyReLU(0.2) Linear(256→784) Tanh
func NewGenerator(rnd *rand.Rand) *ganlite.Sequential {
	return ganlite.NewMLP(rnd, []int{ZDim, Hidden1, Hidden2, Pixels}, "leakyrelu", "tanh")
}

// Describe returns a network's layers in one line, e.g.
// "Linear(64→128) LeakyReLU(0.2) ...".
func Describe(net *ganlite.Sequential) string { return lesson01.Describe(net) }

// Weights returns copies of the weight matrices W[k] (in×out) and bias rows
// b[k] (1×out) of net's Linear layers, first to last. Changing them does not
// change net.
func Weights(net *ganlite.Sequential) (W, b []*mat.Dense) {
	for _, l := range net.Layers {
		if lin, ok := l.(*ganlite.Linear); ok {
			W = append(W, mat.DenseCopyOf(lin.W.W))
			b = append(b, mat.DenseCopyOf(lin.B.W))
		}
	}
	return W, b
}

// TraceShapes runs x through net one layer at a time and returns one line
// per layer with the shape of what comes out, e.g.
//
//	input z            16×64
//	Linear(64→128)     16×128
//	LeakyReLU(0.2)     16×128
func TraceShapes(net *ganlite.Sequential, x *mat.Dense) string {
	var w strings.Builder
	r, c := x.Dims()
	fmt.Fprintf(&w, "%-18s %d×%d\n", "input z", r, c)
	h := x
	for _, l := range net.Layers {
		h = l.Forward(h)
		r, c = h.Dims()
		one := ganlite.NewSequential(l)
		fmt.Fprintf(&w, "%-18s %d×%d\n", Describe(one), r, c)
	}
	return strings.TrimRight(w.String(), "\n")
}
