package plots

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"

	"gonum.org/v1/gonum/mat"
)

// GridGap is the width in pixels of the light border drawn around and
// between the cells of a Grid.
const GridGap = 2

// gapGray is the grey level of the border between grid cells.
const gapGray = 170

// side returns the side length of the square images stored one per row
// in x (28 for 784-wide MNIST rows). It panics, naming caller, when the
// row width is not a perfect square.
func side(x *mat.Dense, caller string) int {
	_, w := x.Dims()
	s := int(math.Sqrt(float64(w)) + 0.5)
	if s*s != w || w == 0 {
		panic(fmt.Sprintf("plots: %s: row width %d is not a square image (want side×side, e.g. 784 = 28×28)", caller, w))
	}
	return s
}

// toGray maps a pixel value in [-1, 1] (the range of a tanh generator and
// of data.MNIST) to a grey level: -1 black, +1 white. Values outside the
// range are clipped; NaN is drawn black.
func toGray(v float64) uint8 {
	g := (v + 1) / 2 * 255
	if !(g > 0) { // also catches NaN
		return 0
	}
	if g >= 255 {
		return 255
	}
	return uint8(g + 0.5)
}

// Grid draws the rows of x as square greyscale images in a grid with cols
// columns (fewer when x has fewer rows), each pixel upscaled to a
// scale×scale block by nearest neighbour, with a GridGap-pixel grey border
// around and between cells. Pixel values are in [-1, 1]; the image side is
// sqrt(row width), so 784-wide rows are 28×28 digits.
//
// The result is an *image.Gray of width cols·(side·scale+GridGap)+GridGap.
// Grid panics when x has no rows, cols or scale is below 1, or the row
// width is not a square.
func Grid(x *mat.Dense, cols, scale int) image.Image {
	n, _ := x.Dims()
	s := side(x, "Grid")
	if n == 0 || cols < 1 || scale < 1 {
		panic(fmt.Sprintf("plots: Grid: %d rows, cols %d, scale %d: want at least one row and cols, scale ≥ 1", n, cols, scale))
	}
	if cols > n {
		cols = n
	}
	rows := (n + cols - 1) / cols
	cell := s * scale
	img := image.NewGray(image.Rect(0, 0, cols*(cell+GridGap)+GridGap, rows*(cell+GridGap)+GridGap))
	draw.Draw(img, img.Bounds(), image.NewUniform(color.Gray{Y: gapGray}), image.Point{}, draw.Src)
	for k := 0; k < n; k++ {
		x0 := GridGap + (k%cols)*(cell+GridGap)
		y0 := GridGap + (k/cols)*(cell+GridGap)
		row := x.RawRowView(k)
		for py := 0; py < cell; py++ {
			src := row[(py/scale)*s : (py/scale+1)*s]
			off := img.PixOffset(x0, y0+py)
			for px := 0; px < cell; px++ {
				img.Pix[off+px] = toGray(src[px/scale])
			}
		}
	}
	return img
}

// Interpolation draws the rows of x as one horizontal strip of images,
// left to right, upscaled by scale (nearest neighbour). It is Grid with
// one row: use it for a walk through latent space, z₀ → z₁.
func Interpolation(x *mat.Dense, scale int) image.Image {
	n, _ := x.Dims()
	if n == 0 {
		panic("plots: Interpolation: x has no rows")
	}
	return Grid(x, n, scale)
}

// Snapshots draws samples over time: frames[i] is a batch of images
// (rows of a matrix, as for Grid) taken at one moment of training, and
// labels[i] names it ("step 500"). Each frame becomes one block of the
// figure, a grid with cols columns, with its label to the left; blocks are
// stacked top to bottom in order. Pass labels as nil for no labels.
//
// Snapshots panics when frames is empty or labels is non-nil and has a
// different length from frames.
func Snapshots(frames []*mat.Dense, labels []string, cols, scale int) image.Image {
	if len(frames) == 0 {
		panic("plots: Snapshots: no frames")
	}
	if labels != nil && len(labels) != len(frames) {
		panic(fmt.Sprintf("plots: Snapshots: %d labels for %d frames", len(labels), len(frames)))
	}
	blocks := make([]image.Image, len(frames))
	labelW, w, h := 0, 0, 0
	for i, f := range frames {
		blocks[i] = Grid(f, cols, scale)
		b := blocks[i].Bounds()
		if b.Dx() > w {
			w = b.Dx()
		}
		h += b.Dy()
		if labels != nil && textWidth(labels[i])+2*labelPad > labelW {
			labelW = textWidth(labels[i]) + 2*labelPad
		}
	}
	img := newWhite(labelW+w, h)
	y := 0
	for i, b := range blocks {
		r := b.Bounds()
		draw.Draw(img, image.Rect(labelW, y, labelW+r.Dx(), y+r.Dy()), b, r.Min, draw.Src)
		if labels != nil {
			drawText(img, labelPad, y+(r.Dy()-lineH)/2, labels[i])
		}
		y += r.Dy()
	}
	return img
}
