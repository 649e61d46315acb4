package main

import (
	"flag"
	"fmt"
	"image"
	"io"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/ganlite/plots"
)

// sampleCmd implements "ganlite sample".
func sampleCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("sample", flag.ContinueOnError)
	ckpt := fs.String("ckpt", "out/model.ckpt", "checkpoint written by ganlite train")
	n := fs.Int("n", 0, "number of samples (default: 64 images for mnist, 1000 points for toys)")
	seed := fs.Uint64("seed", 2, "random seed of the noise z")
	out := fs.String("out", "samples.png", "PNG file to write: an image grid for mnist, a scatter plot or histogram for toys")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: ganlite sample [flags]\n\nDraws G(z) for fresh noise z from a checkpoint into a PNG.\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args, stderr); err != nil {
		return err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if set["n"] && (*n <= 0 || *n > 100000) {
		return badUsage("--n %d: want 1..100000", *n)
	}
	_, g, _, name, err := loadGAN(*ckpt)
	if err != nil {
		return err
	}
	if !set["n"] {
		*n = defaultSampleN(name)
	}
	rnd := rand.New(rand.NewPCG(*seed, 0x67616e6c697465))
	if err := writeSamples(*out, name, g, rnd, *n); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %d %s samples to %s\n", *n, name, *out)
	return nil
}

// defaultSampleN is the number of samples drawn into a figure.
func defaultSampleN(name string) int {
	if name == "mnist" {
		return 64
	}
	return 1000
}

// generate returns G(z) for n fresh standard-normal z.
func generate(g *ganlite.Sequential, rnd *rand.Rand, n int) *mat.Dense {
	z := mat.NewDense(n, g.InDim(), nil)
	raw := z.RawMatrix().Data
	for i := range raw {
		raw[i] = rnd.NormFloat64()
	}
	return g.Predict(z)
}

// writeSamples draws n samples of G and saves the figure of data set name.
func writeSamples(path, name string, g *ganlite.Sequential, rnd *rand.Rand, n int) error {
	fake := generate(g, rnd, n)
	var img = plotFor(name, fake, rnd)
	return plots.SavePNG(path, img)
}

// plotFor draws fake samples of data set name: digits as an image grid,
// 2D points as a scatter over real points, 1D values as a histogram.
func plotFor(name string, fake *mat.Dense, rnd *rand.Rand) image.Image {
	n, _ := fake.Dims()
	switch name {
	case "mnist":
		cols := int(math.Ceil(math.Sqrt(float64(n))))
		return plots.Grid(fake, cols, 2)
	case "gauss1d":
		return plots.Histogram(mat.Col(nil, 0, fake), 50, fmt.Sprintf("G(z), %d samples; data N(%g, %g²)", n, gaussMean, gaussStd))
	default:
		real := mat.NewDense(n, 2, nil)
		toySampler(name).Sample(real, rnd)
		return plots.Scatter2D(real, fake, fmt.Sprintf("%s: real (green) vs G(z) (purple), %d each", name, n))
	}
}
