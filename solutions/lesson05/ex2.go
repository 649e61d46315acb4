package lesson05

import (
	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
)

// Interpolate walks through G's latent space in a straight line: it returns
// G applied to the n rows z_k = (1−t)·z0 + t·z1 with t = k/(n−1), k = 0…n−1,
// so the first row is G(z0) and the last G(z1). z0 and z1 are 1×ZDim rows;
// n must be at least 2. The result (n×G.OutDim()) belongs to the caller.
func Interpolate(g *ganlite.Sequential, z0, z1 *mat.Dense, n int) *mat.Dense {
	_, dim := z0.Dims()
	zs := mat.NewDense(n, dim, nil)
	for k := 0; k < n; k++ {
		t := float64(k) / float64(n-1) // 0, 1/(n−1), …, 1
		for j := 0; j < dim; j++ {
			zs.Set(k, j, (1-t)*z0.At(0, j)+t*z1.At(0, j))
		}
	}
	return g.Predict(zs) // a copy: Forward's buffer is reused by the next call
}
