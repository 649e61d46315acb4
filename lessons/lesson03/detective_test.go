package lesson03

import (
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/ganlite/data"
	"github.com/ganlite/ganlite/lessons/check"
	"github.com/ganlite/ganlite/lessons/lesson02"
)

func TestTrainDetectiveWins(t *testing.T) {
	set, err := data.MNIST()
	if err != nil {
		t.Fatal(err)
	}
	forger := lesson02.NewGenerator(check.NewRand(1))
	before := forger.Clone()
	d := NewDetective(check.NewRand(2))
	gan := ganlite.NewGAN(forger, d, ganlite.NewAdam(2e-4, 0.5, 0.999), ganlite.NewAdam(2e-4, 0.5, 0.999), check.NewRand(3))
	h := TrainDetective(gan, set, 40, 32)
	if h.Len() != 0 && len(h.DLoss) != 40 {
		t.Fatalf("history has %d losses", len(h.DLoss))
	}
	last := len(h.DLoss) - 1
	if !(h.DLoss[last] < h.DLoss[0]/4) || !(h.DReal[last] > 0.8) || !(h.DFake[last] < 0.2) {
		t.Errorf("after 40 steps: loss %.3f (first %.3f), D(x) %.3f, D(G(z)) %.3f", h.DLoss[last], h.DLoss[0], h.DReal[last], h.DFake[last])
	}
	if !SameWeights(forger, before) {
		t.Error("the forger changed")
	}
	if SameWeights(d, NewDetective(check.NewRand(2))) {
		t.Error("the detective did not change")
	}
}

func TestProbsAndShares(t *testing.T) {
	d := ganlite.NewSequential(ganlite.NewLinear(check.NewRand(1), 2, 1))
	d.Layers[0].(*ganlite.Linear).W.W.Set(0, 0, 1)
	d.Layers[0].(*ganlite.Linear).W.W.Set(1, 0, 0)
	p := Probs(d, mat.NewDense(2, 2, []float64{0, 5, 1000, 0}))
	if p[0] != 0.5 || p[1] != 1 {
		t.Errorf("Probs = %v", p)
	}
	if Mean(p) != 0.75 || ShareAbove(p, 0.5) != 0.5 {
		t.Errorf("Mean %v ShareAbove %v", Mean(p), ShareAbove(p, 0.5))
	}
}

func TestVerdictsImage(t *testing.T) {
	d := NewDetective(check.NewRand(1))
	img := Verdicts(d, mat.NewDense(4, 784, nil), 2, 2)
	if b := img.Bounds(); b.Dx() < 2*56 || b.Dy() < 2*56 {
		t.Errorf("Verdicts image is %v", b)
	}
}

func TestVerdictBars(t *testing.T) {
	img := VerdictBars([]float64{0, 0.05, 0.5, 1}, "x")
	if img.Bounds().Dx() == 0 {
		t.Error("empty image")
	}
}
