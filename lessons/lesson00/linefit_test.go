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

// TestLineFitTiming logs how long the tour's progress demo takes (about 2 s
// on an idle 2-core machine). It only logs: timings under a loaded machine
// say nothing about the code.
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
}
