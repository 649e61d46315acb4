// Package lesson07 holds the reference solutions of lesson 07, training
// instability. One file per exercise; lessons/lesson07 checks learners' code
// against them, falls back to them, and prints them with Solution().
package lesson07

import "embed"

// Sources holds this package's Go files, so that Solution() prints the
// real, tested reference code.
//
//go:embed *.go
var Sources embed.FS
