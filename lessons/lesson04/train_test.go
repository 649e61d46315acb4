package lesson04

import (
	"testing"

	sol "github.com/ganlite/ganlite/solutions/lesson04"
)

// TestTrainMoves checks that Train records who moved whom: nothing with the
// right steps, G in the D step when the fakes are not detached, D in the G
// step when D is not frozen.
func TestTrainMoves(t *testing.T) {
	const steps = 30
	r := Train(NewToyGAN(1), sol.DStep, sol.GStep, steps, []int{0, steps}, 1)
	if g, d := r.Moves(); g != 0 || d != 0 {
		t.Errorf("right steps: G moved %v in D steps, D moved %v in G steps; want 0, 0", g, d)
	}
	if len(r.DLoss) != steps || len(r.Panels) != 2 || r.At[1] != steps {
		t.Errorf("recorded %d losses, %d panels at %v", len(r.DLoss), len(r.Panels), r.At)
	}
	if g, d := Train(NewToyGAN(1), DStepNotDetached, sol.GStep, steps, nil, 1).Moves(); g == 0 || d != 0 {
		t.Errorf("not detached: G moved %v in D steps (want > 0), D moved %v in G steps (want 0)", g, d)
	}
	if g, d := Train(NewToyGAN(1), sol.DStep, GStepNotFrozen, steps, nil, 1).Moves(); g != 0 || d == 0 {
		t.Errorf("not frozen: G moved %v in D steps (want 0), D moved %v in G steps (want > 0)", g, d)
	}
	// Same seed, same steps: bit-identical runs.
	a := Train(NewToyGAN(2), sol.DStep, sol.GStep, steps, nil, 2)
	b := Train(NewToyGAN(2), sol.DStep, sol.GStep, steps, nil, 2)
	if a.DLoss[steps-1] != b.DLoss[steps-1] || ParamDistance(a.Final.G, b.Final.G) != 0 {
		t.Error("two runs with the same seed differ")
	}
}
