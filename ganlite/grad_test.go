package ganlite

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// Finite-difference gradient checks: every analytic gradient is compared
// with the central difference (f(w+h) - f(w-h)) / 2h, element by element.

const (
	fdStep   = 1e-5
	fdMaxErr = 1e-6 // largest allowed relative error ‖a-n‖ / (‖a‖+‖n‖)
)

// randMat returns an r×c matrix with entries uniform in (-scale, scale),
// each at least 0.05 away from zero so that ReLU kinks are never crossed.
func randMat(rnd *rand.Rand, r, c int, scale float64) *mat.Dense {
	m := mat.NewDense(r, c, nil)
	d := m.RawMatrix().Data
	for i := range d {
		v := 0.05 + rnd.Float64()*(scale-0.05)
		if rnd.IntN(2) == 0 {
			v = -v
		}
		d[i] = v
	}
	return m
}

// relErr returns ‖a-b‖ / (‖a‖+‖b‖), or 0 when both are zero.
func relErr(a, b []float64) float64 {
	var diff, na, nb float64
	for i := range a {
		diff += (a[i] - b[i]) * (a[i] - b[i])
		na += a[i] * a[i]
		nb += b[i] * b[i]
	}
	if na+nb == 0 {
		return 0
	}
	return math.Sqrt(diff) / (math.Sqrt(na) + math.Sqrt(nb))
}

// numGrad returns the central-difference gradient of f with respect to
// every element of w (changed in place and restored).
func numGrad(w *mat.Dense, f func() float64) []float64 {
	d := w.RawMatrix().Data
	g := make([]float64, len(d))
	for i := range d {
		old := d[i]
		d[i] = old + fdStep
		fp := f()
		d[i] = old - fdStep
		fm := f()
		d[i] = old
		g[i] = (fp - fm) / (2 * fdStep)
	}
	return g
}

// checkLayer checks dL/dx and dL/dθ of layer for L = Σ R⊙layer(x), whose
// gradient with respect to the output is R.
func checkLayer(t *testing.T, name string, layer Layer, x *mat.Dense, rnd *rand.Rand) {
	t.Helper()
	y := layer.Forward(x)
	r, c := y.Dims()
	R := randMat(rnd, r, c, 1)
	loss := func() float64 { return mat.Sum(mulElem(layer.Forward(x), R)) }

	layer.Forward(x)
	dx := mat.DenseCopyOf(layer.Backward(R))
	if e := relErr(dx.RawMatrix().Data, numGrad(x, loss)); e > fdMaxErr {
		t.Errorf("%s: dL/dx relative error %.3g > %g", name, e, fdMaxErr)
	}
	for _, p := range layer.Params() {
		layer.Forward(x)
		layer.Backward(R)
		an := append([]float64(nil), p.G.RawMatrix().Data...)
		if e := relErr(an, numGrad(p.W, loss)); e > fdMaxErr {
			t.Errorf("%s: dL/d%s relative error %.3g > %g", name, p.Name, e, fdMaxErr)
		}
	}
}

func mulElem(a, b *mat.Dense) *mat.Dense {
	var m mat.Dense
	m.MulElem(a, b)
	return &m
}

func TestGradLayers(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	layers := map[string]Layer{
		"Linear":    NewLinear(rnd, 5, 3),
		"ReLU":      NewReLU(),
		"LeakyReLU": NewLeakyReLU(0.2),
		"Tanh":      NewTanh(),
		"Sigmoid":   NewSigmoid(),
		"MLP":       NewMLP(rnd, []int{5, 4, 3}, "leakyrelu", "tanh"),
	}
	for _, name := range []string{"Linear", "ReLU", "LeakyReLU", "Tanh", "Sigmoid", "MLP"} {
		l := layers[name]
		if lin, ok := l.(*Linear); ok { // non-zero bias so that dL/db is tested on a general point
			copy(lin.B.W.RawMatrix().Data, []float64{0.1, -0.2, 0.3})
		}
		checkLayer(t, name, l, randMat(rnd, 4, 5, 2), rnd)
	}
}

