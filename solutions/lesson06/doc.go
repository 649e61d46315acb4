// Package lesson06 holds the reference solutions of lesson 06, mode
// collapse. One file per exercise; lessons/lesson06 checks learners' code
// against them, falls back to them, and prints them with Solution().
package lesson06

import "embed"

// Sources holds this package's Go files, so that Solution() prints the
// real, tested reference code.
//
//go:embed *.go
var Sources embed.FS
