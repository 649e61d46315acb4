// Package lesson04 holds the reference solutions of lesson 04, the
// cat-and-mouse loop: the discriminator step (ex1.go) and the generator
// step (ex2.go). One file per exercise; lessons/lesson04 checks learners'
// code against them, falls back to them, and prints them with Solution().
package lesson04

import "embed"

// Sources holds this package's Go files, so that Solution() prints the
// real, tested reference code.
//
//go:embed *.go
var Sources embed.FS
