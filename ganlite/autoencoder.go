package ganlite

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// Autoencoder is an encoder network that compresses x into a code z and a
// decoder network that rebuilds x from z, trained together to make the
// reconstruction close to the input (mean squared error). It is the
// warm-up before GANs: the decoder is already a "generator" from codes.
type Autoencoder struct {
	Enc *Sequential // encoder: x → code z
	Dec *Sequential // decoder: code z → reconstruction of x
	Opt Optimizer   // updates the parameters of both networks

	grad   *mat.Dense // dLoss/dReconstruction buffer
	params []*Param   // reusable list of Enc's and Dec's parameters
}

// NewAutoencoder returns an autoencoder. The encoder's output width must
// equal the decoder's input width, and the decoder's output width the
// encoder's input width; NewAutoencoder panics otherwise.
func NewAutoencoder(enc, dec *Sequential, opt Optimizer) *Autoencoder {
	if enc.OutDim() != dec.InDim() || dec.OutDim() != enc.InDim() {
		panic(fmt.Sprintf("ganlite: NewAutoencoder: encoder is %d→%d and decoder %d→%d, want e→c and c→e",
			enc.InDim(), enc.OutDim(), dec.InDim(), dec.OutDim()))
	}
	return &Autoencoder{Enc: enc, Dec: dec, Opt: opt}
}

// Encode returns the codes Enc(x) in a matrix the caller owns.
func (a *Autoencoder) Encode(x *mat.Dense) *mat.Dense { return a.Enc.Predict(x) }

// Decode returns Dec(z) in a matrix the caller owns.
func (a *Autoencoder) Decode(z *mat.Dense) *mat.Dense { return a.Dec.Predict(z) }

// Reconstruct returns Dec(Enc(x)) in a matrix the caller owns.
func (a *Autoencoder) Reconstruct(x *mat.Dense) *mat.Dense {
	return a.Dec.Predict(a.Enc.Forward(x))
}

// TrainStep does one gradient step on the batch x and returns the MSE
// between x and its reconstruction before the step. The gradient flows
// from the loss back through Dec, then through Enc.
func (a *Autoencoder) TrainStep(x *mat.Dense) float64 {
	y := a.Dec.Forward(a.Enc.Forward(x))
	r, c := y.Dims()
	a.grad = reuse(a.grad, r, c)
	loss := MSE(a.grad, y, x)
	a.Enc.backward(a.Dec.Backward(a.grad), false)
	a.params = append(append(a.params[:0], a.Enc.Params()...), a.Dec.Params()...)
	a.Opt.Step(a.params)
	return loss
}
