package plots

import (
	"fmt"
	"image"
	"image/color"
	"math"

	"github.com/ganlite/ganlite/ganlite"
	"gonum.org/v1/plot"
)

// LossesHeight is the height in pixels of the Losses figure (its width is
// DefaultWidth): two stacked panels.
const LossesHeight = 460

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

// LossCurves is Losses for plain per-step slices (any may be nil). It
// panics when the non-nil slices differ in length.
func LossCurves(dLoss, gLoss, dReal, dFake []float64) image.Image {
	n := -1
	for _, s := range [][]float64{dLoss, gLoss, dReal, dFake} {
		if s == nil {
			continue
		}
		if n >= 0 && len(s) != n {
			panic(fmt.Sprintf("plots: LossCurves: slices of lengths %d, %d, %d, %d; want equal lengths",
				len(dLoss), len(gLoss), len(dReal), len(dFake)))
		}
		n = len(s)
	}
	if n < 0 {
		n = 0
	}
	gColor := color.RGBA{R: 0xd9, G: 0x5f, B: 0x02, A: 0xff} // orange
	top := newPlot("Losses", "", "loss")
	curve(top, "D loss", dLoss, ColorD)
	curve(top, "G loss", gLoss, gColor)
	if n > 0 {
		legend(top, "ln 2", hline(top, math.Ln2, 0, float64(n-1), ColorRef, dashes))
	}
	bot := newPlot("Discriminator output", "step", "mean D")
	curve(bot, "D(x) real", dReal, ColorReal)
	curve(bot, "D(G(z)) fake", dFake, ColorFake)
	if n > 0 {
		legend(bot, "0.5", hline(bot, 0.5, 0, float64(n-1), ColorRef, dashes))
	}
	bot.Y.Min, bot.Y.Max = 0, 1
	return renderColumn([]*plot.Plot{top, bot}, DefaultWidth, LossesHeight)
}

// curve draws ys against step number twice: raw (thin, pale) and smoothed
// (thick), naming the smoothed line in the legend.
func curve(p *plot.Plot, name string, ys []float64, c color.RGBA) {
	if len(ys) == 0 {
		return
	}
	pale := color.NRGBA{R: c.R, G: c.G, B: c.B, A: 0x50}
	addLine(p, xys("Losses", nil, ys), pale, 0.7, nil)
	if l := addLine(p, xys("Losses", nil, Smooth(ys, len(ys)/50)), c, 1.8, nil); l != nil {
		legend(p, name, l)
	}
}

// Smooth returns the centred moving average of ys over windows of
// 2·half+1 values (shorter at the ends), ignoring NaN and ±Inf. A window
// with no finite value gives NaN. half ≤ 0 returns a copy of ys.
func Smooth(ys []float64, half int) []float64 {
	out := make([]float64, len(ys))
	for i := range ys {
		lo, hi := i-half, i+half
		if half <= 0 {
			lo, hi = i, i
		}
		if lo < 0 {
			lo = 0
		}
		if hi > len(ys)-1 {
			hi = len(ys) - 1
		}
		sum, k := 0.0, 0
		for _, y := range ys[lo : hi+1] {
			if finite(y) {
				sum += y
				k++
			}
		}
		out[i] = math.NaN()
		if k > 0 {
			out[i] = sum / float64(k)
		}
	}
	return out
}
