package lesson05

import (
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
)

type line struct{}

func (line) Sample(dst *mat.Dense, rnd *rand.Rand) {
	r, c := dst.Dims()
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			dst.Set(i, j, 1+0.1*rnd.NormFloat64())
		}
	}
}

func TestTrainLoop(t *testing.T) {
	mk := func() *ganlite.GAN {
		rnd := rand.New(rand.NewPCG(1, 2))
		g := ganlite.NewMLP(rnd, []int{2, 8, 2}, "relu", "")
		d := ganlite.NewMLP(rnd, []int{2, 8, 1}, "relu", "")
		return ganlite.NewGAN(g, d, ganlite.NewAdam(1e-3, 0.5, 0.999), ganlite.NewAdam(1e-3, 0.5, 0.999), rnd)
	}
	calls := 0
	h := TrainLoop(mk(), line{}, 7, 8, func(s ganlite.StepStats) { calls++ })
	want, err := mk().Train(line{}, 7, 8, nil)
	if err != nil {
		t.Fatal(err)
	}
	if h.Len() != 7 || calls != 7 || h.DLoss[6] != want.DLoss[6] || h.GLoss[6] != want.GLoss[6] {
		t.Errorf("len %d, calls %d, last losses %v %v, want 7, 7, %v %v", h.Len(), calls, h.DLoss[6], h.GLoss[6], want.DLoss[6], want.GLoss[6])
	}
}

func TestInterpolate(t *testing.T) {
	g := ganlite.NewMLP(rand.New(rand.NewPCG(1, 1)), []int{2, 3}, "", "") // linear
	z0 := mat.NewDense(1, 2, []float64{0, 1})
	z1 := mat.NewDense(1, 2, []float64{2, -1})
	x := Interpolate(g, z0, z1, 5)
	if r, c := x.Dims(); r != 5 || c != 3 {
		t.Fatalf("shape %d×%d", r, c)
	}
	a, b := g.Predict(z0), g.Predict(z1)
	mid := mat.NewDense(1, 3, nil)
	mid.Add(a, b)
	mid.Scale(0.5, mid)
	if !mat.EqualApprox(x.Slice(0, 1, 0, 3), a, 1e-12) || !mat.EqualApprox(x.Slice(4, 5, 0, 3), b, 1e-12) ||
		!mat.EqualApprox(x.Slice(2, 3, 0, 3), mid, 1e-12) {
		t.Errorf("endpoints or midpoint wrong:\n%v", mat.Formatted(x))
	}
}
