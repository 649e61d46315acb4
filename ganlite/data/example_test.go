package data_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/ganlite/data"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"
)

// Every toy distribution and the MNIST Loader is a ganlite.Sampler.
var (
	_ ganlite.Sampler = data.Gaussian1D{}
	_ ganlite.Sampler = data.Mixture1D{}
	_ ganlite.Sampler = data.NewRing()
	_ ganlite.Sampler = (*data.Loader)(nil)
)

func ExampleMNIST() {
	set, err := data.MNIST()
	if err != nil {
		panic(err)
	}
	n, d := set.X.Dims()
	fmt.Println(n, "images of", set.Rows, "×", set.Cols, "=", d, "pixels")
	fmt.Println("first labels:", set.Labels[:10])
	fmt.Println("pixel range:", mat.Min(set.X), mat.Max(set.X))
	// Output:
	// 10000 images of 28 × 28 = 784 pixels
	// first labels: [7 2 1 0 4 1 4 9 5 9]
	// pixel range: -1 1
}

func ExampleSet_Sampler() {
	set, _ := data.MNIST()
	rnd := rand.New(rand.NewPCG(1, 2))
	loader := set.Subset(1000).Sampler()
	batch := mat.NewDense(64, 784, nil)
	labels := make([]int, 64)
	loader.SampleLabeled(batch, labels, rnd) // a shuffled epoch, 64 images at a time
	r, c := batch.Dims()
	fmt.Println(r, c, "epoch", loader.Epoch())
	// Output:
	// 64 784 epoch 1
}

func ExampleNewRing() {
	ring := data.NewRing()
	for _, m := range ring.Modes()[:3] {
		fmt.Printf("(%.3f, %.3f)\n", m[0], m[1])
	}
	fmt.Println(len(ring.Modes()), "modes, σ =", ring.Sigma)
	// Output:
	// (1.000, 0.000)
	// (0.707, 0.707)
	// (0.000, 1.000)
	// 8 modes, σ = 0.01
}

func ExampleNewGrid() {
	grid := data.NewGrid()
	x := mat.NewDense(2500, 2, nil)
	grid.Sample(x, rand.New(rand.NewPCG(1, 2)))
	fmt.Println(len(grid.Modes()), "modes, first", grid.Modes()[0], "last", grid.Modes()[24])
	fmt.Printf("first sample (%.1f, %.1f)\n", x.At(0, 0), x.At(0, 1))
	// Output:
	// 25 modes, first [-4 -4] last [4 4]
	// first sample (2.0, 4.0)
}

func ExampleGaussian1D() {
	g := data.Gaussian1D{Mean: 4, Std: 0.5}
	x := mat.NewDense(10000, 1, nil)
	g.Sample(x, rand.New(rand.NewPCG(1, 2)))
	mean, std := stat.MeanStdDev(x.RawMatrix().Data, nil)
	fmt.Printf("mean %.2f std %.2f density at mean %.4f\n", mean, std, g.Density(4))
	// Output:
	// mean 4.00 std 0.50 density at mean 0.7979
}

func ExampleMixture1D() {
	m := data.Mixture1D{Means: []float64{-2, 2}, Stds: []float64{0.5, 0.5}, Weights: []float64{1, 3}}
	x := mat.NewDense(8, 1, nil)
	m.Sample(x, rand.New(rand.NewPCG(1, 2)))
	fmt.Printf("density at -2: %.3f, at 2: %.3f\n", m.Density(-2), m.Density(2))
	// Output:
	// density at -2: 0.199, at 2: 0.598
}
