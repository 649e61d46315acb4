package lesson03

import (
	"math/rand/v2"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson03"
)

func TestEx1AcceptsReference(t *testing.T) {
	if err := Ex1.Test(sol.MakeBatch); err != nil {
		t.Fatalf("reference rejected: %v", err)
	}
	// Stack, then shuffle rows and labels together with rnd.Shuffle: right too.
	stackShuffle := func(real, fake *mat.Dense, rnd *rand.Rand) (*mat.Dense, []float64) {
		x, labels := unshuffled(real, fake)
		n, _ := x.Dims()
		rnd.Shuffle(n, func(i, j int) {
			ri, rj := mat.Row(nil, i, x), mat.Row(nil, j, x)
			x.SetRow(i, rj)
			x.SetRow(j, ri)
			labels[i], labels[j] = labels[j], labels[i]
		})
		return x, labels
	}
	if err := Ex1.Test(stackShuffle); err != nil {
		t.Fatalf("rnd.Shuffle version rejected: %v", err)
	}
}

// unshuffled returns real rows then fake rows, labelled 1 and 0.
func unshuffled(real, fake *mat.Dense) (*mat.Dense, []float64) {
	n, _ := real.Dims()
	var x mat.Dense
	x.Stack(real, fake)
	labels := make([]float64, 2*n)
	for i := 0; i < n; i++ {
		labels[i] = 1
	}
	return &x, labels
}

func TestEx1RejectsWrong(t *testing.T) {
	wrong := map[string]struct {
		f    MakeBatchFunc
		want string
	}{
		"swapped labels": {func(real, fake *mat.Dense, rnd *rand.Rand) (*mat.Dense, []float64) {
			x, labels := sol.MakeBatch(real, fake, rnd)
			for i := range labels {
				labels[i] = 1 - labels[i]
			}
			return x, labels
		}, "but its label is"},
		"unshuffled": {func(real, fake *mat.Dense, rnd *rand.Rand) (*mat.Dense, []float64) {
			return unshuffled(real, fake)
		}, "all real rows, then all fake ones"},
		"alternating": {func(real, fake *mat.Dense, rnd *rand.Rand) (*mat.Dense, []float64) {
			n, d := real.Dims()
			x := mat.NewDense(2*n, d, nil)
			labels := make([]float64, 2*n)
			for i := 0; i < n; i++ {
				x.SetRow(2*i, real.RawRowView(i))
				x.SetRow(2*i+1, fake.RawRowView(i))
				labels[2*i] = 1
			}
			return x, labels
		}, "strictly alternate"},
		"labels shuffled separately": {func(real, fake *mat.Dense, rnd *rand.Rand) (*mat.Dense, []float64) {
			x, labels := sol.MakeBatch(real, fake, rnd)
			rnd.Shuffle(len(labels), func(i, j int) { labels[i], labels[j] = labels[j], labels[i] })
			return x, labels
		}, "the label must move with its row"},
		"global rand": {func(real, fake *mat.Dense, rnd *rand.Rand) (*mat.Dense, []float64) {
			return sol.MakeBatch(real, fake, rand.New(rand.NewPCG(rand.Uint64(), 1)))
		}, "same seed gave different"},
		"own fixed rand": {func(real, fake *mat.Dense, rnd *rand.Rand) (*mat.Dense, []float64) {
			return sol.MakeBatch(real, fake, rand.New(rand.NewPCG(1, 1)))
		}, "different seeds gave the same"},
		"real rows twice": {func(real, fake *mat.Dense, rnd *rand.Rand) (*mat.Dense, []float64) {
			return sol.MakeBatch(real, real, rnd)
		}, "is real row"},
		"shuffles real in place": {func(real, fake *mat.Dense, rnd *rand.Rand) (*mat.Dense, []float64) {
			n, _ := real.Dims()
			a, b := mat.Row(nil, 0, real), mat.Row(nil, n-1, real)
			real.SetRow(0, b)
			real.SetRow(n-1, a)
			return sol.MakeBatch(real, fake, rnd)
		}, "changed its input real"},
		"only n rows": {func(real, fake *mat.Dense, rnd *rand.Rand) (*mat.Dense, []float64) {
			x, labels := sol.MakeBatch(real, fake, rnd)
			n, _ := real.Dims()
			return Rows(x, 0, n), labels[:n]
		}, "want 16×3"},
	}
	for name, w := range wrong {
		err := Ex1.Test(w.f)
		if !check.IsWrong(err) {
			t.Errorf("%s: want a mismatch, got %v", name, err)
			continue
		}
		if !strings.Contains(err.Error(), w.want) {
			t.Errorf("%s: message lacks %q:\n%v", name, w.want, err)
		}
	}
}

func TestEx1Stub(t *testing.T) {
	stubs := map[string]MakeBatchFunc{
		"nil, nil": func(real, fake *mat.Dense, rnd *rand.Rand) (*mat.Dense, []float64) { return nil, nil },
		"zeros": func(real, fake *mat.Dense, rnd *rand.Rand) (*mat.Dense, []float64) {
			n, d := real.Dims()
			return mat.NewDense(2*n, d, nil), make([]float64, 2*n)
		},
		"func": nil,
	}
	for name, f := range stubs {
		if err := Ex1.Test(f); !check.IsNotDone(err) {
			t.Errorf("%s: want not done, got %v", name, err)
		}
	}
}

func TestEx1UseFallsBack(t *testing.T) {
	real, fake := batchInputs(2, 2)
	x, labels := Ex1.Use(nil)(real, fake, check.NewRand(1))
	wx, wl := sol.MakeBatch(real, fake, check.NewRand(1))
	if !mat.Equal(x, wx) || labelPattern(labels) != labelPattern(wl) {
		t.Error("Use(nil) is not the reference")
	}
}
