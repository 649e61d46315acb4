package plots

import (
	"image"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestWritePNGs writes one PNG of every figure to $PLOTS_OUT (skipped when
// unset), for looking at: PLOTS_OUT=/tmp/plots go test -run WritePNGs .
func TestWritePNGs(t *testing.T) {
	dir := os.Getenv("PLOTS_OUT")
	if dir == "" {
		t.Skip("set PLOTS_OUT to a directory to write the figures")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, img := range sampleFigures(true) {
		if err := SavePNG(filepath.Join(dir, name+".png"), img); err != nil {
			t.Fatal(err)
		}
	}
}

// digits returns n fake 28×28 "digits": a ring whose radius varies by row.
func digits(n int) *mat.Dense {
	x := mat.NewDense(n, 784, nil)
	for k := 0; k < n; k++ {
		r := 5 + float64(k%6)
		for i := 0; i < 28; i++ {
			for j := 0; j < 28; j++ {
				d := math.Hypot(float64(i)-13.5, float64(j)-13.5)
				x.Set(k, i*28+j, math.Max(-1, 1-math.Abs(d-r)))
			}
		}
	}
	return x
}

func gauss(rnd *rand.Rand, n int, mean, sd float64) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = mean + sd*rnd.NormFloat64()
	}
	return v
}

// sampleFigures renders every figure on small synthetic inputs; withGAN
// adds the figures drawn from a briefly trained GAN (a few seconds).
func sampleFigures(withGAN bool) map[string]image.Image {
	rnd := rand.New(rand.NewPCG(1, 2))
	out := map[string]image.Image{}
	n := 400
	var dl, gl, dr, df []float64
	for i := 0; i < n; i++ {
		s := float64(i) / float64(n)
		dl = append(dl, 0.69+0.5*math.Exp(-5*s)*math.Sin(float64(i)/7)+0.05*rnd.NormFloat64())
		gl = append(gl, 0.69+0.8*math.Exp(-4*s)+0.08*rnd.NormFloat64())
		dr = append(dr, 0.5+0.4*math.Exp(-4*s)+0.04*rnd.NormFloat64())
		df = append(df, 0.5-0.4*math.Exp(-4*s)+0.04*rnd.NormFloat64())
	}
	out["losses"] = LossCurves(dl, gl, dr, df)
	out["grid"] = Grid(digits(16), 8, 2)
	out["interpolation"] = Interpolation(digits(8), 2)
	out["snapshots"] = Snapshots([]*mat.Dense{digits(8), digits(8), digits(8)}, []string{"step 0", "step 500", "step 1000"}, 8, 1)

	pdata := func(x float64) float64 { return math.Exp(-0.5*(x-1)*(x-1)/0.25) / math.Sqrt(2*math.Pi*0.25) }
	panels := make([]Figure1Data, 4)
	for k := range panels {
		shift := 1.5 * (1 - float64(k)/3)
		var z, gz []float64
		for i := 0; i < 15; i++ {
			zz := -1 + 2*float64(i)/14
			z = append(z, zz)
			gz = append(gz, 1-shift+0.5*zz*(1+shift/2))
		}
		ff := gauss(rnd, 2000, 1-shift, 0.5*(1+shift/2)*0.6)
		panels[k] = Figure1Data{
			XMin: -2, XMax: 3, DataDensity: pdata, Fake: ff,
			D: func(x float64) float64 {
				pg := math.Exp(-0.5*(x-1+shift)*(x-1+shift)/0.25) / math.Sqrt(2*math.Pi*0.25)
				return pdata(x) / (pdata(x) + pg + 1e-12)
			},
			Z: z, GZ: gz, ZMin: -1, ZMax: 1,
		}
	}
	p0 := panels[1]
	p0.Title = "Step 300: D pushes G towards the data"
	out["figure1"] = Figure1(p0)
	out["figure1row"] = Figure1Row(panels, "Goodfellow et al. 2014, Fig. 1 style: data (dotted), G (green), D (dashed)")

	out["lines"] = Lines("Lines", "step", "value", []Series{
		{Name: "sin", Y: evalFunc(math.Sin, linspace(0, 6, 50))},
		{Name: "cos", X: linspace(0, 49, 50), Y: evalFunc(math.Cos, linspace(0, 6, 50)), Dashed: true},
	})
	ring := mat.NewDense(200, 2, nil)
	fake := mat.NewDense(200, 2, nil)
	for i := 0; i < 200; i++ {
		a := float64(i%8) * math.Pi / 4
		ring.Set(i, 0, math.Cos(a)+0.02*rnd.NormFloat64())
		ring.Set(i, 1, math.Sin(a)+0.02*rnd.NormFloat64())
		fake.Set(i, 0, 0.3*rnd.NormFloat64()+0.5)
		fake.Set(i, 1, 0.3*rnd.NormFloat64())
	}
	out["scatter2d"] = Scatter2D(ring, fake, "Ring of 8: real vs fake")
	out["histogram"] = Histogram(gauss(rnd, 1000, 0, 1), 30, "Generator samples")
	out["bars"] = Bars([]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}, []float64{110, 95, 102, 0, 98, 120, 85, 99, 3, 100}, "Digits by the classifier")
	var ox, oy []float64
	a, b := 1.0, 0.0
	for i := 0; i < 300; i++ {
		ox, oy = append(ox, a), append(oy, b)
		a, b = a-0.05*b, b+0.05*a
	}
	out["orbit"] = Orbit(ox, oy, "V(a,b) = ab: simultaneous gradient steps")
	out["smallmultiples"] = SmallMultiples([]image.Image{out["histogram"], out["orbit"], out["bars"], out["scatter2d"]},
		[]string{"lr 1e-3, β1 0.5", "lr 1e-3, β1 0.9", "lr 1e-2, β1 0.5", "lr 1e-2, β1 0.9"}, 2)
	if withGAN {
		out["field2d"], out["field2drow"], out["losses_gan"] = ganFigures([]int{0, 200, 600})
	}
	return out
}
