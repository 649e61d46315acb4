package lesson04

import (
	"fmt"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	sol "github.com/ganlite/ganlite/solutions/lesson04"
)

// checkSeeds are the GANs the step checks try.
var checkSeeds = []uint64{11, 12}

// warmPair returns two bit-identical toy GANs built from seed, each after
// two rounds of the reference loop, so that both players have non-zero
// gradients and Adam state when a check starts.
func warmPair(seed uint64) (mine, ref *ganlite.GAN) {
	mine, ref = NewToyGAN(seed), NewToyGAN(seed)
	for _, gan := range []*ganlite.GAN{mine, ref} {
		rnd := rand.New(rand.NewPCG(seed, 41))
		for i := 0; i < 2; i++ {
			sol.DStep(gan, RealBatch(Batch, rnd))
			sol.GStep(gan, Batch)
		}
	}
	return mine, ref
}

// gradDistance is ParamDistance for the gradients: 0 when the gradients of
// two networks are bit-identical.
func gradDistance(a, b *ganlite.Sequential) float64 {
	ga, gb := gradsOf(a), gradsOf(b)
	return ParamDistance(ga, gb)
}

// gradsOf returns a copy of net whose weights are net's gradients, so that
// ParamDistance can compare gradients.
func gradsOf(net *ganlite.Sequential) *ganlite.Sequential {
	c := net.Clone()
	for i, p := range c.Params() {
		p.W.Copy(net.Params()[i].G)
	}
	return c
}

// sameWeights returns an error naming the first parameter of got whose
// weights differ from want's by more than tol (relative).
func sameWeights(who string, got, want *ganlite.Sequential, tol float64) error {
	pg, pw := got.Params(), want.Params()
	for i := range pg {
		gd, wd := pg[i].W.RawMatrix().Data, pw[i].W.RawMatrix().Data
		for j := range gd {
			d := gd[j] - wd[j]
			if d < 0 {
				d = -d
			}
			w := wd[j]
			if w < 0 {
				w = -w
			}
			if d > tol*(1+w) {
				return fmt.Errorf("%s's weights after your step differ from the reference's: %s[%d] is %.6g, want %.6g",
					who, pg[i].Name, j, gd[j], wd[j])
			}
		}
	}
	return nil
}

// dLoss returns D's BCE loss on the rows of x, all with the given label,
// without touching any gradient.
func dLoss(d *ganlite.Sequential, x *mat.Dense, label float64) float64 {
	n, _ := x.Dims()
	labels := make([]float64, n)
	for i := range labels {
		labels[i] = label
	}
	return ganlite.BCEWithLogits(nil, d.Clone().Forward(x), labels)
}

// fixedZ returns n fixed noise rows for the toy G (seeded by seed).
func fixedZ(n int, seed uint64) *mat.Dense {
	rnd := rand.New(rand.NewPCG(seed, 42))
	z := mat.NewDense(n, 1, nil)
	for i := 0; i < n; i++ {
		z.Set(i, 0, rnd.NormFloat64())
	}
	return z
}
