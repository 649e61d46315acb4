package metrics

import (
	"fmt"
	"math/rand/v2"

	"github.com/ganlite/ganlite/ganlite/data"
	"gonum.org/v1/gonum/mat"
)

// FrechetMNIST returns the Fréchet distance between the classifier features
// (Clf.Features, 128-d) of generated images fake and real images real
// (rows, n×784, pixels in [-1, 1]): an FID (Heusel et al. 2017) with our small
// MNIST classifier in place of Inception, so its values are not comparable to
// published FIDs. Lower is better; compare it with RealFloor at the same
// sample size, since even two sets of real digits are not at distance 0.
func FrechetMNIST(c *Clf, fake, real *mat.Dense) float64 {
	return Frechet(c.Features(fake), c.Features(real))
}

// RealFloor returns the Fréchet distance between the classifier features of
// two disjoint random halves of set, n images each: the score a perfect
// generator would get with n samples, shown beside every fake score.
// The split is drawn with rnd. Panics unless 2 ≤ n and 2n ≤ set.Len().
func RealFloor(c *Clf, set *data.Set, n int, rnd *rand.Rand) float64 {
	if n < 2 || 2*n > set.Len() {
		panic(fmt.Sprintf("metrics: RealFloor: n is %d, want 2..%d (two disjoint halves of %d images)", n, set.Len()/2, set.Len()))
	}
	a, b := disjointHalves(set.X, n, rnd)
	return FrechetMNIST(c, a, b)
}

// disjointHalves copies 2n distinct random rows of x into two n-row matrices.
func disjointHalves(x *mat.Dense, n int, rnd *rand.Rand) (*mat.Dense, *mat.Dense) {
	rows, cols := x.Dims()
	perm := rnd.Perm(rows)
	a := mat.NewDense(n, cols, nil)
	b := mat.NewDense(n, cols, nil)
	for i := 0; i < n; i++ {
		a.SetRow(i, x.RawRowView(perm[i]))
		b.SetRow(i, x.RawRowView(perm[n+i]))
	}
	return a, b
}
