package plots

import (
	"image"
	"math"
	"math/rand/v2"

	"github.com/ganlite/ganlite/ganlite"
	"gonum.org/v1/gonum/mat"
)

// ringSampler draws from 8 Gaussians (σ 0.05) on the unit circle.
type ringSampler struct{}

func (ringSampler) Sample(dst *mat.Dense, rnd *rand.Rand) {
	n, _ := dst.Dims()
	for i := 0; i < n; i++ {
		a := float64(rnd.IntN(8)) * math.Pi / 4
		dst.Set(i, 0, math.Cos(a)+0.05*rnd.NormFloat64())
		dst.Set(i, 1, math.Sin(a)+0.05*rnd.NormFloat64())
	}
}

// ganFigures trains a tiny GAN on the ring and draws the 2D figures and
// the loss curves from it.
func ganFigures(steps []int) (field image.Image, row image.Image, losses image.Image) {
	rnd := rand.New(rand.NewPCG(3, 4))
	g := ganlite.NewMLP(rnd, []int{2, 32, 32, 2}, "relu", "")
	d := ganlite.NewMLP(rnd, []int{2, 32, 32, 1}, "relu", "")
	gan := ganlite.NewGAN(g, d, ganlite.NewAdam(1e-3, 0.5, 0.999), ganlite.NewAdam(1e-3, 0.5, 0.999), rnd)
	real := mat.NewDense(200, 2, nil)
	z := gan.SampleZ(200)
	h := &ganlite.History{}
	var panels []Field2DData
	done := 0
	for _, s := range steps {
		for ; done < s; done++ {
			h.Add(gan.Step(ringSampler{}, 64))
		}
		ringSampler{}.Sample(real, rnd)
		fake := gan.Generate(z)
		panels = append(panels, Field2DData{
			D:    EvalGrid(-1.6, 1.6, -1.6, 1.6, 48, DProb(gan.D)),
			Real: mat.DenseCopyOf(real), Fake: fake,
			Grad: GeneratorGradients(gan.D, fake, ganlite.NonSaturating),
		})
		panels[len(panels)-1].Title = "step " + itoa(s)
	}
	return Field2D(panels[len(panels)-1]), Field2DRow(panels, len(panels)), Losses(h)
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	s := ""
	for ; i > 0; i /= 10 {
		s = string(rune('0'+i%10)) + s
	}
	return s
}
