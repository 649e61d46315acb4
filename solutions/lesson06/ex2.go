package lesson06

import "gonum.org/v1/gonum/mat"

// Pack groups a batch x (n×d, one sample per row) into packs of m
// consecutive samples for a PacGAN discriminator (Lin et al. 2018, §3):
// row i of the result (n/m × m·d) is samples i·m, i·m+1, …, i·m+m−1 of x,
// one after the other. n must be a multiple of m. x is left unchanged.
func Pack(x *mat.Dense, m int) *mat.Dense {
	n, d := x.Dims()
	p := mat.NewDense(n/m, m*d, nil)
	for i := 0; i < n/m; i++ {
		for k := 0; k < m; k++ { // the k-th sample of pack i
			for j := 0; j < d; j++ {
				p.Set(i, k*d+j, x.At(i*m+k, j))
			}
		}
	}
	return p
}
