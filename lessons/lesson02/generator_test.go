package lesson02

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite/data"
	"github.com/ganlite/ganlite/lessons/check"
)

func tanhF(v float64) float64  { return math.Tanh(v) }
func expNeg(v float64) float64 { return math.Exp(-v) }

func TestNewGeneratorAndTrace(t *testing.T) {
	g := NewGenerator(check.NewRand(1))
	if got := Describe(g); got != "Linear(64→128) LeakyReLU(0.2) Linear(128→256) LeakyReLU(0.2) Linear(256→784) Tanh" {
		t.Errorf("Describe = %q", got)
	}
	tr := TraceShapes(g, mat.NewDense(16, ZDim, nil))
	lines := strings.Split(tr, "\n")
	if len(lines) != 7 || !strings.Contains(lines[0], "16×64") || !strings.Contains(lines[6], "Tanh") || !strings.Contains(lines[6], "16×784") {
		t.Errorf("TraceShapes:\n%s", tr)
	}
	W, b := Weights(g)
	if len(W) != 3 || len(b) != 3 {
		t.Fatalf("Weights: %d, %d", len(W), len(b))
	}
	W[0].Set(0, 0, 99)
	if W2, _ := Weights(g); W2[0].At(0, 0) == 99 {
		t.Error("Weights shares memory with the net")
	}
}

func TestStats(t *testing.T) {
	x := mat.NewDense(2, 2, []float64{-1, 1, 1, 1})
	if m := MeanImage(x); m.At(0, 0) != 0 || m.At(0, 1) != 1 {
		t.Errorf("MeanImage = %v", m)
	}
	if s := PixelSpread(x); s != 0.5 {
		t.Errorf("PixelSpread = %v, want 0.5", s)
	}
	if s := ShareBelow(x, -0.9); s != 0.25 {
		t.Errorf("ShareBelow = %v", s)
	}
	if v := Values(x); len(v) != 4 || v[0] != -1 {
		t.Errorf("Values = %v", v)
	}
	if m, s := MeanStd(x); m != 0.5 || math.Abs(s-math.Sqrt(0.75)) > 1e-15 {
		t.Errorf("MeanStd = %v, %v", m, s)
	}
	if d := MaxAbsDiff(x, mat.NewDense(2, 2, []float64{-1, 1, 1, 4})); d != 3 {
		t.Errorf("MaxAbsDiff = %v", d)
	}
}

// TestTrainToDigitsGivesTheMean: the naive pixel loss drives every sample
// towards the average digit.
func TestTrainToDigitsGivesTheMean(t *testing.T) {
	if testing.Short() {
		t.Skip("trains")
	}
	set, err := data.MNIST()
	if err != nil {
		t.Fatal(err)
	}
	rnd := check.NewRand(1)
	g := NewGenerator(rnd)
	TrainToDigits(g, set, 60, 32, rnd)
	samples := g.Predict(check.RandDense(rnd, 64, ZDim))
	spread := PixelSpread(samples)
	real := PixelSpread(set.X)
	if !(spread < real/4) {
		t.Errorf("samples' spread %.3f, real %.3f: want samples near-identical", spread, real)
	}
}

func TestMSEToRowAndRows(t *testing.T) {
	x := mat.NewDense(2, 2, []float64{0, 0, 2, 2})
	if got := MSEToRow(x, mat.NewDense(1, 2, []float64{1, 1})); got != 1 {
		t.Errorf("MSEToRow = %v", got)
	}
	if r := Rows(x, 1, 2); r.At(0, 0) != 2 {
		t.Errorf("Rows = %v", r)
	}
}
