// Package lesson03 holds the reference solutions of lesson 03, the
// detective. One file per exercise; lessons/lesson03 checks learners' code
// against them, falls back to them, and prints them with Solution().
package lesson03

import "embed"

// Sources holds this package's Go files, so that Solution() prints the
// real, tested reference code.
//
//go:embed *.go
var Sources embed.FS
