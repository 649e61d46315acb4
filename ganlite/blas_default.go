//go:build !openblas

package ganlite

// BLAS names the matrix-multiply backend this binary was built with:
// "openblas" (build tag openblas, cgo) or "gonum (pure Go)".
// Rebuild with -tags openblas (and libopenblas-dev installed) for a
// several-times faster float64 matrix multiply.
func BLAS() string { return "gonum (pure Go)" }
