package lesson00

import (
	"math"
	"testing"
	"time"

	"github.com/ganlite/ganlite/lessons/check"
)

func TestLineFitConverges(t *testing.T) {
	f := NewLineFit(check.NewRand(1), 10000)
	first := f.Step()
	var last float64
	for i := 0; i < 3000; i++ {
		last = f.Step()
	}
	if !(last < first/10) || math.Abs(f.W-TrueW) > 0.05 || math.Abs(f.B-TrueB) > 0.05 {
		t.Errorf("after 3000 steps: loss %.4f (first %.4f), W %.3f, B %.3f", last, first, f.W, f.B)
	}
}

// TestLineFitTiming prints how long the tour's progress demo takes, and
// fails if it is far from its 2–3 s budget.
func TestLineFitTiming(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	f := NewLineFit(check.NewRand(1), TourPoints)
	start := time.Now()
	for i := 0; i < 300; i++ {
		f.Step()
	}
	total := time.Since(start) * TourSteps / 300
	t.Logf("tour demo: %d steps on %d points ≈ %v", TourSteps, TourPoints, total)
	if total > 6*time.Second {
		t.Errorf("tour demo would take %v", total)
	}
}
