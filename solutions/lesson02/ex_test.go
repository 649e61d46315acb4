package lesson02

import (
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
)

func TestSampleZ(t *testing.T) {
	a := SampleZ(rand.New(rand.NewPCG(1, 2)), 3, 4)
	b := SampleZ(rand.New(rand.NewPCG(1, 2)), 3, 4)
	if r, c := a.Dims(); r != 3 || c != 4 || !mat.Equal(a, b) {
		t.Errorf("SampleZ: %d×%d, equal %v", r, c, mat.Equal(a, b))
	}
}

func TestGeneratorForwardMatchesMLP(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	g := ganlite.NewMLP(rnd, []int{3, 5, 4, 6}, "leakyrelu", "tanh")
	var W, b []*mat.Dense
	for _, l := range g.Layers {
		if lin, ok := l.(*ganlite.Linear); ok {
			for j := 0; j < lin.OutDim(); j++ {
				lin.B.W.Set(0, j, rnd.NormFloat64())
			}
			W, b = append(W, lin.W.W), append(b, lin.B.W)
		}
	}
	z := mat.NewDense(2, 3, []float64{1, -2, 0.5, -1, 0, 2})
	if got, want := GeneratorForward(z, W, b), g.Predict(z); !mat.EqualApprox(got, want, 1e-12) {
		t.Errorf("GeneratorForward =\n%v\nwant\n%v", mat.Formatted(got), mat.Formatted(want))
	}
}
