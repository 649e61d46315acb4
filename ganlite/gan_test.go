package ganlite

import (
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// gauss is a test Sampler: every element ~ N(Mean, Std²).
type gauss struct{ Mean, Std float64 }

func (g gauss) Sample(dst *mat.Dense, rnd *rand.Rand) {
	d := dst.RawMatrix().Data
	for i := range d {
		d[i] = g.Mean + g.Std*rnd.NormFloat64()
	}
}

// snapshot copies every weight and gradient of net.
func snapshot(net *Sequential) [][]float64 {
	var s [][]float64
	for _, p := range net.Params() {
		s = append(s, append([]float64(nil), p.W.RawMatrix().Data...))
		s = append(s, append([]float64(nil), p.G.RawMatrix().Data...))
	}
	return s
}

func smallGAN(seed uint64) *GAN {
	rnd := rand.New(rand.NewPCG(seed, 1))
	g := NewMLP(rnd, []int{3, 8, 2}, "relu", "")
	d := NewMLP(rnd, []int{2, 8, 1}, "leakyrelu", "")
	return NewGAN(g, d, NewAdam(1e-3, 0.5, 0.999), NewAdam(1e-3, 0.5, 0.999), rnd)
}

func TestDStepUpdatesOnlyD(t *testing.T) {
	gan := smallGAN(1)
	gan.GStep(4) // give G non-zero gradients, to check they are not touched either
	g0, d0 := snapshot(gan.G), snapshot(gan.D)
	real := mat.NewDense(4, 2, []float64{1, 2, 3, 4, 5, 6, 7, 8})
	gan.DStep(real)
	if !reflect.DeepEqual(snapshot(gan.G), g0) {
		t.Error("DStep changed G's weights or gradients")
	}
	if reflect.DeepEqual(snapshot(gan.D), d0) {
		t.Error("DStep did not change D")
	}
}

func TestGStepUpdatesOnlyG(t *testing.T) {
	gan := smallGAN(2)
	gan.DStep(mat.NewDense(4, 2, []float64{1, 2, 3, 4, 5, 6, 7, 8}))
	g0, d0 := snapshot(gan.G), snapshot(gan.D)
	gan.GStep(4)
	if !reflect.DeepEqual(snapshot(gan.D), d0) {
		t.Error("GStep changed D's weights or gradients")
	}
	if reflect.DeepEqual(snapshot(gan.G), g0) {
		t.Error("GStep did not change G")
	}
	if !gan.D.Trainable() {
		t.Error("GStep left D frozen")
	}
}

func TestFrozenBackwardLeavesGradsAndGivesSameDx(t *testing.T) {
	rnd := rand.New(rand.NewPCG(5, 5))
	net := NewMLP(rnd, []int{3, 4, 2}, "tanh", "sigmoid")
	x, dy := randMat(rnd, 5, 3, 1), randMat(rnd, 5, 2, 1)
	net.Forward(x)
	dxTrain := mat.DenseCopyOf(net.Backward(dy))
	net.SetTrainable(false)
	if net.Trainable() {
		t.Fatal("Trainable() after SetTrainable(false)")
	}
	before := snapshot(net)
	net.Forward(x)
	dxFrozen := net.Backward(randMat(rnd, 5, 2, 1)) // new dy: would change grads if written
	if !reflect.DeepEqual(snapshot(net), before) {
		t.Error("frozen Backward changed gradients")
	}
	net.Forward(x)
	dxFrozen = net.Backward(dy)
	if !mat.Equal(dxFrozen, dxTrain) {
		t.Error("frozen Backward computed a different dL/dx")
	}
}

func TestDStepStats(t *testing.T) {
	gan, c := smallGAN(3), smallGAN(3) // c: an identical copy to recompute the statistics by hand
	gan.RealLabel = 0.9
	real := mat.NewDense(6, 2, nil)
	gauss{4, 1}.Sample(real, rand.New(rand.NewPCG(9, 9)))
	s := gan.DStep(real)

	z := c.SampleZ(6)
	fake := c.Generate(z)
	var want DStats
	pr, pf := c.D.Predict(real), c.D.Predict(fake)
	for i := 0; i < 6; i++ {
		want.DReal += Logistic(pr.At(i, 0)) / 6
		want.DFake += Logistic(pf.At(i, 0)) / 6
	}
	// BCE over all 12 rows: the shuffle does not change the mean.
	all := mat.NewDense(12, 1, nil)
	labels := make([]float64, 12)
	for i := 0; i < 6; i++ {
		all.Set(i, 0, pr.At(i, 0))
		all.Set(6+i, 0, pf.At(i, 0))
		labels[i] = 0.9
	}
	want.Loss = BCEWithLogits(nil, all, labels)
	near(t, "DReal", s.DReal, want.DReal, 1e-12)
	near(t, "DFake", s.DFake, want.DFake, 1e-12)
	near(t, "Loss", s.Loss, want.Loss, 1e-12)
	if !(s.GradNorm > 0) {
		t.Errorf("GradNorm = %v, want > 0", s.GradNorm)
	}
}

func TestSameSeedSameHistory(t *testing.T) {
	run := func() *History {
		gan := smallGAN(7)
		gan.K = 2
		h, err := gan.Train(gauss{1, 0.5}, 50, 16, nil)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	a, b := run(), run()
	if a.Len() != 50 || !reflect.DeepEqual(a, b) {
		t.Error("two runs with one seed gave different histories")
	}
}

func TestTrainStopsOnNaN(t *testing.T) {
	gan := smallGAN(4)
	calls := 0
	h, err := gan.Train(gauss{0, 1}, 20, 8, func(s StepStats) {
		calls++
		if s.Step == 5 { // a learner's bug: poison one weight after step 5
			gan.D.Params()[0].W.Set(0, 0, math.NaN())
		}
	})
	if err == nil || !strings.Contains(err.Error(), "step 6:") || !strings.Contains(err.Error(), "NaN") {
		t.Fatalf("err = %v, want an error naming step 6 and NaN", err)
	}
	if h.Len() != 5 || calls != 5 {
		t.Errorf("history has %d steps and cb ran %d times, want 5 and 5", h.Len(), calls)
	}
	for _, v := range h.DLoss {
		if math.IsNaN(v) {
			t.Error("history contains the NaN step")
		}
	}

	// A huge learning rate makes the losses blow up: Train must stop, not run on.
	gan = smallGAN(4)
	gan.OptD, gan.OptG = NewSGD(1e300, 0), NewSGD(1e300, 0)
	h, err = gan.Train(gauss{0, 1}, 100, 8, nil)
	if err == nil || !strings.Contains(err.Error(), "ganlite: step ") || h.Len() >= 100 {
		t.Errorf("huge lr: err = %v after %d steps, want a NaN/Inf error before step 100", err, h.Len())
	}
}

func TestTrainRejectsInvalidSettings(t *testing.T) {
	cases := []struct {
		field string
		edit  func(g *GAN)
		steps int
		batch int
	}{
		{"G is nil", func(g *GAN) { g.G = nil }, 1, 1},
		{"D is nil", func(g *GAN) { g.D = nil }, 1, 1},
		{"OptD is nil", func(g *GAN) { g.OptD = nil }, 1, 1},
		{"Rnd is nil", func(g *GAN) { g.Rnd = nil }, 1, 1},
		{"ZDim", func(g *GAN) { g.ZDim = 5 }, 1, 1},
		{"G.OutDim()", func(g *GAN) { g.G = NewMLP(rand.New(rand.NewPCG(1, 1)), []int{3, 4}, "", "") }, 1, 1},
		{"D.OutDim()", func(g *GAN) { g.D = NewMLP(rand.New(rand.NewPCG(1, 1)), []int{2, 2}, "", "") }, 1, 1},
		{"G: layer 0 outputs 8", func(g *GAN) { g.G.Layers[2] = NewLinear(g.Rnd, 7, 2) }, 1, 1},
		{"steps", func(g *GAN) {}, 0, 1},
		{"batch", func(g *GAN) {}, 1, -3},
		{"K", func(g *GAN) { g.K = 0 }, 1, 1},
		{"RealLabel", func(g *GAN) { g.RealLabel = 0 }, 1, 1},
		{"Loss", func(g *GAN) { g.Loss = 7 }, 1, 1},
		{"OptG.LR", func(g *GAN) { g.OptG.(*Adam).LR = -1 }, 1, 1},
		{"OptD.LR", func(g *GAN) { g.OptD = &SGD{} }, 1, 1},
	}
	for _, c := range cases {
		gan := smallGAN(1)
		c.edit(gan)
		var before [][]float64
		if gan.D != nil {
			before = snapshot(gan.D)
		}
		h, err := gan.Train(gauss{0, 1}, c.steps, c.batch, nil)
		if err == nil || !strings.Contains(err.Error(), c.field) {
			t.Errorf("%s: err = %v, want an error naming %q", c.field, err, c.field)
		}
		if h == nil || h.Len() != 0 {
			t.Errorf("%s: history %v, want empty", c.field, h)
		}
		if gan.D != nil && !reflect.DeepEqual(snapshot(gan.D), before) {
			t.Errorf("%s: D changed although the settings were rejected", c.field)
		}
	}
}

func TestAutoencoderLearns(t *testing.T) {
	rnd := rand.New(rand.NewPCG(8, 8))
	ae := NewAutoencoder(NewMLP(rnd, []int{4, 8, 2}, "tanh", ""), NewMLP(rnd, []int{2, 8, 4}, "tanh", ""),
		NewAdam(1e-2, 0.9, 0.999))
	// Data on a 2D plane inside 4D: x = (a, b, a+b, a-b).
	x := mat.NewDense(64, 4, nil)
	for i := 0; i < 64; i++ {
		a, b := rnd.NormFloat64(), rnd.NormFloat64()
		x.SetRow(i, []float64{a, b, a + b, a - b})
	}
	first := ae.TrainStep(x)
	var last float64
	for i := 0; i < 1500; i++ {
		last = ae.TrainStep(x)
	}
	if !(last < first/20) {
		t.Errorf("MSE went from %.4f to %.4f, want at least 20× smaller", first, last)
	}
	if r, c := ae.Encode(x).Dims(); r != 64 || c != 2 {
		t.Errorf("codes are %d×%d, want 64×2", r, c)
	}
	near(t, "MSE of Reconstruct", MSE(nil, ae.Reconstruct(x), x), last, last)
}

func TestCloneIsDeep(t *testing.T) {
	rnd := rand.New(rand.NewPCG(2, 2))
	a := NewMLP(rnd, []int{2, 3, 1}, "leakyrelu", "sigmoid")
	b := a.Clone()
	x := randMat(rnd, 4, 2, 1)
	if !mat.Equal(a.Predict(x), b.Predict(x)) {
		t.Fatal("clone computes a different function")
	}
	b.Params()[0].W.Set(0, 0, 42)
	if a.Params()[0].W.At(0, 0) == 42 {
		t.Error("clone shares weights with the original")
	}
	if a.InDim() != 2 || a.OutDim() != 1 || len(a.Params()) != 4 {
		t.Errorf("InDim %d OutDim %d params %d, want 2 1 4", a.InDim(), a.OutDim(), len(a.Params()))
	}
}

// Backward writes gradients: calling it twice gives the same gradients,
// not twice as much.
func TestBackwardWritesNotAccumulates(t *testing.T) {
	rnd := rand.New(rand.NewPCG(6, 6))
	net := NewMLP(rnd, []int{3, 5, 2}, "relu", "")
	x, dy := randMat(rnd, 4, 3, 1), randMat(rnd, 4, 2, 1)
	net.Forward(x)
	net.Backward(dy)
	first := snapshot(net)
	net.Backward(dy)
	if !reflect.DeepEqual(snapshot(net), first) {
		t.Error("a second Backward changed the gradients")
	}
	net.ZeroGrad()
	if net.GradNorm() != 0 {
		t.Errorf("GradNorm after ZeroGrad = %v, want 0", net.GradNorm())
	}
}

// DStep mixes real and fake rows in one shuffled batch, with matching labels.
func TestDStepShufflesRealAndFake(t *testing.T) {
	gan := smallGAN(5)
	gan.RealLabel = 0.9
	real := mat.NewDense(32, 2, nil)
	gauss{10, 0.1}.Sample(real, gan.Rnd) // real rows are far from G's early fakes
	gan.DStep(real)
	seen := make([]bool, 64)
	firstHalfReal := 0
	for i, src := range gan.perm {
		seen[src] = true
		isReal := gan.both.At(i, 0) > 5
		if isReal != (src < 32) {
			t.Fatalf("row %d holds a %v sample but perm says source %d", i, isReal, src)
		}
		if want := map[bool]float64{true: 0.9, false: 0}[src < 32]; gan.labels[i] != want {
			t.Fatalf("row %d has label %v, want %v", i, gan.labels[i], want)
		}
		if i < 32 && src < 32 {
			firstHalfReal++
		}
	}
	for src, ok := range seen {
		if !ok {
			t.Fatalf("source row %d missing: perm is not a permutation", src)
		}
	}
	if firstHalfReal == 32 || firstHalfReal == 0 {
		t.Error("real and fake rows were not shuffled together")
	}
}
