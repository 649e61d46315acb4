//go:build !openblas

package main

// setBLASThreads is a no-op without OpenBLAS; it returns 0.
func setBLASThreads(n int) int { return 0 }
