package lesson03

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
)

func TestMakeBatch(t *testing.T) {
	real := mat.NewDense(3, 2, []float64{1, 1, 2, 2, 3, 3})
	fake := mat.NewDense(3, 2, []float64{-1, -1, -2, -2, -3, -3})
	x, labels := MakeBatch(real, fake, rand.New(rand.NewPCG(1, 2)))
	sum := 0.0
	for i, y := range labels {
		if (x.At(i, 0) > 0) != (y == 1) {
			t.Errorf("row %d = %v labelled %v", i, x.RawRowView(i), y)
		}
		sum += x.At(i, 0)
	}
	if len(labels) != 6 || sum != 0 {
		t.Errorf("labels %v, sum %v", labels, sum)
	}
}

func TestBCEMatchesLibrary(t *testing.T) {
	logits := mat.NewDense(6, 1, []float64{-2, 0, 3, 1000, -1000, 1000})
	labels := []float64{0, 1, 1, 1, 0, 0}
	got, want := BCE(logits, labels), ganlite.BCEWithLogits(nil, logits, labels)
	if math.Abs(got-want) > 1e-12 || math.IsNaN(got) {
		t.Errorf("BCE = %v, library %v", got, want)
	}
}
