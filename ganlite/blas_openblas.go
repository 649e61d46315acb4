//go:build openblas

package ganlite

// Built with -tags openblas: every gonum/mat product in this process goes
// through OpenBLAS (cgo, gonum.org/v1/netlib) instead of gonum's pure-Go
// kernels. The LDFLAGS line below is why no CGO_LDFLAGS is needed: netlib
// itself does not name a library, so we link libopenblas here.
// OPENBLAS_NUM_THREADS (default: all cores) sets its thread count.

/*
#cgo LDFLAGS: -lopenblas
*/
import "C"

import (
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/netlib/blas/netlib"
)

func init() {
	blas64.Use(netlib.Implementation{})
}

// BLAS names the matrix-multiply backend this binary was built with:
// "openblas" (build tag openblas, cgo) or "gonum (pure Go)".
func BLAS() string { return "openblas" }
