package lesson01

import "gonum.org/v1/gonum/mat"

// ReconLoss returns the reconstruction loss of an autoencoder, the mean
// squared error over every pixel of every image:
//
//	L = 1/(n·d) · Σᵢ Σⱼ (xhat[i,j] − x[i,j])²
//
// for a batch x of n images with d pixels each and its reconstruction xhat
// (same shape). It leaves both inputs unchanged.
func ReconLoss(x, xhat *mat.Dense) float64 {
	n, d := x.Dims()
	sum := 0.0
	for i := 0; i < n; i++ {
		for j := 0; j < d; j++ {
			diff := xhat.At(i, j) - x.At(i, j)
			sum += diff * diff
		}
	}
	return sum / float64(n*d) // the mean over all n·d pixels, not just the n rows
}
