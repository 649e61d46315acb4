package plots

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	stddraw "image/draw"
	"image/png"
	"os"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// Size of a single chart in pixels, and the resolution charts are drawn at.
const (
	DefaultWidth  = 480
	DefaultHeight = 320
	DPI           = 96
)

// The course's colours: real data green, generator purple, discriminator
// blue, reference lines grey.
var (
	ColorReal = color.RGBA{R: 0x1b, G: 0x9e, B: 0x77, A: 0xff}
	ColorFake = color.RGBA{R: 0x75, G: 0x3b, B: 0xbd, A: 0xff}
	ColorD    = color.RGBA{R: 0x1f, G: 0x5f, B: 0xd0, A: 0xff}
	ColorRef  = color.RGBA{R: 0x80, G: 0x80, B: 0x80, A: 0xff}
)

// px converts pixels to a vg length at DPI dots per inch.
func px(n int) vg.Length { return vg.Length(n) * vg.Inch / DPI }

// newCanvas returns a white w×h pixel canvas.
func newCanvas(w, h int) *vgimg.Canvas {
	return vgimg.NewWith(vgimg.UseWH(px(w), px(h)), vgimg.UseDPI(DPI))
}

// render draws one plot onto a w×h pixel image.
func render(p *plot.Plot, w, h int) image.Image {
	c := newCanvas(w, h)
	p.Draw(draw.New(c))
	return c.Image()
}

// renderColumn draws plots stacked top to bottom with aligned axes on a
// w×h pixel image.
func renderColumn(ps []*plot.Plot, w, h int) image.Image {
	grid := make([][]*plot.Plot, len(ps))
	for i, p := range ps {
		grid[i] = []*plot.Plot{p}
	}
	return renderTiles(grid, w, h)
}

// newPlot returns a plot with the given title and axis labels and a light
// grid, in the course's style.
func newPlot(title, xlabel, ylabel string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = xlabel
	p.Y.Label.Text = ylabel
	p.Legend.Top = true
	p.Legend.TextStyle.Font.Size = vg.Points(9)
	p.X.Tick.Marker, p.Y.Tick.Marker = plainTicks{}, plainTicks{}
	return p
}

// EncodePNG returns img encoded as PNG. Encoding is deterministic: the
// same image gives the same bytes.
func EncodePNG(img image.Image) ([]byte, error) {
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("plots: EncodePNG: %w", err)
	}
	return buf.Bytes(), nil
}

// SavePNG writes img to path as a PNG file.
func SavePNG(path string, img image.Image) error {
	b, err := EncodePNG(img)
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("plots: SavePNG %s: %w", path, err)
	}
	return nil
}

// renderRow draws plots side by side with aligned axes on a w×h image.
func renderRow(ps []*plot.Plot, w, h int) image.Image {
	return renderTiles([][]*plot.Plot{ps}, w, h)
}

// renderTiles draws a rows×cols table of plots (nil entries are left
// blank) with aligned axes on a w×h pixel image.
func renderTiles(grid [][]*plot.Plot, w, h int) image.Image {
	c := newCanvas(w, h)
	tiles := draw.Tiles{Rows: len(grid), Cols: len(grid[0]), PadX: vg.Points(6), PadY: vg.Points(6)}
	canvases := plot.Align(grid, tiles, draw.New(c))
	for i := range grid {
		for j, p := range grid[i] {
			if p != nil {
				p.Draw(canvases[i][j])
			}
		}
	}
	return c.Image()
}

// Caption returns a copy of img with text drawn centred in a white band
// below it (lineH+8 pixels high); empty text returns img unchanged. Use it
// to label GIF frames and figures: the width stays that of img.
func Caption(img image.Image, text string) image.Image {
	return withCaption(img, text)
}

// withCaption is Caption.
func withCaption(img image.Image, caption string) image.Image {
	if caption == "" {
		return img
	}
	b := img.Bounds()
	out := newWhite(b.Dx(), b.Dy()+lineH+8)
	stddraw.Draw(out, image.Rect(0, 0, b.Dx(), b.Dy()), img, b.Min, stddraw.Src)
	drawText(out, (b.Dx()-textWidth(caption))/2, b.Dy()+3, caption)
	return out
}

// renderEqual draws p on a w×h image after widening one axis range so
// that one data unit is as long in x as in y (a ring stays round).
func renderEqual(p *plot.Plot, w, h int) image.Image {
	c := newCanvas(w, h)
	dc := draw.New(c)
	da := p.DataCanvas(dc)
	pw, ph := float64(da.Max.X-da.Min.X), float64(da.Max.Y-da.Min.Y)
	xs, ys := p.X.Max-p.X.Min, p.Y.Max-p.Y.Min
	if pw > 0 && ph > 0 && xs > 0 && ys > 0 {
		if want := ys * pw / ph; want > xs { // x too narrow: widen x
			mid := (p.X.Min + p.X.Max) / 2
			p.X.Min, p.X.Max = mid-want/2, mid+want/2
		} else { // y too narrow: widen y
			want := xs * ph / pw
			mid := (p.Y.Min + p.Y.Max) / 2
			p.Y.Min, p.Y.Max = mid-want/2, mid+want/2
		}
	}
	p.Draw(dc)
	return c.Image()
}
