package plots

import (
	"fmt"
	"image"
	"image/color"
	"math"

	"gonum.org/v1/gonum/mat"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Func1D is a function of one real variable, such as a density p(x) or a
// discriminator's output D(x).
type Func1D func(x float64) float64

// Figure1Data is one panel of a figure in the style of Goodfellow et al.
// 2014, Figure 1: the data density (black dotted), the generator's density
// (green solid), the discriminator's output D(x) (blue dashed), and below
// them the generator's mapping x = G(z), drawn as lines from points z on a
// lower horizontal line (the noise domain) up to G(z) on the x line.
//
// Give each curve either as a function or as data; unset parts are not
// drawn.
type Figure1Data struct {
	Title      string  // panel title, e.g. "(a) step 0"
	XMin, XMax float64 // x range shown; required, XMin < XMax

	DataDensity Func1D    // p_data(x); if nil it is estimated from Data
	Data        []float64 // real samples, used when DataDensity is nil
	Fake        []float64 // generator samples; p_g is their kernel density estimate (KDE)

	D       Func1D    // discriminator probability D(x); or instead
	DValues []float64 // D at len(DValues) evenly spaced x from XMin to XMax, both included

	Z, GZ      []float64 // noise values and G(z) for each: the arrows of the lower panel
	ZMin, ZMax float64   // noise domain drawn on the z line; both 0 means the range of Z
}

// Figure1 draws one Figure1Data panel as a DefaultWidth×DefaultHeight
// chart with a legend. It panics when XMin ≥ XMax or Z and GZ differ in
// length.
func Figure1(in Figure1Data) image.Image {
	return render(figure1Plot(in, true), DefaultWidth, DefaultHeight)
}

// Figure1Row draws several moments of training side by side, as panels
// (a) (b) (c) (d) of the paper's figure, each Figure1PanelWidth wide,
// with caption in one line underneath (empty for none). Panels without a
// title are titled (a), (b), …. The panels have no legend: say in the
// caption that data is black dotted, G green solid and D blue dashed.
func Figure1Row(panels []Figure1Data, caption string) image.Image {
	if len(panels) == 0 {
		panic("plots: Figure1Row: no panels")
	}
	ps := make([]*plot.Plot, len(panels))
	for i, in := range panels {
		if in.Title == "" {
			in.Title = fmt.Sprintf("(%c)", 'a'+i)
		}
		ps[i] = figure1Plot(in, false)
	}
	img := renderRow(ps, Figure1PanelWidth*len(ps), Figure1PanelHeight)
	return withCaption(img, caption)
}

// Size of one panel of Figure1Row, pixels.
const (
	Figure1PanelWidth  = 300
	Figure1PanelHeight = 260
)

// Paper colours for Figure 1.
var (
	fig1Data = color.RGBA{A: 0xff}                            // black dotted
	fig1Gen  = color.RGBA{R: 0x00, G: 0x99, B: 0x33, A: 0xff} // green solid
	fig1D    = color.RGBA{R: 0x1f, G: 0x5f, B: 0xd0, A: 0xff} // blue dashed
	fig1Map  = color.RGBA{R: 0x40, G: 0x40, B: 0x40, A: 0xa0} // mapping lines
)

// fig1Points is the number of x positions curves are evaluated at.
const fig1Points = 201

func figure1Plot(in Figure1Data, withLegend bool) *plot.Plot {
	if !(in.XMin < in.XMax) {
		panic(fmt.Sprintf("plots: Figure1: x range [%v, %v] is empty", in.XMin, in.XMax))
	}
	if len(in.Z) != len(in.GZ) {
		panic(fmt.Sprintf("plots: Figure1: %d z values for %d G(z) values", len(in.Z), len(in.GZ)))
	}
	xs := linspace(in.XMin, in.XMax, fig1Points)
	p := newPlot(in.Title, "", "")
	p.Legend.TextStyle.Font.Size = vg.Points(8)
	name := func(s string) string { // legend entries only when asked for
		if withLegend {
			return s
		}
		return ""
	}

	top := 1.0 // D lives in [0, 1]; densities may reach higher
	var pdata, pg []float64
	if in.DataDensity != nil {
		pdata = evalFunc(in.DataDensity, xs)
	} else if len(in.Data) > 0 {
		pdata = KDE(in.Data, xs)
	}
	if len(in.Fake) > 0 {
		pg = KDE(in.Fake, xs)
	}
	for _, v := range append(append([]float64{}, pdata...), pg...) {
		if finite(v) && v > top {
			top = v
		}
	}
	top *= 1.08
	xLine, zLine := -0.12*top, -0.5*top

	// The two horizontal domains and the mapping z → G(z) between them.
	black := color.RGBA{A: 0xff}
	hline(p, xLine, in.XMin, in.XMax, black, nil)
	if len(in.Z) > 0 {
		hline(p, zLine, in.XMin, in.XMax, black, nil)
		zmin, zmax := in.ZMin, in.ZMax
		if zmin == 0 && zmax == 0 {
			zmin, zmax = rangeOf(in.Z)
		}
		if !(zmax > zmin) {
			zmin, zmax = zmin-1, zmin+1
		}
		p.Add(&mapping{z: in.Z, gz: in.GZ, zmin: zmin, zmax: zmax,
			xmin: in.XMin, xmax: in.XMax, zY: zLine, xY: xLine})
	}

	if pdata != nil {
		legend(p, name("data"), addLine(p, xys("Figure1", xs, pdata), fig1Data, 1.6, dots))
	}
	if pg != nil {
		legend(p, name("G"), addLine(p, xys("Figure1", xs, pg), fig1Gen, 1.6, nil))
	}
	var dv []float64
	var dx []float64
	if in.D != nil {
		dx, dv = xs, evalFunc(in.D, xs)
	} else if len(in.DValues) > 0 {
		dx, dv = linspace(in.XMin, in.XMax, len(in.DValues)), in.DValues
	}
	if dv != nil {
		legend(p, name("D"), addLine(p, xys("Figure1", dx, dv), fig1D, 1.6, dashes))
	}

	p.X.Min, p.X.Max = in.XMin, in.XMax
	p.Y.Min, p.Y.Max = zLine-0.08*top, top
	if withLegend {
		p.Y.Max = 1.35 * top // headroom so the legend covers no curve
	}
	p.Y.Tick.Marker = fig1Ticks{xY: xLine, zY: zLine, hasZ: len(in.Z) > 0}
	return p
}

// fig1Ticks labels the density axis with its usual ticks above 0 and the
// two domain lines below it with "x" and "z".
type fig1Ticks struct {
	xY, zY float64
	hasZ   bool
}

func (t fig1Ticks) Ticks(min, max float64) []plot.Tick {
	var out []plot.Tick
	for _, tk := range (plainTicks{}).Ticks(0, max) {
		if tk.Value >= 0 {
			out = append(out, tk)
		}
	}
	out = append(out, plot.Tick{Value: t.xY, Label: "x"})
	if t.hasZ {
		out = append(out, plot.Tick{Value: t.zY, Label: "z"})
	}
	return out
}

// mapping draws the generator's map as arrows from z (placed linearly on
// the z line, zmin at the left edge and zmax at the right) to G(z) on the
// x line.
type mapping struct {
	z, gz                  []float64
	zmin, zmax, xmin, xmax float64
	zY, xY                 float64
}

// Plot implements plot.Plotter.
func (m *mapping) Plot(c draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&c)
	sty := draw.LineStyle{Color: fig1Map, Width: vg.Points(0.6)}
	for i, z := range m.z {
		if !finite(z) || !finite(m.gz[i]) {
			continue
		}
		zx := m.xmin + (z-m.zmin)/(m.zmax-m.zmin)*(m.xmax-m.xmin)
		from := vg.Point{X: tx(zx), Y: ty(m.zY)}
		to := vg.Point{X: tx(m.gz[i]), Y: ty(m.xY)}
		arrow(c, sty, from, to, vg.Points(3.5))
	}
}

