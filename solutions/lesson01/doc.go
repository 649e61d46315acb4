// Package lesson01 holds the reference solutions of lesson 01, the
// autoencoder recalled. One file per exercise; lessons/lesson01 checks
// learners' code against them, falls back to them, and prints them with
// Solution().
package lesson01

import "embed"

// Sources holds this package's Go files, so that Solution() prints the
// real, tested reference code.
//
//go:embed *.go
var Sources embed.FS
