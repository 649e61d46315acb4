package lesson01

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
)

func TestReconLossMatchesLibrary(t *testing.T) {
	x := mat.NewDense(2, 3, []float64{1, 0, -1, 0.5, 0.5, 0})
	xhat := mat.NewDense(2, 3, []float64{0, 0, 1, 0.5, -0.5, 0})
	got := ReconLoss(x, xhat)
	want := (1.0 + 4 + 1) / 6
	if math.Abs(got-want) > 1e-15 || math.Abs(got-ganlite.MSE(nil, xhat, x)) > 1e-15 {
		t.Errorf("ReconLoss = %v, want %v (ganlite.MSE %v)", got, want, ganlite.MSE(nil, xhat, x))
	}
}

func TestEncodeDecode(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	enc := ganlite.NewMLP(rnd, []int{4, 3, 2}, "relu", "")
	dec := ganlite.NewMLP(rnd, []int{2, 3, 4}, "relu", "tanh")
	x := mat.NewDense(2, 4, []float64{1, 2, 3, 4, -1, 0, 1, 0})
	z, xhat := EncodeDecode(enc, dec, x)
	if r, c := z.Dims(); r != 2 || c != 2 {
		t.Errorf("z is %d×%d", r, c)
	}
	if !mat.Equal(xhat, dec.Predict(enc.Predict(x))) {
		t.Error("xhat differs from dec(enc(x))")
	}
}
