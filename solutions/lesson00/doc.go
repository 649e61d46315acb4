// Package lesson00 holds the reference solutions of lesson 00, the tour.
// One file per exercise; lessons/lesson00 checks learners' code against
// them, falls back to them, and prints them with Solution().
package lesson00

import "embed"

// Sources holds this package's Go files, so that Solution() prints the
// real, tested reference code.
//
//go:embed *.go
var Sources embed.FS
