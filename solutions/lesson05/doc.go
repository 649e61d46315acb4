// Package lesson05 holds the reference solutions of lesson 05, forging
// digits: the training loop with logging (ex1.go) and latent interpolation
// with G (ex2.go). One file per exercise; lessons/lesson05 checks learners'
// code against them, falls back to them, and prints them with Solution().
package lesson05

import "embed"

// Sources holds this package's Go files, so that Solution() prints the
// real, tested reference code.
//
//go:embed *.go
var Sources embed.FS
