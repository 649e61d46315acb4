// Package lesson02 holds the reference solutions of lesson 02, from decoder
// to generator. One file per exercise; lessons/lesson02 checks learners'
// code against them, falls back to them, and prints them with Solution().
package lesson02

import "embed"

// Sources holds this package's Go files, so that Solution() prints the
// real, tested reference code.
//
//go:embed *.go
var Sources embed.FS
