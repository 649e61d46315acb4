package plots

import (
	"image"

	"github.com/ganlite/ganlite/ganlite"
)

// Losses draws a training History as two panels sharing the step axis:
// the D and G losses (top; grey dashed line at ln 2 ≈ 0.693, the D loss
// when D outputs ½ everywhere) and the mean discriminator outputs D(x) on
// real data and D(G(z)) on fakes (bottom; grey dashed line at 0.5, the coin
// toss of Goodfellow et al. 2014, Prop. 1). Raw per-step values are drawn
// thin and pale, their centred moving average (Smooth, half-width 2% of the
// steps) thick.
func Losses(h *ganlite.History) image.Image {
	if h == nil {
		panic("plots: Losses: nil History")
	}
	return LossCurves(h.DLoss, h.GLoss, h.DReal, h.DFake)
}