// DataRange implements plot.DataRanger; the caller sets the axes.
func (m *mapping) DataRange() (xmin, xmax, ymin, ymax float64) {
	return m.xmin, m.xmax, m.zY, m.xY
}

// arrow strokes a line from -> to with a head of length head at to,
// clipped to the canvas.
func arrow(c draw.Canvas, sty draw.LineStyle, from, to vg.Point, head vg.Length) {
	lines := [][]vg.Point{{from, to}}
	dx, dy := float64(to.X-from.X), float64(to.Y-from.Y)
	if l := math.Hypot(dx, dy); l > 0 {
		ux, uy := dx/l, dy/l
		h := float64(head)
		if h > 0.6*l {
			h = 0.6 * l
		}
		// The head's two strokes: the reversed direction rotated by ±25°.
		bx, by := -ux, -uy
		cs, sn := math.Cos(25*math.Pi/180), math.Sin(25*math.Pi/180)
		for _, sgn := range []float64{1, -1} {
			hx := bx*cs - sgn*by*sn
			hy := sgn*bx*sn + by*cs
			lines = append(lines, []vg.Point{to, {X: to.X + vg.Length(h*hx), Y: to.Y + vg.Length(h*hy)}})
		}
	}
	c.StrokeLines(sty, c.ClipLinesXY(lines...)...)
}

