package metrics

import (
	"math/rand/v2"
	"testing"

	"github.com/ganlite/ganlite/ganlite/data"
	"gonum.org/v1/gonum/mat"
)

func shipped(t *testing.T) (*Clf, *data.Set) {
	t.Helper()
	c, err := Classifier()
	if err != nil {
		t.Fatal(err)
	}
	test, err := data.MNIST()
	if err != nil {
		t.Fatal(err)
	}
	return c, test
}

func TestShippedClassifierAccuracy(t *testing.T) {
	c, test := shipped(t)
	acc := c.Accuracy(test)
	t.Logf("shipped classifier: %.2f%% on the 10,000 test digits", 100*acc)
	if acc < 0.97 {
		t.Errorf("test accuracy %.4f, want >= 0.97", acc)
	}
	if c2, _ := Classifier(); c2 != c {
		t.Errorf("Classifier() loaded twice")
	}
	if _, w := c.Features(test.X.Slice(0, 3, 0, 784).(*mat.Dense)).Dims(); w != FeatureDim {
		t.Errorf("Features width %d, want %d", w, FeatureDim)
	}
}

func TestShippedDigitsAndFrechet(t *testing.T) {
	c, test := shipped(t)
	all := Digits(c, test.X)
	if all.Covered != 10 || all.KLToUniform > 0.01 {
		t.Errorf("real test digits: %v, want 10 covered and KL near 0", all)
	}
	ones := test.Digit(1)
	if s := Digits(c, ones.X); s.Covered > 2 || s.Hist[1] < ones.Len()*95/100 {
		t.Errorf("only 1s: %v, want (almost) only digit 1", s)
	}

	rnd := rand.New(rand.NewPCG(1, 2))
	const n = 1000
	floor := RealFloor(c, test, n, rnd)
	fake := FrechetMNIST(c, ones.X.Slice(0, n, 0, 784).(*mat.Dense), test.X.Slice(0, n, 0, 784).(*mat.Dense))
	t.Logf("FrechetMNIST: real floor %.3f, only 1s vs real %.3f", floor, fake)
	if !(floor > 0) || fake < 10*floor {
		t.Errorf("real floor %g, collapsed set %g: want floor > 0 and the collapsed set far above it", floor, fake)
	}
	if again := RealFloor(c, test, n, rand.New(rand.NewPCG(1, 2))); again != floor {
		t.Errorf("RealFloor with one seed: %g then %g", floor, again)
	}
}
