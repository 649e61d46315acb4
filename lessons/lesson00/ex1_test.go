package lesson00

import (
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson00"
)

func TestEx1AcceptsReference(t *testing.T) {
	if err := Ex1.Test(sol.Affine); err != nil {
		t.Fatalf("reference rejected: %v", err)
	}
}

func TestEx1RejectsWrong(t *testing.T) {
	product := func(x, W *mat.Dense) *mat.Dense {
		var y mat.Dense
		y.Mul(x, W)
		return &y
	}
	wrong := map[string]AffineFunc{
		"no bias": func(x, W, b *mat.Dense) *mat.Dense { return product(x, W) },
		"wrong sign of b": func(x, W, b *mat.Dense) *mat.Dense {
			y := product(x, W)
			r, c := y.Dims()
			for i := 0; i < r; i++ {
				for j := 0; j < c; j++ {
					y.Set(i, j, y.At(i, j)-b.At(0, j))
				}
			}
			return y
		},
		"bias on the first row only": func(x, W, b *mat.Dense) *mat.Dense {
			y := product(x, W)
			_, c := y.Dims()
			for j := 0; j < c; j++ {
				y.Set(0, j, y.At(0, j)+b.At(0, j))
			}
			return y
		},
		"adds b into W (changes an input)": func(x, W, b *mat.Dense) *mat.Dense {
			y := sol.Affine(x, W, b)
			W.Set(0, 0, W.At(0, 0)+1)
			return y
		},
	}
	for name, f := range wrong {
		err := Ex1.Test(f)
		if !check.IsWrong(err) {
			t.Errorf("%s: want a mismatch, got %v", name, err)
		}
	}
	err := Ex1.Test(wrong["no bias"])
	for _, want := range []string{"affine(x, W, b)[0,0] = 5, want 5.5", "for the input", "b = 1×3"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("no-bias message lacks %q:\n%v", want, err)
		}
	}
}

func TestEx1StubAndPanic(t *testing.T) {
	stubs := map[string]AffineFunc{
		"return nil": func(x, W, b *mat.Dense) *mat.Dense { return nil },
		"zero matrix": func(x, W, b *mat.Dense) *mat.Dense {
			n, _ := x.Dims()
			_, out := W.Dims()
			return mat.NewDense(n, out, nil)
		},
		"nil func": nil,
	}
	for name, f := range stubs {
		if err := Ex1.Test(f); !check.IsNotDone(err) {
			t.Errorf("%s: want not done, got %v", name, err)
		}
	}
	// W·x instead of x·W: the shapes are wrong.
	swapped := func(x, W, b *mat.Dense) *mat.Dense {
		var y mat.Dense
		y.Mul(W, x)
		return &y
	}
	if err := Ex1.Test(swapped); err == nil || !strings.Contains(err.Error(), "is 2×2, want 3×3") {
		t.Errorf("swapped product: %v", err)
	}
}

func TestEx1UseFallsBack(t *testing.T) {
	f := Ex1.Use(nil)
	x := mat.NewDense(1, 1, []float64{2})
	if got := f(x, x, x).At(0, 0); got != 6 {
		t.Errorf("Use(nil)(2, 2, 2) = %v, want the reference's 6", got)
	}
}

func TestEx1Solution(t *testing.T) {
	code := check.Code(sol.Sources, "ex1.go", "Affine")
	if !strings.Contains(code, "func Affine(x, W, b *mat.Dense) *mat.Dense {") || strings.Contains(code, "package") {
		t.Errorf("solution code:\n%s", code)
	}
}
