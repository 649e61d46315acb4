package lesson01

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite/data"
	"github.com/ganlite/ganlite/lessons/check"
)

func TestSpreadOf(t *testing.T) {
	z := mat.NewDense(4, 2, []float64{1, 10, 3, 10, 1, -10, 3, -10})
	s := SpreadOf(z)
	if s.Mean[0] != 2 || s.Std[0] != 1 || s.Mean[1] != 0 || s.Std[1] != 10 {
		t.Errorf("SpreadOf = %+v", s)
	}
	if i, j := WidestDims(z); i != 1 || j != 0 {
		t.Errorf("WidestDims = %d, %d, want 1, 0", i, j)
	}
	tab := SpreadTable("a", z, "b", z)
	if !strings.Contains(tab, "2.00 ± 1.00") || strings.Count(tab, "\n") != 3 {
		t.Errorf("SpreadTable:\n%s", tab)
	}
}

func TestNormalStats(t *testing.T) {
	s := SpreadOf(Normal(check.NewRand(1), 4000, 3))
	for j := range s.Mean {
		if math.Abs(s.Mean[j]) > 0.06 || math.Abs(s.Std[j]-1) > 0.05 {
			t.Errorf("column %d: mean %.3f std %.3f", j, s.Mean[j], s.Std[j])
		}
	}
}

func TestNearestDistAndMedian(t *testing.T) {
	to := mat.NewDense(2, 2, []float64{0, 0, 10, 0})
	from := mat.NewDense(3, 2, []float64{3, 4, 9, 0, 0, 0})
	got := NearestDist(from, to)
	if got[0] != 5 || got[1] != 1 || got[2] != 0 {
		t.Errorf("NearestDist = %v", got)
	}
	if Median(got) != 1 || Median([]float64{4, 1, 3, 2}) != 2.5 {
		t.Errorf("Median wrong")
	}
}

func TestLerpStackColumns(t *testing.T) {
	a := mat.NewDense(1, 2, []float64{0, 10})
	b := mat.NewDense(1, 2, []float64{4, 2})
	l := Lerp(a, b, 5)
	want := mat.NewDense(5, 2, []float64{0, 10, 1, 8, 2, 6, 3, 4, 4, 2})
	if !mat.EqualApprox(l, want, 1e-12) {
		t.Errorf("Lerp =\n%v", mat.Formatted(l))
	}
	s := Stack(a, Rows(l, 1, 3))
	if r, _ := s.Dims(); r != 3 || s.At(2, 1) != 6 {
		t.Errorf("Stack =\n%v", mat.Formatted(s))
	}
	c := Columns(l, 1, 0)
	if c.At(1, 0) != 8 || c.At(1, 1) != 1 {
		t.Errorf("Columns =\n%v", mat.Formatted(c))
	}
}

// TestTrainLearns trains briefly on a small subset and checks the loss falls.
func TestTrainLearns(t *testing.T) {
	set, err := data.MNIST()
	if err != nil {
		t.Fatal(err)
	}
	rnd := check.NewRand(1)
	ae := NewAutoencoder(rnd)
	losses := Train(ae, set.Subset(512), 60, 32, rnd)
	first, last := losses[0], losses[len(losses)-1]
	if len(losses) != 60 || !(last < 0.6*first) {
		t.Errorf("%d losses, first %.3f last %.3f", len(losses), first, last)
	}
}

func TestFittedNormal(t *testing.T) {
	z := mat.NewDense(4, 2, []float64{1, 10, 3, 10, 1, -10, 3, -10})
	s := SpreadOf(FittedNormal(check.NewRand(2), z, 5000))
	if math.Abs(s.Mean[0]-2) > 0.05 || math.Abs(s.Std[0]-1) > 0.05 || math.Abs(s.Std[1]-10) > 0.5 {
		t.Errorf("FittedNormal spread %+v", s)
	}
}

func TestDescribe(t *testing.T) {
	ae := NewAutoencoder(check.NewRand(1))
	if got := Describe(ae.Enc); got != "Linear(784→128) ReLU Linear(128→16)" {
		t.Errorf("Describe(enc) = %q", got)
	}
	if got := Describe(ae.Dec); got != "Linear(16→128) ReLU Linear(128→784) Tanh" {
		t.Errorf("Describe(dec) = %q", got)
	}
	if got := CountParams(ae.Enc); got != 784*128+128+128*16+16 {
		t.Errorf("CountParams = %d", got)
	}
}
