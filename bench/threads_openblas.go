//go:build openblas

package main

/*
#cgo LDFLAGS: -lopenblas
void openblas_set_num_threads(int num_threads);
int openblas_get_num_threads(void);
*/
import "C"

// setBLASThreads changes OpenBLAS's thread count at run time and returns
// the previous one.
func setBLASThreads(n int) int {
	old := int(C.openblas_get_num_threads())
	C.openblas_set_num_threads(C.int(n))
	return old
}
