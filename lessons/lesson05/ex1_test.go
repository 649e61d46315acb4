package lesson05

import (
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson05"
)

func TestEx1(t *testing.T) {
	if err := Ex1.Test(sol.TrainLoop); err != nil {
		t.Fatalf("reference rejected: %v", err)
	}
	// The loop written with the two steps by hand is just as right.
	byHand := func(gan *ganlite.GAN, real ganlite.Sampler, steps, batch int, progress ganlite.StepFunc) *ganlite.History {
		h := &ganlite.History{}
		x := mat.NewDense(batch, gan.D.InDim(), nil)
		for i := 1; i <= steps; i++ {
			real.Sample(x, gan.Rnd)
			s := ganlite.StepStats{Step: i, D: gan.DStep(x), G: gan.GStep(batch)}
			h.Add(s)
			progress(s)
		}
		return h
	}
	if err := Ex1.Test(byHand); err != nil {
		t.Fatalf("DStep+GStep loop rejected: %v", err)
	}
	loop := func(from, to int, add, call, g bool) TrainLoopFunc {
		return func(gan *ganlite.GAN, real ganlite.Sampler, steps, batch int, progress ganlite.StepFunc) *ganlite.History {
			h := &ganlite.History{}
			x := mat.NewDense(batch, gan.D.InDim(), nil)
			for i := from; i < steps+to; i++ {
				var s ganlite.StepStats
				if g {
					s = gan.Step(real, batch)
				} else {
					real.Sample(x, gan.Rnd)
					s.D = gan.DStep(x)
				}
				if add {
					h.Add(s)
				}
				if call {
					progress(s)
				}
			}
			return h
		}
	}
	wrong := map[string]struct {
		f    TrainLoopFunc
		want string
	}{
		"one step too many": {loop(0, 1, true, true, true), "entries"},
		"one step too few":  {loop(1, 0, true, true, true), "entries"},
		"nothing recorded":  {loop(0, 0, false, true, true), "entries"},
		"no progress calls": {loop(0, 0, true, false, true), "progress"},
		"D steps only":      {loop(0, 0, true, true, false), "G never changed"},
		"two Steps per round": {func(gan *ganlite.GAN, real ganlite.Sampler, steps, batch int, progress ganlite.StepFunc) *ganlite.History {
			h := &ganlite.History{}
			for i := 0; i < steps; i++ {
				gan.Step(real, batch)
				s := gan.Step(real, batch)
				h.Add(s)
				progress(s)
			}
			return h
		}, "reference"},
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
	stub := func(gan *ganlite.GAN, real ganlite.Sampler, steps, batch int, progress ganlite.StepFunc) *ganlite.History {
		return nil
	}
	if err := Ex1.Test(stub); !check.IsNotDone(err) {
		t.Errorf("stub: want not done, got %v", err)
	}
}
