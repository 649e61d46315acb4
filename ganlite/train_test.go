package ganlite

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"
)

// The GAN learns a 1D Gaussian N(4, 1.25²): at the end, D(x) on real data is
// 0.5 ± 0.1 (D can no longer tell) and the generator's mean and standard
// deviation are within 10% of the data's.
//
// Two choices make this small problem reliable. D uses tanh: with biases
// starting at 0, a ReLU-family network is linear on x > 0 (it is positively
// homogeneous, f(αx) = αf(x)), so it cannot see a wrong spread of data
// centred at 4 until its biases have moved far. And the learning rate is
// lowered in steps, which damps the oscillation of the two players around
// the equilibrium.
func TestTrainLearns1DGaussian(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a GAN for a few seconds")
	}
	data := gauss{Mean: 4, Std: 1.25}
	rnd := rand.New(rand.NewPCG(3, 0))
	g := NewMLP(rnd, []int{1, 16, 16, 1}, "leakyrelu", "")
	d := NewMLP(rnd, []int{1, 32, 32, 1}, "tanh", "")
	optG, optD := NewAdam(1e-3, 0.5, 0.999), NewAdam(1e-3, 0.5, 0.999)
	gan := NewGAN(g, d, optG, optD, rnd)
	for _, phase := range []struct {
		lr    float64
		steps int
	}{{1e-3, 1500}, {3e-4, 1000}, {1e-4, 1000}} {
		optG.LR, optD.LR = phase.lr, phase.lr
		if _, err := gan.Train(data, phase.steps, 256, nil); err != nil {
			t.Fatal(err)
		}
	}

	const n = 10000
	mean, std := stat.MeanStdDev(gan.Generate(gan.SampleZ(n)).RawMatrix().Data, nil)
	real := mat.NewDense(n, 1, nil)
	data.Sample(real, rnd)
	dx := 0.0
	for _, l := range gan.D.Predict(real).RawMatrix().Data {
		dx += Logistic(l) / n
	}
	t.Logf("generator mean %.3f std %.3f, mean D(x) on data %.3f", mean, std, dx)
	if math.Abs(dx-0.5) > 0.1 {
		t.Errorf("mean D(x) on data = %.3f, want 0.5 ± 0.1", dx)
	}
	if math.Abs(mean-data.Mean) > 0.1*data.Mean {
		t.Errorf("generator mean = %.3f, want %.2f ± 10%%", mean, data.Mean)
	}
	if math.Abs(std-data.Std) > 0.1*data.Std {
		t.Errorf("generator std = %.3f, want %.2f ± 10%%", std, data.Std)
	}
}
