package data

import (
	"bytes"
	_ "embed" // for the embedded t10k files
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"gonum.org/v1/gonum/mat"
)

// The 10,000-image MNIST test set ships inside the package, so MNIST works
// offline with no set-up. mnist/ also holds the training files for a
// repository checkout (see LoadMNIST); only the test files are embedded.
var (
	//go:embed mnist/t10k-images-idx3-ubyte.gz
	t10kImagesGz []byte
	//go:embed mnist/t10k-labels-idx1-ubyte.gz
	t10kLabelsGz []byte
)

// Set is a labelled image data set: X holds one image per row, Rows×Cols
// pixels flattened row by row (784 for MNIST) and scaled from 0..255 to
// [-1, 1] as p/127.5 − 1, the range of a tanh generator's output.
type Set struct {
	X          *mat.Dense // n × Rows*Cols pixels in [-1, 1]
	Labels     []int      // n labels, 0..9 for MNIST
	Rows, Cols int        // image height and width (28×28 for MNIST)
}

// Len returns the number of images in the set.
func (s *Set) Len() int { return len(s.Labels) }

var (
	embedOnce   sync.Once
	embedImages *Images
	embedLabels []byte
	embedErr    error
)

// MNIST returns the embedded MNIST test set: 10,000 digits of 28×28.
// The IDX files are decoded once; every call returns a fresh Set the caller
// owns and may modify freely.
func MNIST() (*Set, error) {
	embedOnce.Do(func() {
		embedImages, embedErr = ReadImages(bytes.NewReader(t10kImagesGz), "embedded t10k-images-idx3-ubyte.gz")
		if embedErr == nil {
			embedLabels, embedErr = ReadLabels(bytes.NewReader(t10kLabelsGz), "embedded t10k-labels-idx1-ubyte.gz")
		}
	})
	if embedErr != nil {
		return nil, embedErr
	}
	return NewSet(embedImages, embedLabels, "embedded MNIST test set")
}

// NewSet builds a Set from decoded IDX images and labels, scaling pixels to
// [-1, 1]. It returns an error naming name if the counts differ, the set is
// empty or a label is above 9.
func NewSet(im *Images, labels []byte, name string) (*Set, error) {
	if im.N != len(labels) {
		return nil, fmt.Errorf("data: %s: %d images but %d labels", name, im.N, len(labels))
	}
	if im.N == 0 {
		return nil, fmt.Errorf("data: %s: no images", name)
	}
	if len(im.Pixels) != im.N*im.Rows*im.Cols {
		return nil, fmt.Errorf("data: %s: %d pixel bytes for %d images of %d×%d", name, len(im.Pixels), im.N, im.Rows, im.Cols)
	}
	s := &Set{X: mat.NewDense(im.N, im.Rows*im.Cols, nil), Labels: make([]int, im.N), Rows: im.Rows, Cols: im.Cols}
	for i, l := range labels {
		if l > 9 {
			return nil, fmt.Errorf("data: %s: label %d of image %d is not a digit 0..9", name, l, i)
		}
		s.Labels[i] = int(l)
	}
	raw := s.X.RawMatrix().Data // freshly allocated: contiguous, stride = width
	for i, p := range im.Pixels {
		raw[i] = float64(p)/127.5 - 1
	}
	return s, nil
}

// LoadMNIST reads MNIST from dir holding the standard file names:
// train-images-idx3-ubyte and train-labels-idx1-ubyte (60,000 digits) when
// train is true, t10k-images-idx3-ubyte and t10k-labels-idx1-ubyte
// (10,000) otherwise; each may be gzipped (".gz") and "-idx" may be
// written ".idx". Download fills such a folder; in a repository checkout
// ganlite/data/mnist is one too.
func LoadMNIST(dir string, train bool) (*Set, error) {
	prefix := "t10k"
	if train {
		prefix = "train"
	}
	imgPath, err := findIDX(dir, prefix+"-images", "idx3-ubyte")
	if err != nil {
		return nil, err
	}
	lblPath, err := findIDX(dir, prefix+"-labels", "idx1-ubyte")
	if err != nil {
		return nil, err
	}
	im, err := ReadImagesFile(imgPath)
	if err != nil {
		return nil, err
	}
	labels, err := ReadLabelsFile(lblPath)
	if err != nil {
		return nil, err
	}
	return NewSet(im, labels, filepath.Join(dir, prefix+"-*"))
}

// findIDX returns the first existing spelling of an MNIST file in dir.
func findIDX(dir, stem, kind string) (string, error) {
	var tried []string
	for _, sep := range []string{"-", "."} {
		for _, ext := range []string{".gz", ""} {
			name := stem + sep + kind + ext
			p := filepath.Join(dir, name)
			if _, err := os.Stat(p); err == nil {
				return p, nil
			}
			tried = append(tried, name)
		}
	}
	return "", fmt.Errorf("data: no MNIST file %s in %s (tried %s)", stem, dir, strings.Join(tried, ", "))
}

// Subset returns the first n images as a view sharing X and Labels with s:
// no copy is made, so writes through either are seen by both.
// It panics unless 1 ≤ n ≤ s.Len().
func (s *Set) Subset(n int) *Set {
	if n < 1 || n > s.Len() {
		panic(fmt.Sprintf("data: Set.Subset: n is %d, want 1..%d", n, s.Len()))
	}
	_, c := s.X.Dims()
	return &Set{X: s.X.Slice(0, n, 0, c).(*mat.Dense), Labels: s.Labels[:n:n], Rows: s.Rows, Cols: s.Cols}
}

// Digit returns a new Set (a copy) of the images labelled d, in order.
// It panics if no image has that label.
func (s *Set) Digit(d int) *Set {
	var idx []int
	for i, l := range s.Labels {
		if l == d {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		panic(fmt.Sprintf("data: Set.Digit: no image labelled %d", d))
	}
	_, c := s.X.Dims()
	out := &Set{X: mat.NewDense(len(idx), c, nil), Labels: make([]int, len(idx)), Rows: s.Rows, Cols: s.Cols}
	for k, i := range idx {
		out.X.SetRow(k, s.X.RawRowView(i))
		out.Labels[k] = d
	}
	return out
}
