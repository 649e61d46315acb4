package plots

import (
	"fmt"
	"image"
	"math"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/palette"
	"gonum.org/v1/plot/palette/moreland"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// BatchFunc evaluates a function at many 2D points at once: pts is n×2,
// one (x, y) per row, and the result has n values. Batching lets a
// notebook run a whole discriminator forward pass in compiled code
// (see DProb).
type BatchFunc func(pts *mat.Dense) []float64

// Grid2D is a function sampled on an N×N grid of cell centres covering
// the rectangle [XMin, XMax] × [YMin, YMax]: Z[i*N+j] is the value at
// x = XMin + (j+½)·(XMax-XMin)/N, y = YMin + (i+½)·(YMax-YMin)/N.
type Grid2D struct {
	XMin, XMax, YMin, YMax float64
	N                      int
	Z                      []float64
}

// EvalGrid evaluates f once on all N×N cell centres of the rectangle (as
// one n²×2 batch, row i*n+j holding cell (column j, row i)) and returns
// the sampled grid. It panics when n < 1, the rectangle is empty, or f
// returns the wrong number of values.
func EvalGrid(xmin, xmax, ymin, ymax float64, n int, f BatchFunc) *Grid2D {
	if n < 1 || !(xmin < xmax) || !(ymin < ymax) {
		panic(fmt.Sprintf("plots: EvalGrid: n %d over [%v, %v]×[%v, %v]: want n ≥ 1 and a non-empty rectangle", n, xmin, xmax, ymin, ymax))
	}
	g := &Grid2D{XMin: xmin, XMax: xmax, YMin: ymin, YMax: ymax, N: n}
	pts := mat.NewDense(n*n, 2, nil)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			pts.Set(i*n+j, 0, g.X(j))
			pts.Set(i*n+j, 1, g.Y(i))
		}
	}
	g.Z = f(pts)
	if len(g.Z) != n*n {
		panic(fmt.Sprintf("plots: EvalGrid: f returned %d values for %d points", len(g.Z), n*n))
	}
	return g
}

// X returns the x coordinate of the centre of grid column j.
func (g *Grid2D) X(j int) float64 { return g.XMin + (float64(j)+0.5)*(g.XMax-g.XMin)/float64(g.N) }

// Y returns the y coordinate of the centre of grid row i.
func (g *Grid2D) Y(i int) float64 { return g.YMin + (float64(i)+0.5)*(g.YMax-g.YMin)/float64(g.N) }

// heatGrid adapts a Grid2D to gonum/plot's plotter.GridXYZ.
type heatGrid struct{ g *Grid2D }

func (h heatGrid) Dims() (c, r int)   { return h.g.N, h.g.N }
func (h heatGrid) Z(c, r int) float64 { return h.g.Z[r*h.g.N+c] }
func (h heatGrid) X(c int) float64    { return h.g.X(c) }
func (h heatGrid) Y(r int) float64    { return h.g.Y(r) }

// Field2DData is one panel of a GAN Lab style picture of 2D training
// (Kahng et al. 2018): the discriminator's output D(x) as a heat map
// (green where D says real, purple where it says fake, white at ½), the
// real samples as green dots, the fakes as purple dots, and on each fake
// an arrow showing where the generator's update pushes it.
type Field2DData struct {
	Title string
	D     *Grid2D    // D(x) in [0, 1] on a grid (EvalGrid); nil for no heat map
	Real  *mat.Dense // n×2 real samples; may be nil
	Fake  *mat.Dense // m×2 generator samples; may be nil
	// Grad is m×2, one row per Fake row: the direction the generator's
	// update moves that fake, −∂L_G/∂x (GeneratorGradients computes it).
	// Arrow lengths are scaled together so the longest is 8% of the view.
	// nil for no arrows.
	Grad *mat.Dense
}

// Field2DWidth and Field2DHeight are the size in pixels of Field2D's
// figure: a Field2DHeight-wide, nearly square plot and a colour bar.
const (
	Field2DWidth  = 490
	Field2DHeight = 380
)

// Field2DPanel is the side in pixels of one square panel of Field2DRow.
const Field2DPanel = 300

// Field2D draws one Field2DData panel with a colour bar for D(x). The view
// is D's grid rectangle, or when D is nil a square around the samples.
// It panics when Grad's shape does not match Fake's or a matrix is not n×2.
func Field2D(in Field2DData) image.Image {
	p := field2DPlot(in, true)
	c := newCanvas(Field2DWidth, Field2DHeight)
	dc := draw.New(c)
	barW := px(Field2DWidth - Field2DHeight)
	main := draw.Crop(dc, 0, -barW, 0, 0)
	p.Draw(main)
	bar := plot.New()
	bar.HideX()
	bar.Y.Label.Text = "D(x)"
	bar.Y.Padding = 0
	bar.Add(&plotter.ColorBar{ColorMap: dColorMap(), Vertical: true})
	// The bar spans the height of the main plot's data area.
	da := p.DataCanvas(main)
	left := dc.Max.X - barW + px(12)
	barC := draw.Canvas{Canvas: dc.Canvas, Rectangle: vg.Rectangle{
		Min: vg.Point{X: left, Y: da.Min.Y},
		Max: vg.Point{X: dc.Max.X - px(6), Y: da.Max.Y},
	}}
	bar.Draw(barC)
	return c.Image()
}

