package lesson04

import (
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson04"
)

// gStepWith is a G step with options, for building wrong implementations:
// freeze D or not, restore its flag or not, the fakes' target label
// (1 right, 0 wrong) and the gradient's sign.
func gStepWith(freeze, restore bool, label, sign float64) GStepFunc {
	return func(gan *ganlite.GAN, n int) float64 {
		fake := gan.G.Forward(gan.SampleZ(n))
		if freeze {
			gan.D.SetTrainable(false)
		}
		logits := gan.D.Forward(fake)
		grad := mat.NewDense(n, 1, nil)
		labels := make([]float64, n)
		for i := range labels {
			labels[i] = label
		}
		loss := ganlite.BCEWithLogits(grad, logits, labels)
		grad.Scale(sign, grad)
		gan.G.Backward(gan.D.Backward(grad))
		gan.OptG.Step(gan.G.Params())
		if freeze && restore {
			gan.D.SetTrainable(true)
		}
		return loss
	}
}

func TestEx2(t *testing.T) {
	if err := Ex2.Test(sol.GStep); err != nil {
		t.Fatalf("reference rejected: %v", err)
	}
	if err := Ex2.Test(gStepWith(true, true, 1, 1)); err != nil {
		t.Fatalf("BCE with label 1 (same as the non-saturating loss) rejected: %v", err)
	}
	wrong := map[string]struct {
		f    GStepFunc
		want string
	}{
		"D not frozen (and stepped)": {GStepNotFrozen, "D's weights changed"},
		"D not frozen":               {gStepWith(false, false, 1, 1), "not frozen"},
		"flag not restored":          {gStepWith(true, false, 1, 1), "still frozen"},
		"label 0 for fakes":          {gStepWith(true, true, 0, 1), "loss"},
		"wrong sign":                 {gStepWith(true, true, 1, -1), "EASIER"},
		"saturating loss": {func(gan *ganlite.GAN, n int) float64 {
			fake := gan.G.Forward(gan.SampleZ(n))
			gan.D.SetTrainable(false)
			defer gan.D.SetTrainable(true)
			grad := mat.NewDense(n, 1, nil)
			loss := ganlite.GLossSaturating(grad, gan.D.Forward(fake))
			gan.G.Backward(gan.D.Backward(grad))
			gan.OptG.Step(gan.G.Params())
			return loss
		}, "loss"},
	}
	for name, w := range wrong {
		err := Ex2.Test(w.f)
		if err == nil {
			t.Errorf("%s: accepted", name)
			continue
		}
		if check.IsNotDone(err) || !strings.Contains(err.Error(), w.want) {
			t.Errorf("%s: message %q does not mention %q", name, err, w.want)
		}
	}
	stub := func(gan *ganlite.GAN, n int) float64 { return 0 }
	if err := Ex2.Test(stub); !check.IsNotDone(err) {
		t.Errorf("stub: want not done, got %v", err)
	}
}
