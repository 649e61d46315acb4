package lesson02

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson02"
)

// ForwardFunc is the signature of exercise 2: the generator's forward pass
// from noise z through layers with weights W[k] and biases b[k].
type ForwardFunc = func(z *mat.Dense, W, b []*mat.Dense) *mat.Dense

// ForwardExercise checks func(z *mat.Dense, W, b []*mat.Dense) *mat.Dense.
type ForwardExercise struct{ *check.Exercise }

// Check prints ✓ if f computes the generator's forward pass, else ✗ with
// the input, the expected and the actual value.
func (e ForwardExercise) Check(f func(z *mat.Dense, W, b []*mat.Dense) *mat.Dense) {
	e.Exercise.Check(f)
}

// Test returns nil if f is correct (for tests; prints nothing).
func (e ForwardExercise) Test(f func(z *mat.Dense, W, b []*mat.Dense) *mat.Dense) error {
	return e.Exercise.Test(f)
}

// Use returns f if it passes, else the reference solution, saying which.
func (e ForwardExercise) Use(f func(z *mat.Dense, W, b []*mat.Dense) *mat.Dense) func(z *mat.Dense, W, b []*mat.Dense) *mat.Dense {
	return e.Exercise.Use(f).(ForwardFunc)
}

// Ex2 asks for the generator's forward pass by hand, checked against the
// library's Sequential.Forward on the same weights.
var Ex2 = ForwardExercise{check.New(check.Spec{
	Name:  "lesson02.Ex2",
	Title: "the generator's forward pass",
	Hint: `Start with h := z. For each layer k (0, 1, 2): make a := mat.NewDense(n, out, nil)
where out is W[k]'s number of columns, set a.Mul(h, W[k]), add b[k]'s single row to
every row of a, then apply the activation to every entry: LeakyReLU on the
hidden layers (k < len(W)-1: keep v if v > 0, else 0.2*v) and math.Tanh on the
last one. Then h = a. Return h: n×784 for the lesson's generator.`,
	Solution: check.Code(sol.Sources, "ex2.go", "Slope", "GeneratorForward"),
	Ref:      ForwardFunc(sol.GeneratorForward),
	Test: func(f interface{}) error {
		return testForward(f.(ForwardFunc))
	},
})}

// testNet returns a small generator-shaped MLP with random, non-zero
// biases (a fresh Linear layer's biases are all 0, which would hide a
// forgotten bias).
func testNet(seed uint64, sizes []int) *ganlite.Sequential {
	rnd := check.NewRand(seed)
	g := ganlite.NewMLP(rnd, sizes, "leakyrelu", "tanh")
	for _, l := range g.Layers {
		if lin, ok := l.(*ganlite.Linear); ok {
			for j := 0; j < lin.OutDim(); j++ {
				lin.B.W.Set(0, j, 0.5*rnd.NormFloat64())
			}
		}
	}
	return g
}

// testForward compares f with the network's own Forward on two small nets
// (so no shape is hard-coded), and names the mistake when f matches a
// known wrong variant.
func testForward(f ForwardFunc) error {
	cases := []struct {
		seed  uint64
		sizes []int
		n     int
	}{
		{11, []int{3, 4, 5, 6}, 3},
		{12, []int{5, 2, 7, 4}, 1},
	}
	for _, c := range cases {
		g := testNet(c.seed, c.sizes)
		W, b := Weights(g)
		z := check.RandDense(check.NewRand(c.seed+100), c.n, c.sizes[0])
		z0 := mat.DenseCopyOf(z)
		W0, b0 := copies(W), copies(b)
		got := f(z, W, b)
		want := g.Predict(z0)
		err := check.Dense("forward(z, W, b)", got, want, 1e-9)
		if err != nil && !check.IsNotDone(err) {
			if why := diagnose(got, z0, W0, b0); why != "" {
				err = fmt.Errorf("%s\n%v", why, err)
			}
		}
		if err == nil {
			err = check.Unchanged("z", z0, z)
		}
		for k := range W {
			if err == nil {
				err = check.Unchanged(fmt.Sprintf("W[%d]", k), W0[k], W[k])
			}
			if err == nil {
				err = check.Unchanged(fmt.Sprintf("b[%d]", k), b0[k], b[k])
			}
		}
		if err != nil {
			args := []interface{}{"z", z0}
			for k := range W0 {
				args = append(args, fmt.Sprintf("W[%d]", k), W0[k], fmt.Sprintf("b[%d]", k), b0[k])
			}
			return check.WithInputs(err, args...)
		}
	}
	return nil
}

// diagnose names the mistake if got matches the forward pass with one
// known error, else returns "".
func diagnose(got, z *mat.Dense, W, b []*mat.Dense) string {
	if got == nil || got.IsEmpty() {
		return ""
	}
	variants := []struct {
		why         string
		hidden, out func(float64) float64
		noBias      bool
	}{
		{"it looks like ReLU on the hidden layers: the generator uses LeakyReLU, which keeps 0.2·v for v < 0", relu, math.Tanh, false},
		{"it looks like the final tanh is missing: the last layer's output goes through math.Tanh", leaky, identity, false},
		{"it looks like tanh on the hidden layers too: only the last layer uses tanh, the hidden ones LeakyReLU", math.Tanh, math.Tanh, false},
		{"it looks like the bias b[k] is missing: add b[k]'s row to every row of h·W[k]", leaky, math.Tanh, true},
		{"it looks like LeakyReLU with slope 0.01: this course uses slope 0.2", leaky01, math.Tanh, false},
	}
	for _, v := range variants {
		if m := forwardVariant(z, W, b, v.hidden, v.out, v.noBias); sameShape(got, m) && mat.EqualApprox(got, m, 1e-9) {
			return v.why
		}
	}
	return ""
}

func relu(v float64) float64     { return math.Max(v, 0) }
func identity(v float64) float64 { return v }
func leaky(v float64) float64 {
	if v < 0 {
		return sol.Slope * v
	}
	return v
}
func leaky01(v float64) float64 {
	if v < 0 {
		return 0.01 * v
	}
	return v
}

// forwardVariant is the forward pass with the given activations, with or
// without biases.
func forwardVariant(z *mat.Dense, W, b []*mat.Dense, hidden, out func(float64) float64, noBias bool) *mat.Dense {
	h := z
	for k := range W {
		var a mat.Dense
		a.Mul(h, W[k])
		r, c := a.Dims()
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				v := a.At(i, j)
				if !noBias {
					v += b[k].At(0, j)
				}
				if k < len(W)-1 {
					v = hidden(v)
				} else {
					v = out(v)
				}
				a.Set(i, j, v)
			}
		}
		h = &a
	}
	return h
}

// sameShape reports whether a and b have the same dimensions.
func sameShape(a, b *mat.Dense) bool {
	ar, ac := a.Dims()
	br, bc := b.Dims()
	return ar == br && ac == bc
}

// copies returns deep copies of ms.
func copies(ms []*mat.Dense) []*mat.Dense {
	out := make([]*mat.Dense, len(ms))
	for i, m := range ms {
		out[i] = mat.DenseCopyOf(m)
	}
	return out
}
