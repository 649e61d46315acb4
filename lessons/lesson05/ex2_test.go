package lesson05

import (
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson05"
)

// interpWith builds interpolations with a given t(k, n), for wrong versions.
func interpWith(t func(k, n int) float64) InterpolateFunc {
	return func(g *ganlite.Sequential, z0, z1 *mat.Dense, n int) *mat.Dense {
		_, dim := z0.Dims()
		zs := mat.NewDense(n, dim, nil)
		for k := 0; k < n; k++ {
			tk := t(k, n)
			for j := 0; j < dim; j++ {
				zs.Set(k, j, (1-tk)*z0.At(0, j)+tk*z1.At(0, j))
			}
		}
		return g.Predict(zs)
	}
}

func TestEx2(t *testing.T) {
	if err := Ex2.Test(sol.Interpolate); err != nil {
		t.Fatalf("reference rejected: %v", err)
	}
	// Returning G's own Forward buffer is fine for the check.
	forward := func(g *ganlite.Sequential, z0, z1 *mat.Dense, n int) *mat.Dense {
		zs := mat.DenseCopyOf(sol.Interpolate(ganlite.NewSequential(), z0, z1, n))
		return g.Forward(zs)
	}
	if err := Ex2.Test(forward); err != nil {
		t.Fatalf("Forward-buffer version rejected: %v", err)
	}
	wrong := map[string]struct {
		f    InterpolateFunc
		want string
	}{
		"t = k/n":        {interpWith(func(k, n int) float64 { return float64(k) / float64(n) }), "t = k/(n−1)"},
		"t = (k+1)/n":    {interpWith(func(k, n int) float64 { return float64(k+1) / float64(n) }), "row 0"},
		"reversed":       {interpWith(func(k, n int) float64 { return 1 - float64(k)/float64(n-1) }), "reverse"},
		"uneven spacing": {interpWith(func(k, n int) float64 { x := float64(k) / float64(n-1); return x * x }), "evenly"},
		"latents, not images": {func(g *ganlite.Sequential, z0, z1 *mat.Dense, n int) *mat.Dense {
			return sol.Interpolate(ganlite.NewSequential(), z0, z1, n)
		}, "4"},
		"interpolating images": {func(g *ganlite.Sequential, z0, z1 *mat.Dense, n int) *mat.Dense {
			return sol.Interpolate(ganlite.NewSequential(), g.Predict(z0), g.Predict(z1), n)
		}, "evenly"},
	}
	for name, w := range wrong {
		err := Ex2.Test(w.f)
		if err == nil {
			t.Errorf("%s: accepted", name)
			continue
		}
		if check.IsNotDone(err) || !strings.Contains(err.Error(), w.want) {
			t.Errorf("%s: message %q does not mention %q", name, err, w.want)
		}
	}
	stub := func(g *ganlite.Sequential, z0, z1 *mat.Dense, n int) *mat.Dense { return nil }
	if err := Ex2.Test(stub); !check.IsNotDone(err) {
		t.Errorf("stub: want not done, got %v", err)
	}
}