func TestGradLosses(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	logits := randMat(rnd, 6, 1, 3)
	labels := []float64{1, 0, 0.9, 0, 1, 0.3}
	pred := randMat(rnd, 4, 3, 1)
	target := randMat(rnd, 4, 3, 1)
	scores := randMat(rnd, 4, 5, 3)
	classes := []int{0, 4, 2, 2}

	cases := []struct {
		name string
		in   *mat.Dense
		loss func(grad *mat.Dense) float64
	}{
		{"BCEWithLogits", logits, func(g *mat.Dense) float64 { return BCEWithLogits(g, logits, labels) }},
		{"GLossNonSaturating", logits, func(g *mat.Dense) float64 { return GLossNonSaturating(g, logits) }},
		{"GLossSaturating", logits, func(g *mat.Dense) float64 { return GLossSaturating(g, logits) }},
		{"MSE", pred, func(g *mat.Dense) float64 { return MSE(g, pred, target) }},
		{"SoftmaxCrossEntropy", scores, func(g *mat.Dense) float64 { return SoftmaxCrossEntropy(g, scores, classes) }},
	}
	for _, c := range cases {
		r, k := c.in.Dims()
		grad := mat.NewDense(r, k, nil)
		v := c.loss(grad)
		if v2 := c.loss(nil); v2 != v {
			t.Errorf("%s: value with grad %v, without %v", c.name, v, v2)
		}
		num := numGrad(c.in, func() float64 { return c.loss(nil) })
		if e := relErr(grad.RawMatrix().Data, num); e > fdMaxErr {
			t.Errorf("%s: gradient relative error %.3g > %g", c.name, e, fdMaxErr)
		}
	}
}

// The losses agree with their textbook (unstable) formulas at moderate logits.
func TestLossValues(t *testing.T) {
	l := mat.NewDense(2, 1, []float64{0.5, -1.5})
	s0, s1 := 1/(1+math.Exp(-0.5)), 1/(1+math.Exp(1.5))
	want := map[string][2]float64{
		"BCE":   {BCEWithLogits(nil, l, []float64{1, 0}), -(math.Log(s0) + math.Log(1-s1)) / 2},
		"NS":    {GLossNonSaturating(nil, l), -(math.Log(s0) + math.Log(s1)) / 2},
		"Sat":   {GLossSaturating(nil, l), (math.Log(1-s0) + math.Log(1-s1)) / 2},
		"Sigma": {Logistic(-1.5), s1},
	}
	for name, v := range want {
		if math.Abs(v[0]-v[1]) > 1e-12 {
			t.Errorf("%s = %v, want %v", name, v[0], v[1])
		}
	}
}

func TestBCEStableAtExtremeLogits(t *testing.T) {
	logits := mat.NewDense(4, 1, []float64{1000, -1000, 1000, -1000})
	grad := mat.NewDense(4, 1, nil)
	// Right answers cost ~0, wrong ones cost |l| = 1000 each.
	loss := BCEWithLogits(grad, logits, []float64{1, 0, 0, 1})
	if math.Abs(loss-500) > 1e-9 {
		t.Errorf("BCE = %v, want 500 (finite)", loss)
	}
	for _, g := range grad.RawMatrix().Data {
		if math.IsNaN(g) || math.IsInf(g, 0) {
			t.Fatalf("BCE gradient %v is not finite", grad.RawMatrix().Data)
		}
	}
	for _, v := range []float64{GLossNonSaturating(grad, logits), GLossSaturating(grad, logits),
		Logistic(1000), Logistic(-1000)} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Errorf("value %v at logits ±1000 is not finite", v)
		}
	}
}

func TestShapePanicsNameShapes(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 1))
	l := NewLinear(rnd, 784, 10)
	want := "ganlite: Linear.Forward: input is 64×100, want n×784"
	func() {
		defer func() {
			if r := recover(); r != want {
				t.Errorf("panic %q, want %q", r, want)
			}
		}()
		l.Forward(mat.NewDense(64, 100, nil))
	}()
	defer func() {
		if r := recover(); r == nil {
			t.Error("NewMLP with unknown activation did not panic")
		}
	}()
	NewMLP(rnd, []int{2, 2}, "swish", "")
}