// Field2DRow draws several Field2DData panels (moments of training) side
// by side, cols per row, each Field2DPanel pixels square, with a one-line
// key underneath. Panels without a title are titled (a), (b), ….
func Field2DRow(panels []Field2DData, cols int) image.Image {
	if len(panels) == 0 || cols < 1 {
		panic(fmt.Sprintf("plots: Field2DRow: %d panels, cols %d: want at least one panel and cols ≥ 1", len(panels), cols))
	}
	if cols > len(panels) {
		cols = len(panels)
	}
	rows := (len(panels) + cols - 1) / cols
	grid := make([][]*plot.Plot, rows)
	for r := range grid {
		grid[r] = make([]*plot.Plot, cols)
	}
	for i, in := range panels {
		if in.Title == "" {
			in.Title = fmt.Sprintf("(%c)", 'a'+i)
		}
		grid[i/cols][i%cols] = field2DPlot(in, false)
	}
	img := renderTiles(grid, cols*Field2DPanel, rows*Field2DPanel)
	return withCaption(img, "background: D(x), purple 0 (fake) … white ½ … green 1 (real); dots: real green, fake purple; arrows: G's pull")
}

// dColorMap is the heat map's colour map over [0, 1]: a Moreland smooth
// diverging map (perceptually even steps) from the fake colour at 0
// through near-white at ½ to the real colour at 1, drawn pale so the
// samples on top stay visible.
func dColorMap() palette.ColorMap {
	cm := moreland.NewSmoothDiverging(ColorFake, ColorReal, 88)
	cm.SetMin(0)
	cm.SetMax(1)
	cm.SetAlpha(0.7)
	return cm
}

func field2DPlot(in Field2DData, withLegend bool) *plot.Plot {
	p := newPlot(in.Title, "x₁", "x₂")
	real := rows2D("Field2D", "Real", in.Real)
	fake := rows2D("Field2D", "Fake", in.Fake)
	if in.Grad != nil {
		if in.Fake == nil {
			panic("plots: Field2D: Grad given without Fake")
		}
		gr, gc := in.Grad.Dims()
		fr, fc := in.Fake.Dims()
		if gr != fr || gc != fc {
			panic(fmt.Sprintf("plots: Field2D: Grad is %d×%d, want %d×%d like Fake", gr, gc, fr, fc))
		}
	}
	if in.D != nil {
		if len(in.D.Z) != in.D.N*in.D.N {
			panic(fmt.Sprintf("plots: Field2D: D grid has %d values, want N×N = %d", len(in.D.Z), in.D.N*in.D.N))
		}
		cm := dColorMap()
		h := plotter.NewHeatMap(heatGrid{in.D}, cm.Palette(255))
		h.Min, h.Max = 0, 1
		pal := h.Palette.Colors()
		h.Underflow, h.Overflow = pal[0], pal[len(pal)-1]
		h.Rasterized = true
		p.Add(h)
	}
	if s := addPoints(p, real, ColorReal, 1.8); s != nil && withLegend {
		legendPoints(p, "real", s)
	}
	if s := addPoints(p, fake, ColorFake, 1.8); s != nil && withLegend {
		legendPoints(p, "fake", s)
	}
	// The view: D's rectangle, or a square around the samples. Set after
	// adding plotters, which widen the axes to their data.
	if in.D != nil {
		p.X.Min, p.X.Max = in.D.XMin, in.D.XMax
		p.Y.Min, p.Y.Max = in.D.YMin, in.D.YMax
	} else {
		squareRange(p, append(append(plotter.XYs{}, real...), fake...))
	}
	if in.Grad != nil {
		span := math.Max(p.X.Max-p.X.Min, p.Y.Max-p.Y.Min)
		p.Add(&arrows{from: fake, grad: in.Grad, length: 0.08 * span})
	}
	return p
}

// arrows draws one arrow per point, from[i] → from[i] + k·grad[i], with k
// chosen so the longest arrow has the given length in data units.
type arrows struct {
	from   plotter.XYs
	grad   *mat.Dense
	length float64
}

// Plot implements plot.Plotter.
func (a *arrows) Plot(c draw.Canvas, p *plot.Plot) {
	n, _ := a.grad.Dims()
	longest := 0.0
	for i := 0; i < n; i++ {
		if l := math.Hypot(a.grad.At(i, 0), a.grad.At(i, 1)); finite(l) && l > longest {
			longest = l
		}
	}
	if longest == 0 || len(a.from) != n {
		return // no gradient, or a fake was non-finite and dropped
	}
	k := a.length / longest
	tx, ty := p.Transforms(&c)
	sty := draw.LineStyle{Color: ColorFake, Width: vg.Points(0.8)}
	for i := 0; i < n; i++ {
		gx, gy := a.grad.At(i, 0), a.grad.At(i, 1)
		if !finite(gx) || !finite(gy) {
			continue
		}
		x, y := a.from[i].X, a.from[i].Y
		arrow(c, sty, vg.Point{X: tx(x), Y: ty(y)}, vg.Point{X: tx(x + k*gx), Y: ty(y + k*gy)}, vg.Points(3))
	}
}
