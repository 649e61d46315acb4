package lesson01

import (
	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
)

// EncodeDecode is the autoencoder's forward pass: the encoder compresses the
// batch x (n×784) into codes z = enc(x) (n×latent), and the decoder rebuilds
// the images from the codes, xhat = dec(z) (n×784). Both results are fresh
// matrices the caller owns: Forward returns a layer's own buffer, which the
// next call overwrites, so we use Predict, which copies.
func EncodeDecode(enc, dec *ganlite.Sequential, x *mat.Dense) (z, xhat *mat.Dense) {
	z = enc.Predict(x)    // n×784 → n×latent
	xhat = dec.Predict(z) // n×latent → n×784
	return z, xhat
}