// KDE returns a Gaussian kernel density estimate of samples evaluated at
// each of xs, with Silverman's rule-of-thumb bandwidth
// h = 1.06·σ̂·n^(-1/5). Non-finite samples are ignored; with no finite
// sample the estimate is all zero.
func KDE(samples, xs []float64) []float64 {
	var s []float64
	for _, v := range samples {
		if finite(v) {
			s = append(s, v)
		}
	}
	out := make([]float64, len(xs))
	if len(s) == 0 {
		return out
	}
	mean, sq := 0.0, 0.0
	for _, v := range s {
		mean += v
	}
	mean /= float64(len(s))
	for _, v := range s {
		sq += (v - mean) * (v - mean)
	}
	sd := math.Sqrt(sq / float64(len(s)))
	h := 1.06 * sd * math.Pow(float64(len(s)), -0.2)
	if h < 1e-3 {
		h = 1e-3 // all samples (nearly) equal: a collapsed generator
	}
	norm := 1 / (float64(len(s)) * h * math.Sqrt(2*math.Pi))
	for i, x := range xs {
		sum := 0.0
		for _, v := range s {
			u := (x - v) / h
			if u < 8 && u > -8 {
				sum += math.Exp(-0.5 * u * u)
			}
		}
		out[i] = sum * norm
	}
	return out
}

// EvalLine evaluates f once on n evenly spaced x from xmin to xmax (both
// included), passed as one n×1 batch, and returns the n values: exactly
// what Figure1Data.DValues wants.
//
//	DValues: plots.EvalLine(-1, 7, 200, plots.DProb(gan.D)),
//
// It panics when n < 2, xmin ≥ xmax, or f returns the wrong number of values.
func EvalLine(xmin, xmax float64, n int, f BatchFunc) []float64 {
	if n < 2 || !(xmin < xmax) {
		panic(fmt.Sprintf("plots: EvalLine: n %d over [%v, %v]: want n ≥ 2 and xmin < xmax", n, xmin, xmax))
	}
	pts := mat.NewDense(n, 1, linspace(xmin, xmax, n))
	out := f(pts)
	if len(out) != n {
		panic(fmt.Sprintf("plots: EvalLine: f returned %d values for %d points", len(out), n))
	}
	return out
}

// linspace returns n evenly spaced values from a to b, both included.
func linspace(a, b float64, n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		if n == 1 {
			out[i] = a
			continue
		}
		out[i] = a + (b-a)*float64(i)/float64(n-1)
	}
	return out
}

func evalFunc(f Func1D, xs []float64) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// rangeOf returns the smallest and largest finite values of v.
func rangeOf(v []float64) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, x := range v {
		if finite(x) {
			lo, hi = math.Min(lo, x), math.Max(hi, x)
		}
	}
	if lo > hi {
		return 0, 0
	}
	return lo, hi
}
