package plots

import (
	"image"
	"image/color"
	"image/draw"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
	"gonum.org/v1/plot"
	plotfont "gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
)

// Pixel figures label themselves in gonum/plot's embedded Liberation font
// (which, unlike a bitmap font, has Greek letters such as β) at labelPt
// points, drawn straight onto the pixels with golang.org/x/image/font.
const (
	labelPt  = 10
	lineH    = 15 // height in pixels of one label line
	labelPad = 6  // space in pixels left and right of a label
)

// labelFace returns a fresh font face for labels (faces are not safe for
// concurrent use, so each drawing gets its own).
func labelFace() font.Face {
	f := plotfont.DefaultCache.Lookup(plot.DefaultFont, vg.Points(labelPt))
	return f.FontFace(DPI)
}

// textWidth is the width in pixels of s drawn as a label.
func textWidth(s string) int {
	f := labelFace()
	defer f.Close()
	return font.MeasureString(f, s).Ceil()
}

// drawText draws s in black with the top-left corner of its line box at
// (x, y).
func drawText(dst draw.Image, x, y int, s string) {
	f := labelFace()
	defer f.Close()
	d := font.Drawer{
		Dst:  dst,
		Src:  image.NewUniform(color.Black),
		Face: f,
		Dot:  fixed.Point26_6{X: fixed.I(x), Y: fixed.I(y) + f.Metrics().Ascent},
	}
	d.DrawString(s)
}

// newWhite returns a w×h RGBA image filled with white.
func newWhite(w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	return img
}
