package lesson04

import (
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson04"
)

// dStepWith is a D step with the given real/fake labels and gradient sign,
// for building wrong implementations.
func dStepWith(realLabel, fakeLabel, sign float64) DStepFunc {
	return func(gan *ganlite.GAN, real *mat.Dense) float64 {
		n, _ := real.Dims()
		fake := gan.G.Forward(gan.SampleZ(n))
		var batch mat.Dense
		batch.Stack(real, fake)
		labels := make([]float64, 2*n)
		for i := range labels {
			labels[i] = fakeLabel
			if i < n {
				labels[i] = realLabel
			}
		}
		logits := gan.D.Forward(&batch)
		grad := mat.NewDense(2*n, 1, nil)
		loss := ganlite.BCEWithLogits(grad, logits, labels)
		grad.Scale(sign, grad)
		gan.D.Backward(grad)
		gan.OptD.Step(gan.D.Params())
		return loss
	}
}

func TestEx1(t *testing.T) {
	if err := Ex1.Test(sol.DStep); err != nil {
		t.Fatalf("reference rejected: %v", err)
	}
	if err := Ex1.Test(dStepWith(1, 0, 1)); err != nil {
		t.Fatalf("a copy of the reference rejected: %v", err)
	}
	wrong := map[string]struct {
		f    DStepFunc
		want string // part of the message
	}{
		"fake not detached": {DStepNotDetached, "detached"},
		"swapped labels":    {dStepWith(0, 1, 1), "loss"},
		"wrong sign":        {dStepWith(1, 0, -1), "WORSE"},
		"G also stepped": {func(gan *ganlite.GAN, real *mat.Dense) float64 {
			l := sol.DStep(gan, real)
			gan.OptG.Step(gan.G.Params())
			return l
		}, "G's weights changed"},
		"no optimizer step": {func(gan *ganlite.GAN, real *mat.Dense) float64 {
			n, _ := real.Dims()
			fake := gan.G.Forward(gan.SampleZ(n))
			var batch mat.Dense
			batch.Stack(real, fake)
			labels := make([]float64, 2*n)
			for i := 0; i < n; i++ {
				labels[i] = 1
			}
			return ganlite.BCEWithLogits(nil, gan.D.Forward(&batch), labels)
		}, "did not change"},
		"two separate batches": {func(gan *ganlite.GAN, real *mat.Dense) float64 {
			n, _ := real.Dims()
			fake := gan.G.Forward(gan.SampleZ(n))
			ones, zeros := make([]float64, n), make([]float64, n)
			for i := range ones {
				ones[i] = 1
			}
			grad := mat.NewDense(n, 1, nil)
			l1 := ganlite.BCEWithLogits(grad, gan.D.Forward(real), ones)
			gan.D.Backward(grad)
			gan.OptD.Step(gan.D.Params())
			fake = mat.DenseCopyOf(fake)
			l2 := ganlite.BCEWithLogits(grad, gan.D.Forward(fake), zeros)
			gan.D.Backward(grad)
			gan.OptD.Step(gan.D.Params())
			return (l1 + l2) / 2
		}, "differ"},
	}
	for name, w := range wrong {
		err := Ex1.Test(w.f)
		if err == nil {
			t.Errorf("%s: accepted", name)
			continue
		}
		if check.IsNotDone(err) || !strings.Contains(err.Error(), w.want) {
			t.Errorf("%s: message %q does not mention %q", name, err, w.want)
		}
	}
	stub := func(gan *ganlite.GAN, real *mat.Dense) float64 { return 0 }
	if err := Ex1.Test(stub); !check.IsNotDone(err) {
		t.Errorf("stub: want not done, got %v", err)
	}
	todo := func(gan *ganlite.GAN, real *mat.Dense) float64 { panic("TODO") }
	if err := Ex1.Test(todo); !check.IsNotDone(err) {
		t.Errorf("panic(TODO): want not done, got %v", err)
	}
	if f := Ex1.Use(stub); f == nil {
		t.Error("Use(stub) returned nil")
	}
}
