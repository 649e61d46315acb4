package metrics

import (
	_ "embed" // for the shipped classifier weights
	"fmt"
	"math/rand/v2"
	"os"
	"sync"

	"github.com/ganlite/ganlite/ganlite"
)

// classifierCkpt is the trained classifier, a ganlite checkpoint written by
// `go run ./cmd/train-classifier` (from the repository root).
//
//go:embed classifier.ckpt
var classifierCkpt []byte

var (
	clfOnce sync.Once
	clf     *Clf
	clfErr  error
)

// Classifier returns the shipped MNIST classifier (ClassifierSizes, ≥ 97% test
// accuracy), decoding the embedded checkpoint on the first call; later calls
// return the same *Clf. An error means the embedded file is damaged (or was
// replaced by a network of another shape).
func Classifier() (*Clf, error) {
	clfOnce.Do(func() { clf, clfErr = loadEmbedded() })
	return clf, clfErr
}

// loadEmbedded decodes classifierCkpt. ganlite.Load reads from a path, so the
// embedded bytes go through a temporary file.
func loadEmbedded() (*Clf, error) {
	const name = "embedded ganlite/metrics/classifier.ckpt"
	if len(classifierCkpt) == 0 {
		return nil, fmt.Errorf("metrics: %s is empty: run go run ./cmd/train-classifier", name)
	}
	f, err := os.CreateTemp("", "ganlite-classifier-*.ckpt")
	if err != nil {
		return nil, fmt.Errorf("metrics: %s: %w", name, err)
	}
	defer os.Remove(f.Name())
	_, err = f.Write(classifierCkpt)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, fmt.Errorf("metrics: %s: %w", name, err)
	}
	ckpt, err := ganlite.Load(f.Name())
	if err != nil {
		return nil, fmt.Errorf("metrics: %s: %w", name, err)
	}
	// Into checks that the file holds exactly the ClassifierSizes architecture;
	// the random initial weights of net are overwritten.
	net := NewClassifierNet(rand.New(rand.NewPCG(0, 0)))
	if err := ckpt.Into(ClassifierNetName, net); err != nil {
		return nil, fmt.Errorf("metrics: %s: %w", name, err)
	}
	return NewClf(net), nil
}
