package lesson04

import (
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
)

func toy(seed uint64) *ganlite.GAN {
	rnd := rand.New(rand.NewPCG(seed, 1))
	g := ganlite.NewMLP(rnd, []int{1, 8, 1}, "leakyrelu", "")
	d := ganlite.NewMLP(rnd, []int{1, 8, 1}, "leakyrelu", "")
	return ganlite.NewGAN(g, d, ganlite.NewAdam(1e-3, 0.5, 0.999), ganlite.NewAdam(1e-3, 0.5, 0.999), rnd)
}

func sameWeights(a, b *ganlite.Sequential) bool {
	pa, pb := a.Params(), b.Params()
	for i := range pa {
		if !mat.Equal(pa[i].W, pb[i].W) {
			return false
		}
	}
	return true
}

// TestSteps checks that each step moves its own player only, and that its
// loss is the library's: DStep's BCE equals GAN.DStep's on the same draws
// (shuffling does not change a mean), GStep's equals GAN.GStep's.
func TestSteps(t *testing.T) {
	gan, lib := toy(1), toy(1)
	real := mat.NewDense(16, 1, nil)
	for i := 0; i < 16; i++ {
		real.Set(i, 0, 3+0.1*float64(i))
	}
	g0, d0 := gan.G.Clone(), gan.D.Clone()
	loss := DStep(gan, real)
	if want := lib.DStep(real).Loss; loss-want > 1e-12 || want-loss > 1e-12 {
		t.Errorf("DStep loss %v, library's %v", loss, want)
	}
	if !sameWeights(g0, gan.G) || sameWeights(d0, gan.D) {
		t.Error("DStep must move D and only D")
	}
	gan, lib = toy(2), toy(2)
	g0, d0 = gan.G.Clone(), gan.D.Clone()
	loss = GStep(gan, 16)
	if want := lib.GStep(16).Loss; loss != want {
		t.Errorf("GStep loss %v, library's %v", loss, want)
	}
	if sameWeights(g0, gan.G) || !sameWeights(d0, gan.D) || !gan.D.Trainable() {
		t.Error("GStep must move G and only G, and leave D trainable")
	}
}
