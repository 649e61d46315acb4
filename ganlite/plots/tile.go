package plots

import (
	"fmt"
	"image"
	"image/draw"
)

// tileGap is the white space in pixels between tiles of SmallMultiples.
const tileGap = 6

// SmallMultiples tiles imgs left to right, top to bottom, in cols
// columns, each in a cell as large as the largest image, with titles[i]
// centred above imgs[i] (pass nil for no titles). Use it to show a grid of
// short runs side by side, e.g. learning rate × Adam β1 in lesson 07.
//
// SmallMultiples panics when imgs is empty, cols < 1, or titles is
// non-nil with a different length from imgs.
func SmallMultiples(imgs []image.Image, titles []string, cols int) image.Image {
	if len(imgs) == 0 || cols < 1 {
		panic(fmt.Sprintf("plots: SmallMultiples: %d images, cols %d: want at least one image and cols ≥ 1", len(imgs), cols))
	}
	if titles != nil && len(titles) != len(imgs) {
		panic(fmt.Sprintf("plots: SmallMultiples: %d titles for %d images", len(titles), len(imgs)))
	}
	if cols > len(imgs) {
		cols = len(imgs)
	}
	cw, ch := 0, 0
	for _, im := range imgs {
		b := im.Bounds()
		if b.Dx() > cw {
			cw = b.Dx()
		}
		if b.Dy() > ch {
			ch = b.Dy()
		}
	}
	titleH := 0
	if titles != nil {
		titleH = lineH + 4
	}
	rows := (len(imgs) + cols - 1) / cols
	img := newWhite(cols*(cw+tileGap)+tileGap, rows*(ch+titleH+tileGap)+tileGap)
	for i, im := range imgs {
		x0 := tileGap + (i%cols)*(cw+tileGap)
		y0 := tileGap + (i/cols)*(ch+titleH+tileGap)
		if titles != nil {
			drawText(img, x0+(cw-textWidth(titles[i]))/2, y0+1, titles[i])
		}
		b := im.Bounds()
		// Centre each image in its cell.
		dx, dy := x0+(cw-b.Dx())/2, y0+titleH+(ch-b.Dy())/2
		draw.Draw(img, image.Rect(dx, dy, dx+b.Dx(), dy+b.Dy()), im, b.Min, draw.Src)
	}
	return img
}
