package lesson00

import (
	"testing"

	"gonum.org/v1/gonum/mat"
)

func TestAffine(t *testing.T) {
	x := mat.NewDense(2, 2, []float64{1, 2, 3, 4})
	W := mat.NewDense(2, 3, []float64{1, 0, 1, 0, 1, 1})
	b := mat.NewDense(1, 3, []float64{10, 20, 30})
	got := Affine(x, W, b)
	want := mat.NewDense(2, 3, []float64{11, 22, 33, 13, 24, 37})
	if !mat.Equal(got, want) {
		t.Errorf("Affine =\n%v\nwant\n%v", mat.Formatted(got), mat.Formatted(want))
	}
}
