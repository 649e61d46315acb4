package plots_test

import (
	"fmt"
	"image"
	"math"
	"math/rand/v2"
	"strings"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/ganlite/plots"
	"gonum.org/v1/gonum/mat"
)

// A grid of 16 blank 28×28 images, 8 per row, each pixel drawn 2×2.
func ExampleGrid() {
	x := mat.NewDense(16, 784, nil) // all 0: mid grey
	img := plots.Grid(x, 8, 2)
	fmt.Println(img.Bounds())
	// Output: (0,0)-(466,118)
}

// Loss and D(x), D(G(z)) curves of a short GAN run.
func ExampleLosses() {
	rnd := rand.New(rand.NewPCG(1, 2))
	g := ganlite.NewMLP(rnd, []int{1, 8, 1}, "relu", "")
	d := ganlite.NewMLP(rnd, []int{1, 8, 1}, "relu", "")
	gan := ganlite.NewGAN(g, d, ganlite.NewAdam(1e-3, 0.5, 0.999), ganlite.NewAdam(1e-3, 0.5, 0.999), rnd)
	h := &ganlite.History{}
	real := mat.NewDense(16, 1, nil)
	for step := 0; step < 20; step++ {
		for i := 0; i < 16; i++ {
			real.Set(i, 0, 4+0.5*rnd.NormFloat64())
		}
		h.Add(ganlite.StepStats{Step: step, D: gan.DStep(real), G: gan.GStep(16)})
	}
	fmt.Println(plots.Losses(h).Bounds())
	// Output: (0,0)-(480,460)
}

// An animation of sample grids, ready for display.HTML in a notebook.
func ExampleGIFHTML() {
	var frames []image.Image
	for step := 0; step <= 200; step += 100 {
		x := mat.NewDense(4, 784, nil)
		frames = append(frames, plots.Caption(plots.Grid(x, 4, 1), fmt.Sprintf("step %d", step)))
	}
	g := plots.GIF(frames, 50)
	html, err := plots.GIFHTML(g)
	fmt.Println(len(g.Image), err, strings.HasPrefix(html, `<img style="image-rendering: pixelated" src="data:image/gif;base64,`))
	// Output: 3 <nil> true
}

// The 1D picture of Goodfellow et al. 2014, Figure 1.
func ExampleFigure1() {
	normal := func(mu, sd float64) plots.Func1D {
		return func(x float64) float64 {
			return math.Exp(-0.5*(x-mu)*(x-mu)/(sd*sd)) / (sd * math.Sqrt(2*math.Pi))
		}
	}
	var z, gz, fake []float64
	for i := 0; i <= 10; i++ {
		z = append(z, -1+0.2*float64(i))
		gz = append(gz, 1+0.5*z[i]) // a linear generator
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 500; i++ {
		fake = append(fake, 1+0.3*rnd.NormFloat64())
	}
	img := plots.Figure1(plots.Figure1Data{
		Title: "(a)", XMin: -1, XMax: 5,
		DataDensity: normal(3, 0.5),
		Fake:        fake,
		D:           func(x float64) float64 { return ganlite.Logistic(3 * (x - 2)) },
		Z:           z, GZ: gz, ZMin: -1, ZMax: 1,
	})
	fmt.Println(img.Bounds())
	// Output: (0,0)-(480,320)
}

// A GAN Lab style view: D's output as a heat map, samples and G's arrows.
func ExampleField2D() {
	rnd := rand.New(rand.NewPCG(1, 2))
	d := ganlite.NewMLP(rnd, []int{2, 16, 1}, "relu", "")
	real := mat.NewDense(50, 2, nil)
	fake := mat.NewDense(50, 2, nil)
	for i := 0; i < 50; i++ {
		a := float64(i%8) * math.Pi / 4
		real.Set(i, 0, math.Cos(a))
		real.Set(i, 1, math.Sin(a))
		fake.Set(i, 0, 0.2*rnd.NormFloat64())
		fake.Set(i, 1, 0.2*rnd.NormFloat64())
	}
	img := plots.Field2D(plots.Field2DData{
		Title: "step 0",
		D:     plots.EvalGrid(-1.5, 1.5, -1.5, 1.5, 40, plots.DProb(d)),
		Real:  real,
		Fake:  fake,
		Grad:  plots.GeneratorGradients(d, fake, ganlite.NonSaturating),
	})
	fmt.Println(img.Bounds())
	// Output: (0,0)-(490,380)
}

// Small multiples of several charts, titled.
func ExampleSmallMultiples() {
	var imgs []image.Image
	var titles []string
	for _, lr := range []float64{1e-4, 1e-3} {
		for _, beta1 := range []float64{0.5, 0.9} {
			ys := []float64{1, 0.8, 0.7}
			imgs = append(imgs, plots.Lines("D loss", "step", "loss", []plots.Series{{Name: "D", Y: ys}}))
			titles = append(titles, fmt.Sprintf("lr %g, β1 %g", lr, beta1))
		}
	}
	fmt.Println(plots.SmallMultiples(imgs, titles, 2).Bounds())
	// Output: (0,0)-(978,696)
}
