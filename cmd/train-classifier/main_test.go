package main

import "testing"

func TestEpochLR(t *testing.T) {
	want := []float64{1, 1, 1, 1, 1, 0.5, 0.25, 0.125, 0.0625, 0.03125}
	for e := 1; e <= 10; e++ {
		if got := epochLR(1, e, 10); got != want[e-1] {
			t.Errorf("epochLR(1, %d, 10) = %g, want %g", e, got, want[e-1])
		}
	}
	if got := epochLR(2e-3, 1, 1); got != 2e-3 {
		t.Errorf("a single epoch keeps the base rate, got %g", got)
	}
}

func TestRunRejectsBadFlags(t *testing.T) {
	if err := run(0, 1, 64, 1e-3, "../../ganlite/data/mnist", "/dev/null"); err == nil {
		t.Error("--epochs 0 accepted")
	}
	if err := run(1, 1, 64, 1e-3, "/nonexistent", "/dev/null"); err == nil {
		t.Error("a missing data folder was accepted")
	}
}
