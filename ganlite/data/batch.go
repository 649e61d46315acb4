package data

import (
	"fmt"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
)

// ShuffleRows permutes the rows of x in place, uniformly at random
// (Fisher–Yates), applying the same permutation to labels when it is not
// nil, so each row keeps its label. It panics if the lengths differ.
func ShuffleRows(x *mat.Dense, labels []float64, rnd *rand.Rand) {
	n, c := x.Dims()
	if labels != nil && len(labels) != n {
		panic(fmt.Sprintf("data: ShuffleRows: x is %d×%d but there are %d labels", n, c, len(labels)))
	}
	for i := n - 1; i > 0; i-- {
		j := rnd.IntN(i + 1)
		if i == j {
			continue
		}
		ri, rj := x.RawRowView(i), x.RawRowView(j)
		for k := range ri {
			ri[k], rj[k] = rj[k], ri[k]
		}
		if labels != nil {
			labels[i], labels[j] = labels[j], labels[i]
		}
	}
}
