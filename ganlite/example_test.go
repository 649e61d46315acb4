package ganlite_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/ganlite/ganlite/ganlite"
	"gonum.org/v1/gonum/mat"
)

// A Linear layer computes y = x·W + b for a batch x with one sample per row.
func ExampleLinear() {
	rnd := rand.New(rand.NewPCG(1, 2))
	l := ganlite.NewLinear(rnd, 2, 3)
	// Replace the random initial weights by round numbers.
	l.W.W = mat.NewDense(2, 3, []float64{
		1, 0, -1,
		2, 1, 0,
	})
	l.B.W = mat.NewDense(1, 3, []float64{0.5, 0, 0})
	x := mat.NewDense(2, 2, []float64{
		1, 1, // sample 1
		0, 3, // sample 2
	})
	y := l.Forward(x)
	fmt.Println(mat.Formatted(y))
	// Output:
	// ⎡3.5    1   -1⎤
	// ⎣6.5    3    0⎦
}

// The discriminator's loss is the binary cross-entropy computed from
// logits: a confident right answer costs little, a confident wrong one a lot.
func ExampleBCEWithLogits() {
	logits := mat.NewDense(3, 1, []float64{4, -4, 4})
	labels := []float64{1, 0, 0} // the last one is confidently wrong
	grad := mat.NewDense(3, 1, nil)
	loss := ganlite.BCEWithLogits(grad, logits, labels)
	fmt.Printf("loss %.4f\n", loss)
	fmt.Printf("dLoss/dlogits %.4f\n", mat.Col(nil, 0, grad))
	// Output:
	// loss 1.3515
	// dLoss/dlogits [-0.0060 0.0060 0.3273]
}

// NewMLP builds the canonical MNIST generator: 100 noise values in,
// 784 pixels in [-1, 1] out.
func ExampleNewMLP() {
	rnd := rand.New(rand.NewPCG(1, 2))
	g := ganlite.NewMLP(rnd, []int{100, 256, 512, 784}, "leakyrelu", "tanh")
	for _, l := range g.Layers {
		fmt.Printf("%T\n", l)
	}
	for _, p := range g.Params() {
		r, c := p.W.Dims()
		fmt.Printf("%s %d×%d\n", p.Name, r, c)
	}
	z := mat.NewDense(64, 100, nil)
	r, c := g.Forward(z).Dims()
	fmt.Printf("in %d, out %d, a batch of 64 gives %d×%d\n", g.InDim(), g.OutDim(), r, c)
	// Output:
	// *ganlite.Linear
	// *ganlite.LeakyReLU
	// *ganlite.Linear
	// *ganlite.LeakyReLU
	// *ganlite.Linear
	// *ganlite.Tanh
	// W 100×256
	// B 1×256
	// W 256×512
	// B 1×512
	// W 512×784
	// B 1×784
	// in 100, out 784, a batch of 64 gives 64×784
}

// The two GAN steps are separate: DStep changes only the discriminator,
// GStep only the generator.
func ExampleGAN_DStep() {
	rnd := rand.New(rand.NewPCG(1, 2))
	g := ganlite.NewMLP(rnd, []int{2, 8, 1}, "relu", "")
	d := ganlite.NewMLP(rnd, []int{1, 8, 1}, "leakyrelu", "")
	gan := ganlite.NewGAN(g, d, ganlite.NewAdam(1e-3, 0.5, 0.999), ganlite.NewAdam(1e-3, 0.5, 0.999), rnd)

	real := mat.NewDense(4, 1, []float64{3.9, 4.2, 4.0, 3.7})
	g0, d0 := g.Clone(), d.Clone()
	gan.DStep(real)
	fmt.Println("after DStep: G changed:", changed(g0, g), " D changed:", changed(d0, d))

	g0, d0 = g.Clone(), d.Clone()
	gan.GStep(4)
	fmt.Println("after GStep: G changed:", changed(g0, g), " D changed:", changed(d0, d))
	// Output:
	// after DStep: G changed: false  D changed: true
	// after GStep: G changed: true  D changed: false
}

// changed reports whether any weight of b differs from a's.
func changed(a, b *ganlite.Sequential) bool {
	pa, pb := a.Params(), b.Params()
	for i := range pa {
		if !mat.Equal(pa[i].W, pb[i].W) {
			return true
		}
	}
	return false
}

// Adam's first step moves every weight by about the learning rate, whatever
// the size of its gradient, because m̂/√v̂ = g/|g| at t = 1.
func ExampleAdam() {
	w := &ganlite.Param{
		Name: "w",
		W:    mat.NewDense(1, 3, []float64{1, 1, 1}),
		G:    mat.NewDense(1, 3, []float64{100, 0.01, -3}),
	}
	opt := ganlite.NewAdam(0.1, 0.9, 0.999)
	opt.Step([]*ganlite.Param{w})
	fmt.Printf("%.4f\n", w.W.RawRowView(0))
	// Output:
	// [0.9000 0.9000 1.1000]
}

// A frozen network still passes gradients back to its input, but keeps its
// own gradients: that is how GStep sends D's verdict back into G.
func ExampleSequential_SetTrainable() {
	rnd := rand.New(rand.NewPCG(1, 2))
	d := ganlite.NewMLP(rnd, []int{2, 4, 1}, "leakyrelu", "")
	d.SetTrainable(false)
	d.Forward(mat.NewDense(1, 2, []float64{0.5, -1}))
	dx := d.Backward(mat.NewDense(1, 1, []float64{1}))
	r, c := dx.Dims()
	fmt.Printf("dL/dx is %d×%d, D's gradient norm %v, trainable %v\n", r, c, d.GradNorm(), d.Trainable())
	// Output:
	// dL/dx is 1×2, D's gradient norm 0, trainable false
}
