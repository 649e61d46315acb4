package plots

import (
	"fmt"
	"image"
	"math"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Series is one named curve for Lines. X nil means Y is plotted against
// its index 0, 1, 2…; otherwise X and Y have equal length. Dashed draws a
// dashed line (use it for reference curves).
type Series struct {
	Name   string
	X, Y   []float64
	Dashed bool
}

// Lines draws each series as a line, with a legend of their names, on a
// DefaultWidth×DefaultHeight chart. Non-finite points are skipped.
// It panics when a series has different X and Y lengths.
func Lines(title, xlabel, ylabel string, series []Series) image.Image {
	p := newPlot(title, xlabel, ylabel)
	for i, s := range series {
		var dash []vg.Length
		if s.Dashed {
			dash = dashes
		}
		l := addLine(p, xys("Lines", s.X, s.Y), seriesColors[i%len(seriesColors)], 1.5, dash)
		if l != nil {
			legend(p, s.Name, l)
		}
	}
	return render(p, DefaultWidth, DefaultHeight)
}

// Scatter2D draws two point clouds, real (green) and fake (purple), each
// an n×2 matrix of (x, y) rows; either may be nil. Axes have equal scale
// so a ring looks round.
func Scatter2D(real, fake *mat.Dense, title string) image.Image {
	p := newPlot(title, "x₁", "x₂")
	var r, f plotter.XYs
	if real != nil {
		r = rows2D("Scatter2D", "real", real)
	}
	if fake != nil {
		f = rows2D("Scatter2D", "fake", fake)
	}
	if s := addPoints(p, r, ColorReal, 1.6); s != nil {
		legendPoints(p, "real", s)
	}
	if s := addPoints(p, f, ColorFake, 1.6); s != nil {
		legendPoints(p, "fake", s)
	}
	squareRange(p, append(append(plotter.XYs{}, r...), f...))
	return renderEqual(p, DefaultWidth, DefaultHeight)
}

// squareRange gives p the same span on both axes, centred on pts, padded
// by 5%, so distances look the same in x and y.
func squareRange(p *plot.Plot, pts plotter.XYs) {
	if len(pts) == 0 {
		return
	}
	xmin, xmax, ymin, ymax := plotter.XYRange(pts)
	span := math.Max(xmax-xmin, ymax-ymin)*1.1 + 1e-9
	cx, cy := (xmin+xmax)/2, (ymin+ymax)/2
	p.X.Min, p.X.Max = cx-span/2, cx+span/2
	p.Y.Min, p.Y.Max = cy-span/2, cy+span/2
}

// Histogram draws a histogram of values with bins equal-width bins,
// normalised so the bars' area is 1 (a density estimate). Non-finite
// values are dropped. It panics when bins < 1 or no value is finite.
func Histogram(values []float64, bins int, title string) image.Image {
	if bins < 1 {
		panic(fmt.Sprintf("plots: Histogram: bins %d, want ≥ 1", bins))
	}
	var vs plotter.Values
	for _, v := range values {
		if finite(v) {
			vs = append(vs, v)
		}
	}
	if len(vs) == 0 {
		panic(fmt.Sprintf("plots: Histogram: none of %d values is finite", len(values)))
	}
	h, err := plotter.NewHist(vs, bins)
	if err != nil {
		panic("plots: Histogram: " + err.Error())
	}
	h.Normalize(1)
	h.FillColor = ColorFake
	h.LineStyle.Color = ColorFake
	p := newPlot(title, "value", "density")
	p.Add(h)
	p.Y.Max *= 1.08 // headroom below the title
	return render(p, DefaultWidth, DefaultHeight)
}

// Bars draws one labelled bar per value, e.g. how many generated digits
// the classifier assigns to each class 0…9. It panics when labels and
// values differ in length.
func Bars(labels []string, values []float64, title string) image.Image {
	if len(labels) != len(values) {
		panic(fmt.Sprintf("plots: Bars: %d labels for %d values", len(labels), len(values)))
	}
	p := newPlot(title, "", "")
	if len(values) > 0 {
		w := px(DefaultWidth) * 0.6 / vg.Length(len(values))
		b, err := plotter.NewBarChart(plotter.Values(values), w)
		if err != nil {
			panic("plots: Bars: " + err.Error())
		}
		b.Color = ColorD
		b.LineStyle.Width = 0
		p.Add(b)
		p.NominalX(labels...)
	}
	p.Y.Min = 0
	p.Y.Max *= 1.08
	return render(p, DefaultWidth, DefaultHeight)
}

// Orbit draws a 2D trajectory (xs[i], ys[i]) in time order, e.g. the
// parameters (a, b) of the game V(a, b) = ab under simultaneous gradient
// steps (Goodfellow 2016, NIPS tutorial §8.2). The start is a green dot,
// the end a red dot, and the origin (the game's equilibrium) a black
// cross. Axes have equal scale. It panics when xs and ys differ in length.
func Orbit(xs, ys []float64, title string) image.Image {
	if len(xs) != len(ys) {
		panic(fmt.Sprintf("plots: Orbit: %d x values for %d y values", len(xs), len(ys)))
	}
	p := newPlot(title, "a", "b")
	pts := xys("Orbit", xs, ys)
	if l := addLine(p, pts, ColorD, 1.2, nil); l != nil {
		legend(p, "path", l)
	}
	origin := plotter.XYs{{X: 0, Y: 0}}
	if s, err := plotter.NewScatter(origin); err == nil {
		s.GlyphStyle = draw.GlyphStyle{Color: seriesColors[7], Radius: vg.Points(4), Shape: draw.CrossGlyph{}}
		p.Add(s)
		legendPoints(p, "equilibrium", s)
	}
	if len(pts) > 0 {
		legendPoints(p, "start", addPoints(p, pts[:1], ColorReal, 3.5))
		legendPoints(p, "end", addPoints(p, pts[len(pts)-1:], seriesColors[4], 3.5))
	}
	squareRange(p, append(pts, origin...))
	return renderEqual(p, DefaultWidth, DefaultHeight)
}
