package data

import (
	"compress/gzip"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func TestMNISTEmbedded(t *testing.T) {
	s, err := MNIST()
	if err != nil {
		t.Fatal(err)
	}
	n, c := s.X.Dims()
	if n != 10000 || c != 784 || s.Len() != 10000 || s.Rows != 28 || s.Cols != 28 {
		t.Fatalf("got %d×%d, Len %d, %d×%d images", n, c, s.Len(), s.Rows, s.Cols)
	}
	first := []int{7, 2, 1, 0, 4, 1, 4, 9, 5, 9}
	for i, l := range first {
		if s.Labels[i] != l {
			t.Errorf("label %d is %d, want %d", i, s.Labels[i], l)
		}
	}
	if mat.Min(s.X) != -1 || mat.Max(s.X) != 1 {
		t.Errorf("pixel range [%v, %v], want [-1, 1]", mat.Min(s.X), mat.Max(s.X))
	}
	// Per-digit counts of the MNIST test set (LeCun et al.).
	want := []int{980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009}
	got := make([]int, 10)
	for _, l := range s.Labels {
		got[l]++
	}
	for d := range want {
		if got[d] != want[d] {
			t.Errorf("digit %d: %d images, want %d", d, got[d], want[d])
		}
	}
	// Each call returns a fresh Set: mutating one must not leak into the next.
	s.X.Set(0, 0, 42)
	s.Labels[0] = 3
	s2, _ := MNIST()
	if s2.X.At(0, 0) != -1 || s2.Labels[0] != 7 {
		t.Error("MNIST() returned shared storage")
	}
}

func TestLoadMNIST(t *testing.T) {
	s, err := LoadMNIST("mnist", false)
	if err != nil {
		t.Fatal(err)
	}
	e, _ := MNIST()
	if !mat.Equal(s.X, e.X) {
		t.Error("LoadMNIST(mnist, false) differs from the embedded set")
	}
	// An ungzipped copy with the ".idx" spelling loads the same.
	dir := t.TempDir()
	for src, dst := range map[string]string{
		"t10k-images-idx3-ubyte.gz": "t10k-images.idx3-ubyte",
		"t10k-labels-idx1-ubyte.gz": "t10k-labels.idx1-ubyte",
	} {
		f, _ := os.Open(filepath.Join("mnist", src))
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(zr)
		f.Close()
		os.WriteFile(filepath.Join(dir, dst), b, 0o644)
	}
	r, err := LoadMNIST(dir, false)
	if err != nil || !mat.Equal(r.X, e.X) {
		t.Errorf("raw files: %v", err)
	}
	if _, err := LoadMNIST(dir, true); err == nil || !strings.Contains(err.Error(), "train-images") || !strings.Contains(err.Error(), dir) {
		t.Errorf("missing train files: %v", err)
	}
	// Mismatched counts: images of one set, labels of another.
	os.WriteFile(filepath.Join(dir, "t10k-labels.idx1-ubyte"), idxBytes(MagicLabels, []uint32{3}, []byte{1, 2, 3}), 0o644)
	if _, err := LoadMNIST(dir, false); err == nil || !strings.Contains(err.Error(), "10000 images but 3 labels") {
		t.Errorf("count mismatch: %v", err)
	}
}

func TestLoadMNISTTrain(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes 47 MB")
	}
	s, err := LoadMNIST("mnist", true)
	if err != nil {
		t.Fatal(err)
	}
	if s.Len() != 60000 || s.Labels[0] != 5 {
		t.Errorf("Len %d, first label %d; want 60000, 5", s.Len(), s.Labels[0])
	}
}

func TestNewSetBadLabel(t *testing.T) {
	im := &Images{N: 1, Rows: 1, Cols: 1, Pixels: []byte{0}}
	if _, err := NewSet(im, []byte{10}, "x"); err == nil || !strings.Contains(err.Error(), "label 10") {
		t.Errorf("label 10: %v", err)
	}
	if _, err := NewSet(&Images{N: 2, Rows: 1, Cols: 1, Pixels: []byte{0}}, []byte{1, 2}, "x"); err == nil {
		t.Error("short pixels accepted")
	}
}

func TestSubsetAndDigit(t *testing.T) {
	s, _ := MNIST()
	sub := s.Subset(100)
	if n, c := sub.X.Dims(); n != 100 || c != 784 || sub.Len() != 100 {
		t.Fatalf("Subset(100) is %d×%d", n, c)
	}
	sub.X.Set(5, 5, 0.5) // a view: visible in s
	if s.X.At(5, 5) != 0.5 {
		t.Error("Subset is not a view")
	}
	threes := s.Digit(3)
	if threes.Len() != 1010 {
		t.Errorf("Digit(3) has %d images, want 1010", threes.Len())
	}
	for _, l := range threes.Labels {
		if l != 3 {
			t.Fatal("Digit(3) holds another digit")
		}
	}
	mustPanic(t, "n is 0, want 1..10000", func() { s.Subset(0) })
	mustPanic(t, "no image labelled 11", func() { s.Digit(11) })
}

func TestLoaderEpochs(t *testing.T) {
	s, _ := MNIST()
	small := s.Subset(10)
	l := small.Sampler()
	rnd := rand.New(rand.NewPCG(1, 2))
	dst := mat.NewDense(4, 784, nil)
	labels := make([]int, 4)
	seen := map[int]int{}
	for b := 0; b < 5; b++ { // 20 rows = exactly 2 epochs
		l.SampleLabeled(dst, labels, rnd)
		for i := 0; i < 4; i++ {
			// find which image this row is, by its label and pixels
			for j := 0; j < 10; j++ {
				if mat.Equal(dst.RowView(i), small.X.RowView(j)) {
					seen[j]++
					if labels[i] != small.Labels[j] {
						t.Fatal("label does not match its image")
					}
				}
			}
		}
	}
	for j := 0; j < 10; j++ {
		if seen[j] != 2 {
			t.Errorf("image %d drawn %d times in 2 epochs, want 2", j, seen[j])
		}
	}
	if l.Epoch() != 2 {
		t.Errorf("Epoch() = %d, want 2", l.Epoch())
	}
	// Same seed, same batches.
	a, b := s.Sampler(), s.Sampler()
	da, db := mat.NewDense(64, 784, nil), mat.NewDense(64, 784, nil)
	ra, rb := rand.New(rand.NewPCG(7, 7)), rand.New(rand.NewPCG(7, 7))
	for k := 0; k < 3; k++ {
		a.Sample(da, ra)
		b.Sample(db, rb)
		if !mat.Equal(da, db) {
			t.Fatal("same seed gave different batches")
		}
	}
	// Allocation-free in steady state, including across epoch boundaries.
	tiny := s.Subset(100).Sampler()
	if allocs := testing.AllocsPerRun(50, func() { tiny.Sample(da, ra) }); allocs != 0 {
		t.Errorf("Sample allocates %v times per call", allocs)
	}
	mustPanic(t, "dst is 3×2, want n×784", func() { a.Sample(mat.NewDense(3, 2, nil), ra) })
}

func mustPanic(t *testing.T, want string, f func()) {
	t.Helper()
	defer func() {
		r := recover()
		if r == nil {
			t.Errorf("no panic, want %q", want)
			return
		}
		if msg, _ := r.(string); !strings.Contains(msg, want) {
			t.Errorf("panic %q, want it to contain %q", r, want)
		}
	}()
	f()
}
