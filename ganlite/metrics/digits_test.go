package metrics

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/ganlite/ganlite/ganlite"
	"gonum.org/v1/gonum/mat"
)

// pixelClf returns a hand-wired classifier that predicts digit d when pixel d
// is the brightest of pixels 0..9: Linear(784→10) copies pixels 0..9, ReLU,
// Linear(10→10) is the identity.
func pixelClf() *Clf {
	net := ganlite.NewMLP(rand.New(rand.NewPCG(1, 1)), []int{784, 10, 10}, "relu", "")
	l1 := net.Layers[0].(*ganlite.Linear)
	l2 := net.Layers[2].(*ganlite.Linear)
	l1.W.W.Zero()
	l2.W.W.Zero()
	for d := 0; d < 10; d++ {
		l1.W.W.Set(d, d, 1)
		l2.W.W.Set(d, d, 1)
	}
	return NewClf(net)
}

// imagesOf returns one image per entry of digits, with pixel d set to 1 and all others -1.
func imagesOf(digits []int) *mat.Dense {
	x := mat.NewDense(len(digits), 784, nil)
	for i, d := range digits {
		row := x.RawRowView(i)
		for j := range row {
			row[j] = -1
		}
		row[d] = 1
	}
	return x
}

func TestPredictAndFeatures(t *testing.T) {
	c := pixelClf()
	digits := []int{3, 1, 4, 1, 5, 9, 2, 6}
	got := c.Predict(imagesOf(digits))
	for i := range digits {
		if got[i] != digits[i] {
			t.Fatalf("Predict = %v, want %v", got, digits)
		}
	}
	f := c.Features(imagesOf(digits))
	if r, w := f.Dims(); r != len(digits) || w != 10 {
		t.Fatalf("Features are %d×%d, want %d×10 (the hidden layer)", r, w, len(digits))
	}
	if f.At(0, 3) != 1 || f.At(0, 0) != 0 {
		t.Errorf("Features row 0 = %v, want the ReLU of pixels 0..9", f.RawRowView(0))
	}
	// More rows than one evaluation chunk.
	many := make([]int, 2*chunk+7)
	for i := range many {
		many[i] = i % 10
	}
	for i, p := range c.Predict(imagesOf(many)) {
		if p != many[i] {
			t.Fatalf("Predict over chunks: row %d = %d, want %d", i, p, many[i])
		}
	}
}

func TestDigits(t *testing.T) {
	c := pixelClf()
	// 200 images: 100 of digit 0, 98 spread over 1..7 (14 each), 2 of digit 8 (1%), none of 9.
	var digits []int
	for i := 0; i < 100; i++ {
		digits = append(digits, 0)
	}
	for d := 1; d <= 7; d++ {
		for i := 0; i < 14; i++ {
			digits = append(digits, d)
		}
	}
	digits = append(digits, 8, 8)
	s := Digits(c, imagesOf(digits))
	want := []int{100, 14, 14, 14, 14, 14, 14, 14, 2, 0}
	for d := range want {
		if s.Hist[d] != want[d] {
			t.Fatalf("Hist = %v, want %v", s.Hist, want)
		}
	}
	if s.Covered != 9 {
		t.Errorf("Covered = %d, want 9 (digit 8 at exactly 1%% counts, 9 is absent)", s.Covered)
	}
	kl := 0.0
	for _, h := range want {
		if h > 0 {
			q := float64(h) / 200
			kl += q * math.Log(q/0.1)
		}
	}
	if !near(s.KLToUniform, kl, 1e-12) {
		t.Errorf("KLToUniform = %g, want %g", s.KLToUniform, kl)
	}

	one := Digits(c, imagesOf([]int{7, 7, 7}))
	if one.Covered != 1 || !near(one.KLToUniform, math.Log(10), 1e-12) {
		t.Errorf("one digit: %+v, want 1 covered and KL ln 10", one)
	}
	balanced := Digits(c, imagesOf([]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}))
	if balanced.Covered != 10 || !near(balanced.KLToUniform, 0, 1e-12) {
		t.Errorf("balanced: %+v, want 10 covered and KL 0", balanced)
	}
}

func TestClfPanics(t *testing.T) {
	for name, f := range map[string]func(){
		"NewClf widths": func() { NewClf(ganlite.NewMLP(rand.New(rand.NewPCG(1, 1)), []int{10, 5, 10}, "relu", "")) },
		"Predict width": func() { pixelClf().Predict(mat.NewDense(2, 10, nil)) },
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Errorf("no panic")
				}
			}()
			f()
		})
	}
}
