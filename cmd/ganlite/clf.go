package main

import (
	"errors"

	"github.com/ganlite/ganlite/ganlite/metrics"
)

// classifier returns the shipped MNIST classifier.
// TODO(perf): switch to metrics.Classifier once it lands.
func classifier() (*metrics.Clf, error) {
	return nil, errors.New("MNIST classifier not available yet")
}
