package plots

import (
	"fmt"
	"image/color"
	"math"
	"strconv"

	"gonum.org/v1/gonum/mat"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// seriesColors is the cycle of colours Lines gives to its series.
var seriesColors = []color.Color{
	ColorD,
	color.RGBA{R: 0xd9, G: 0x5f, B: 0x02, A: 0xff}, // orange
	ColorReal,
	ColorFake,
	color.RGBA{R: 0xe7, G: 0x29, B: 0x8a, A: 0xff}, // pink
	color.RGBA{R: 0x66, G: 0x66, B: 0x66, A: 0xff}, // grey
	color.RGBA{R: 0xa6, G: 0x76, B: 0x1d, A: 0xff}, // brown
	color.RGBA{R: 0x00, G: 0x00, B: 0x00, A: 0xff}, // black
}

// dashes is the dash pattern of dashed lines; dots that of dotted lines.
var (
	dashes = []vg.Length{vg.Points(5), vg.Points(3)}
	dots   = []vg.Length{vg.Points(1.2), vg.Points(2.4)}
)

// xys pairs xs with ys, skipping points where either is NaN or ±Inf (so a
// diverged run still plots up to where it diverged). xs nil means 0, 1, 2…
func xys(caller string, xs, ys []float64) plotter.XYs {
	if xs != nil && len(xs) != len(ys) {
		panic(fmt.Sprintf("plots: %s: %d x values for %d y values", caller, len(xs), len(ys)))
	}
	pts := make(plotter.XYs, 0, len(ys))
	for i, y := range ys {
		x := float64(i)
		if xs != nil {
			x = xs[i]
		}
		if finite(x) && finite(y) {
			pts = append(pts, plotter.XY{X: x, Y: y})
		}
	}
	return pts
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// addLine adds a line through pts to p, returning it (nil when pts is
// empty) so the caller can name it in the legend.
func addLine(p *plot.Plot, pts plotter.XYs, c color.Color, width float64, dash []vg.Length) *plotter.Line {
	if len(pts) == 0 {
		return nil
	}
	l, err := plotter.NewLine(pts)
	if err != nil {
		panic("plots: " + err.Error()) // unreachable: pts are finite
	}
	l.LineStyle = draw.LineStyle{Color: c, Width: vg.Points(width), Dashes: dash}
	p.Add(l)
	return l
}

// addPoints adds a scatter of pts in colour c with glyph radius r points.
func addPoints(p *plot.Plot, pts plotter.XYs, c color.Color, r float64) *plotter.Scatter {
	if len(pts) == 0 {
		return nil
	}
	s, err := plotter.NewScatter(pts)
	if err != nil {
		panic("plots: " + err.Error())
	}
	s.GlyphStyle = draw.GlyphStyle{Color: c, Radius: vg.Points(r), Shape: draw.CircleGlyph{}}
	p.Add(s)
	return s
}

// hline adds a horizontal reference line at y from x0 to x1.
func hline(p *plot.Plot, y, x0, x1 float64, c color.Color, dash []vg.Length) *plotter.Line {
	return addLine(p, plotter.XYs{{X: x0, Y: y}, {X: x1, Y: y}}, c, 1, dash)
}

// legend adds an entry for line to p's legend; a nil line (nothing was
// drawn) or an empty name adds none.
func legend(p *plot.Plot, name string, line *plotter.Line) {
	if line == nil || name == "" {
		return
	}
	p.Legend.Add(name, line)
}

// legendPoints is legend for a scatter.
func legendPoints(p *plot.Plot, name string, s *plotter.Scatter) {
	if s == nil || name == "" {
		return
	}
	p.Legend.Add(name, s)
}

// rows2D returns the rows of an n×2 matrix as points; nil gives none.
func rows2D(caller, what string, m *mat.Dense) plotter.XYs {
	if m == nil {
		return nil
	}
	r, c := m.Dims()
	if c != 2 {
		panic(fmt.Sprintf("plots: %s: %s is %d×%d, want n×2", caller, what, r, c))
	}
	xs, ys := make([]float64, r), make([]float64, r)
	for i := 0; i < r; i++ {
		xs[i], ys[i] = m.At(i, 0), m.At(i, 1)
	}
	return xys(caller, xs, ys)
}

// plainTicks is gonum/plot's default tick placement with shorter labels:
// "250" not "250.00", "2.5" not "2.50".
type plainTicks struct{}

// Ticks implements plot.Ticker.
func (plainTicks) Ticks(min, max float64) []plot.Tick {
	ts := plot.DefaultTicks{}.Ticks(min, max)
	for i := range ts {
		if ts[i].Label != "" {
			// 10 significant digits hide float noise: 1.2, not 1.2000000000000002.
			ts[i].Label = strconv.FormatFloat(ts[i].Value, 'g', 10, 64)
		}
	}
	return ts
}
