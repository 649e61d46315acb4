package data

import (
	"fmt"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
)

// Loader draws batches from a Set in shuffled epochs: every image is used
// once, in a random order, before any is used again. It implements
// ganlite.Sampler. A Loader is not safe for concurrent use.
type Loader struct {
	set   *Set
	perm  []int // the current epoch's order
	pos   int   // next index into perm
	epoch int   // completed shuffles
}

// Sampler returns a Loader over s. The first Sample call shuffles with its rnd.
func (s *Set) Sampler() *Loader {
	perm := make([]int, s.Len())
	for i := range perm {
		perm[i] = i
	}
	return &Loader{set: s, perm: perm, pos: len(perm)}
}

// Sample fills every row of dst with the next images of the epoch,
// reshuffling with rnd (Fisher–Yates) when the epoch is used up.
// It allocates nothing. It panics unless dst is n×(Rows·Cols).
func (l *Loader) Sample(dst *mat.Dense, rnd *rand.Rand) {
	l.SampleLabeled(dst, nil, rnd)
}

// SampleLabeled is Sample that also writes each drawn image's label into
// labels (len = rows of dst), for training a classifier. labels may be nil.
func (l *Loader) SampleLabeled(dst *mat.Dense, labels []int, rnd *rand.Rand) {
	n, c := dst.Dims()
	_, want := l.set.X.Dims()
	if c != want {
		panic(fmt.Sprintf("data: Loader.Sample: dst is %d×%d, want n×%d", n, c, want))
	}
	if labels != nil && len(labels) != n {
		panic(fmt.Sprintf("data: Loader.SampleLabeled: %d labels for a %d×%d batch", len(labels), n, c))
	}
	for i := 0; i < n; i++ {
		if l.pos == len(l.perm) {
			shuffleInts(l.perm, rnd)
			l.pos = 0
			l.epoch++
		}
		j := l.perm[l.pos]
		l.pos++
		copy(dst.RawRowView(i), l.set.X.RawRowView(j))
		if labels != nil {
			labels[i] = l.set.Labels[j]
		}
	}
}

// Epoch returns how many epochs have been started (0 before the first Sample).
func (l *Loader) Epoch() int { return l.epoch }

// shuffleInts permutes p uniformly at random (Fisher–Yates; Knuth, TAOCP
// vol. 2, Algorithm P).
func shuffleInts(p []int, rnd *rand.Rand) {
	for i := len(p) - 1; i > 0; i-- {
		j := rnd.IntN(i + 1)
		p[i], p[j] = p[j], p[i]
	}
}
