package plots

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"image"
	"image/color"
	"image/color/palette"
	"image/draw"
	"image/gif"
)

// grayPalette is the 256 grey levels, black to white.
var grayPalette = func() color.Palette {
	p := make(color.Palette, 256)
	for i := range p {
		p[i] = color.Gray{Y: uint8(i)}
	}
	return p
}()

// GIF turns frames into a looping animation with delay hundredths of a
// second between frames. The animation is as large as the largest frame;
// smaller frames are drawn at its top-left corner on white. For a sample
// grid over training, label each frame with Caption so all frames share
// one size and the grid does not move:
//
//	frames = append(frames, plots.Caption(plots.Grid(gan.Generate(z), 8, 2), "step 500"))
//
// Frames whose pixels are all grey (Grid and Snapshots output) are stored
// exactly in a 256-level grey palette; otherwise every pixel is mapped to the nearest
// colour of the fixed Plan 9 palette. No dithering and no adaptive
// palette, so the same frames always encode to the same bytes.
//
// GIF panics when frames is empty or delay is negative.
func GIF(frames []image.Image, delay int) *gif.GIF {
	if len(frames) == 0 {
		panic("plots: GIF: no frames")
	}
	if delay < 0 {
		panic(fmt.Sprintf("plots: GIF: delay %d is negative", delay))
	}
	var size image.Point
	pal := grayPalette
	for _, f := range frames {
		size.X = max(size.X, f.Bounds().Dx())
		size.Y = max(size.Y, f.Bounds().Dy())
		if !isGray(f) {
			pal = palette.Plan9
		}
	}
	g := &gif.GIF{Config: image.Config{ColorModel: pal, Width: size.X, Height: size.Y}}
	for _, f := range frames {
		p := image.NewPaletted(image.Rect(0, 0, size.X, size.Y), pal)
		draw.Draw(p, p.Bounds(), image.White, image.Point{}, draw.Src)
		draw.Draw(p, f.Bounds().Sub(f.Bounds().Min), f, f.Bounds().Min, draw.Src)
		g.Image = append(g.Image, p)
		g.Delay = append(g.Delay, delay)
	}
	return g
}

// EncodeGIF returns the GIF file bytes of g.
func EncodeGIF(g *gif.GIF) ([]byte, error) {
	var buf bytes.Buffer
	if err := gif.EncodeAll(&buf, g); err != nil {
		return nil, fmt.Errorf("plots: EncodeGIF: %w", err)
	}
	return buf.Bytes(), nil
}

// GIFHTML returns an HTML <img> tag holding g inline as a base64 data URL,
// so a notebook can play the animation with display.HTML(s). The tag asks
// the browser to keep pixels sharp when it scales the image.
func GIFHTML(g *gif.GIF) (string, error) {
	b, err := EncodeGIF(g)
	if err != nil {
		return "", err
	}
	return `<img style="image-rendering: pixelated" src="data:image/gif;base64,` +
		base64.StdEncoding.EncodeToString(b) + `">`, nil
}

// isGray reports whether every pixel of img has equal red, green and blue.
func isGray(img image.Image) bool {
	if _, ok := img.(*image.Gray); ok {
		return true
	}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r != g || g != bl {
				return false
			}
		}
	}
	return true
}
