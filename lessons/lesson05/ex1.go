package lesson05

import (
	"fmt"
	"math/rand/v2"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/ganlite/data"
	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson05"
)

// TrainLoopFunc is the signature of exercise 1: train gan for steps steps
// on real batches of size batch, calling progress after each, and return
// the History.
type TrainLoopFunc func(gan *ganlite.GAN, real ganlite.Sampler, steps, batch int, progress ganlite.StepFunc) *ganlite.History

// TrainLoopExercise checks a training loop. It embeds *check.Exercise for
// Hint, Solution, Name and Title.
type TrainLoopExercise struct{ *check.Exercise }

// Check prints ✓ if f is a correct training loop, else ✗ with what went wrong.
func (e TrainLoopExercise) Check(f func(gan *ganlite.GAN, real ganlite.Sampler, steps, batch int, progress ganlite.StepFunc) *ganlite.History) {
	e.Exercise.Check(TrainLoopFunc(f))
}

// Test returns nil if f is a correct training loop (for tests; prints nothing).
func (e TrainLoopExercise) Test(f func(gan *ganlite.GAN, real ganlite.Sampler, steps, batch int, progress ganlite.StepFunc) *ganlite.History) error {
	return e.Exercise.Test(TrainLoopFunc(f))
}

// Use returns f if it passes, else the reference loop, saying which.
func (e TrainLoopExercise) Use(f func(gan *ganlite.GAN, real ganlite.Sampler, steps, batch int, progress ganlite.StepFunc) *ganlite.History) TrainLoopFunc {
	return e.Exercise.Use(TrainLoopFunc(f)).(TrainLoopFunc)
}

// Ex1 asks for the training loop with logging.
var Ex1 = TrainLoopExercise{check.New(check.Spec{
	Name:  "lesson05.Ex1",
	Title: "training loop with logging",
	Hint: `Make an empty history: h := &ganlite.History{}. Loop exactly steps times
(for i := 0; i < steps; i++). In each round call s := gan.Step(real, batch),
which does a D step on a fresh real batch and then a G step with D frozen, and
returns their statistics. Record them with h.Add(s), then call progress(s)
(only if progress != nil). Return h.`,
	Solution: check.Code(sol.Sources, "ex1.go", "TrainLoop"),
	Ref:      TrainLoopFunc(sol.TrainLoop),
	Test: func(f interface{}) error {
		return testTrainLoop(f.(TrainLoopFunc))
	},
})}

// smallGAN is a tiny GAN on the ring of 8 Gaussians, so the check runs in
// milliseconds; the same seed gives the same GAN.
func smallGAN(seed uint64) *ganlite.GAN {
	rnd := rand.New(rand.NewPCG(seed, 51))
	g := ganlite.NewMLP(rnd, []int{2, 16, 2}, "leakyrelu", "")
	d := ganlite.NewMLP(rnd, []int{2, 16, 1}, "leakyrelu", "")
	return ganlite.NewGAN(g, d, ganlite.NewAdam(1e-3, 0.5, 0.999), ganlite.NewAdam(1e-3, 0.5, 0.999), rnd)
}

// testTrainLoop runs f and the reference on identical small GANs and
// compares the histories, the progress calls and the trained weights.
func testTrainLoop(f TrainLoopFunc) error {
	for _, c := range []struct {
		seed         uint64
		steps, batch int
	}{{1, 5, 8}, {2, 3, 16}} {
		gan, ref := smallGAN(c.seed), smallGAN(c.seed)
		g0, d0 := gan.G.Clone(), gan.D.Clone()
		var seen []ganlite.StepStats
		h := f(gan, data.NewRing(), c.steps, c.batch, func(s ganlite.StepStats) { seen = append(seen, s) })
		want := sol.TrainLoop(ref, data.NewRing(), c.steps, c.batch, nil)
		call := fmt.Sprintf("trainLoop(gan, real, steps=%d, batch=%d, progress)", c.steps, c.batch)
		if h == nil {
			if len(seen) == 0 && sameNet(g0, gan.G) && sameNet(d0, gan.D) {
				return check.NotDone("%s returned nil", call)
			}
			return fmt.Errorf("%s returned a nil History: return the one you recorded into", call)
		}
		if h.Len() != c.steps {
			return fmt.Errorf("%s: the History has %d entries, want one per step, %d (check the loop bounds)", call, h.Len(), c.steps)
		}
		if len(seen) != c.steps {
			return fmt.Errorf("%s: progress was called %d times, want once after every step, %d times", call, len(seen), c.steps)
		}
		if sameNet(d0, gan.D) {
			return fmt.Errorf("%s: D never changed: each step needs a D step (gan.Step does one)", call)
		}
		if sameNet(g0, gan.G) {
			return fmt.Errorf("%s: G never changed: each step needs a G step after the D step (gan.Step does both)", call)
		}
		for i, s := range seen {
			if s.D.Loss != h.DLoss[i] || s.G.Loss != h.GLoss[i] {
				return fmt.Errorf("%s: progress call %d got D loss %.6g, G loss %.6g but the History's step %d has %.6g, %.6g: "+
					"pass progress the same statistics you record", call, i+1, s.D.Loss, s.G.Loss, i+1, h.DLoss[i], h.GLoss[i])
			}
		}
		for _, v := range []struct {
			name      string
			got, want []float64
		}{{"DLoss", h.DLoss, want.DLoss}, {"GLoss", h.GLoss, want.GLoss}, {"DReal", h.DReal, want.DReal}, {"DFake", h.DFake, want.DFake}} {
			if err := check.Floats(call+": History."+v.name, v.got, v.want, 1e-9); err != nil {
				return fmt.Errorf("%v\n(compared with the reference run from the same seed: one gan.Step(real, batch) per step, nothing else drawn from gan.Rnd)", err)
			}
		}
	}
	return nil
}

// sameNet reports whether two networks have bit-identical weights.
func sameNet(a, b *ganlite.Sequential) bool {
	pa, pb := a.Params(), b.Params()
	for i := range pa {
		wa, wb := pa[i].W.RawMatrix().Data, pb[i].W.RawMatrix().Data
		for j := range wa {
			if wa[j] != wb[j] {
				return false
			}
		}
	}
	return true
}
