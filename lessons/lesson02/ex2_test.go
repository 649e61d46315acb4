package lesson02

import (
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson02"
)

func TestEx2AcceptsReference(t *testing.T) {
	if err := Ex2.Test(sol.GeneratorForward); err != nil {
		t.Fatalf("reference rejected: %v", err)
	}
}

func TestEx2RejectsWrong(t *testing.T) {
	variant := func(hidden, out func(float64) float64, noBias bool) ForwardFunc {
		return func(z *mat.Dense, W, b []*mat.Dense) *mat.Dense {
			return forwardVariant(z, W, b, hidden, out, noBias)
		}
	}
	wrong := map[string]struct {
		f    ForwardFunc
		want string
	}{
		"ReLU hidden":     {variant(relu, tanhF, false), "ReLU on the hidden layers"},
		"no final tanh":   {variant(leaky, identity, false), "final tanh is missing"},
		"tanh everywhere": {variant(tanhF, tanhF, false), "tanh on the hidden layers too"},
		"no bias":         {variant(leaky, tanhF, true), "bias b[k] is missing"},
		"slope 0.01":      {variant(leaky01, tanhF, false), "slope 0.01"},
		"sigmoid output": {variant(leaky, func(v float64) float64 { return 1 / (1 + expNeg(v)) }, false),
			"forward(z, W, b)["},
		"two layers only": {func(z *mat.Dense, W, b []*mat.Dense) *mat.Dense {
			return sol.GeneratorForward(z, W[:2], b[:2])
		}, "want 3×6"},
		"overwrites z": {func(z *mat.Dense, W, b []*mat.Dense) *mat.Dense {
			y := sol.GeneratorForward(z, W, b)
			z.Scale(2, z)
			return y
		}, "changed its input z"},
	}
	for name, w := range wrong {
		err := Ex2.Test(w.f)
		if !check.IsWrong(err) {
			t.Errorf("%s: want a mismatch, got %v", name, err)
			continue
		}
		if !strings.Contains(err.Error(), w.want) {
			t.Errorf("%s: message lacks %q:\n%v", name, w.want, err)
		}
	}
}

func TestEx2StubAndPanic(t *testing.T) {
	stubs := map[string]ForwardFunc{
		"nil": func(z *mat.Dense, W, b []*mat.Dense) *mat.Dense { return nil },
		"zeros": func(z *mat.Dense, W, b []*mat.Dense) *mat.Dense {
			n, _ := z.Dims()
			_, c := W[len(W)-1].Dims()
			return mat.NewDense(n, c, nil)
		},
		"func": nil,
	}
	for name, f := range stubs {
		if err := Ex2.Test(f); !check.IsNotDone(err) {
			t.Errorf("%s: want not done, got %v", name, err)
		}
	}
	// W·h instead of h·W: a shape panic, caught and explained.
	swapped := func(z *mat.Dense, W, b []*mat.Dense) *mat.Dense {
		var a mat.Dense
		a.Mul(W[0], z)
		return &a
	}
	if err := Ex2.Test(swapped); !check.IsPanic(err) || !strings.Contains(err.Error(), "shapes do not fit") {
		t.Errorf("swapped product: want an explained panic, got %v", err)
	}
}

func TestEx2UseFallsBack(t *testing.T) {
	g := testNet(1, []int{2, 3, 3, 4})
	W, b := Weights(g)
	z := check.RandDense(check.NewRand(2), 2, 2)
	if !mat.EqualApprox(Ex2.Use(nil)(z, W, b), g.Predict(z), 1e-12) {
		t.Error("Use(nil) is not the reference")
	}
}
