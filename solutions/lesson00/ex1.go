package lesson00

import "gonum.org/v1/gonum/mat"

// Affine returns y = xW + b for a batch x (n×in, one sample per row),
// weights W (in×out) and a bias row b (1×out): row i of y is row i of x
// times W, plus b. It leaves its inputs unchanged.
func Affine(x, W, b *mat.Dense) *mat.Dense {
	n, _ := x.Dims()
	_, out := W.Dims()
	y := mat.NewDense(n, out, nil)
	y.Mul(x, W) // y = xW
	for i := 0; i < n; i++ {
		for j := 0; j < out; j++ {
			y.Set(i, j, y.At(i, j)+b.At(0, j)) // the same b for every row
		}
	}
	return y
}
