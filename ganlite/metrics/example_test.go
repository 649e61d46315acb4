package metrics_test

import (
	"fmt"

	"github.com/ganlite/ganlite/ganlite/data"
	"github.com/ganlite/ganlite/ganlite/metrics"
	"gonum.org/v1/gonum/mat"
)

// Four modes on a square; the samples sit near two of them, plus one far
// off. The far sample is not high quality, so only 4 of 5 samples count.
func ExampleModes() {
	modes := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	samples := mat.NewDense(5, 2, []float64{
		0.01, 0, // mode 0
		0, -0.02, // mode 0
		0.02, 0.99, // mode 1
		1, 1.01, // mode 3
		0.5, 0.5, // far from every mode: 50σ
	})
	s := metrics.Modes(samples, modes, 0.01)
	fmt.Println(s)
	fmt.Println("counts:", s.Counts)
	// Output:
	// modes 3/4  HQ 80.0%  reverse KL 0.347
	// counts: [2 1 0 1]
}

func ExampleKL() {
	p := []float64{0.5, 0.5}
	q := []float64{0.9, 0.1}
	fmt.Printf("KL(p‖q) = %.4f\n", metrics.KL(p, q, 0))
	fmt.Printf("KL(q‖p) = %.4f\n", metrics.KL(q, p, 0))
	fmt.Printf("JS(p, q) = %.4f\n", metrics.JS(p, q))
	fmt.Printf("JS of disjoint histograms = %.4f (ln 2)\n", metrics.JS([]float64{1, 0}, []float64{0, 1}))
	// Output:
	// KL(p‖q) = 0.5108
	// KL(q‖p) = 0.3681
	// JS(p, q) = 0.1017
	// JS of disjoint histograms = 0.6931 (ln 2)
}

func ExampleHist2D() {
	points := mat.NewDense(4, 2, []float64{
		-0.5, -0.5,
		-0.5, 0.5,
		0.5, 0.5,
		0.7, 0.6,
	})
	// 2×2 cells over [-1,1]²; cell (x-bin i, y-bin j) is at index i·2 + j.
	fmt.Println(metrics.Hist2D(points, -1, 1, -1, 1, 2))
	// Output:
	// [0.25 0.25 0 0.5]
}

// Two 1D sets with means 0 and 3 and (unbiased) variances 4/3 and 16/3.
// In 1D the Fréchet distance is (μ1−μ2)² + (σ1−σ2)² = 9 + (√(4/3) − √(16/3))² = 9 + 4/3.
func ExampleFrechet() {
	a := mat.NewDense(4, 1, []float64{-1, 1, -1, 1}) // mean 0, variance 4/3
	b := mat.NewDense(4, 1, []float64{1, 5, 1, 5})   // mean 3, variance 16/3
	fmt.Printf("%.4f\n", metrics.Frechet(a, b))
	fmt.Printf("%.4f\n", metrics.Frechet(a, a))
	// Output:
	// 10.3333
	// 0.0000
}

// The shipped classifier judges 2,000 real test digits: all ten digits are
// covered, as a good generator's samples should be.
func ExampleDigits() {
	c, err := metrics.Classifier()
	if err != nil {
		fmt.Println(err)
		return
	}
	test, err := data.MNIST()
	if err != nil {
		fmt.Println(err)
		return
	}
	real := test.Subset(2000)
	s := metrics.Digits(c, real.X)
	fmt.Println("digits covered:", s.Covered, "of 10")
	fmt.Println("accuracy at least 97%:", c.Accuracy(real) >= 0.97)
	// Output:
	// digits covered: 10 of 10
	// accuracy at least 97%: true
}
