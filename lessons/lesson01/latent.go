package lesson01

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"

	"gonum.org/v1/gonum/mat"
)

// Spread is the mean and standard deviation of every column (latent
// dimension) of a batch of codes.
type Spread struct {
	Mean, Std []float64
}

// SpreadOf returns the per-column mean and standard deviation of z.
func SpreadOf(z *mat.Dense) Spread {
	n, d := z.Dims()
	s := Spread{Mean: make([]float64, d), Std: make([]float64, d)}
	for j := 0; j < d; j++ {
		sum, sq := 0.0, 0.0
		for i := 0; i < n; i++ {
			sum += z.At(i, j)
		}
		mean := sum / float64(n)
		for i := 0; i < n; i++ {
			d := z.At(i, j) - mean
			sq += d * d
		}
		s.Mean[j], s.Std[j] = mean, math.Sqrt(sq/float64(n))
	}
	return s
}

// SpreadTable formats the per-dimension mean ± std of two batches of codes
// side by side, one latent dimension per line, e.g. the encoder's codes of
// real digits next to random draws.
func SpreadTable(nameA string, a *mat.Dense, nameB string, b *mat.Dense) string {
	sa, sb := SpreadOf(a), SpreadOf(b)
	if len(sa.Mean) != len(sb.Mean) {
		panic(fmt.Sprintf("lesson01: SpreadTable: %s has %d columns, %s %d", nameA, len(sa.Mean), nameB, len(sb.Mean)))
	}
	var w strings.Builder
	fmt.Fprintf(&w, "dim  %-20s  %-20s\n", nameA+" mean ± std", nameB+" mean ± std")
	for j := range sa.Mean {
		fmt.Fprintf(&w, "%3d  %8.2f ± %-9.2f  %8.2f ± %-9.2f\n", j, sa.Mean[j], sa.Std[j], sb.Mean[j], sb.Std[j])
	}
	return w.String()
}

// WidestDims returns the two columns of z with the largest standard
// deviation, widest first: the latent plane in which the codes spread most.
func WidestDims(z *mat.Dense) (i, j int) {
	s := SpreadOf(z)
	order := make([]int, len(s.Std))
	for k := range order {
		order[k] = k
	}
	sort.SliceStable(order, func(a, b int) bool { return s.Std[order[a]] > s.Std[order[b]] })
	return order[0], order[1]
}

// Columns returns the n×2 matrix of columns i and j of z, for a scatter plot
// of two latent dimensions.
func Columns(z *mat.Dense, i, j int) *mat.Dense {
	n, _ := z.Dims()
	out := mat.NewDense(n, 2, nil)
	for r := 0; r < n; r++ {
		out.Set(r, 0, z.At(r, i))
		out.Set(r, 1, z.At(r, j))
	}
	return out
}

// Normal returns an n×d matrix of standard normal draws from rnd: random
// codes that know nothing about the data.
func Normal(rnd *rand.Rand, n, d int) *mat.Dense {
	z := mat.NewDense(n, d, nil)
	for i := 0; i < n; i++ {
		for j := 0; j < d; j++ {
			z.Set(i, j, rnd.NormFloat64())
		}
	}
	return z
}

// NearestDist returns, for every row of from, the Euclidean distance to the
// nearest row of to: how far each code is from the codes the decoder was
// trained on.
func NearestDist(from, to *mat.Dense) []float64 {
	nf, d := from.Dims()
	nt, dt := to.Dims()
	if d != dt {
		panic(fmt.Sprintf("lesson01: NearestDist: from is %d×%d, to is %d×%d", nf, d, nt, dt))
	}
	out := make([]float64, nf)
	for i := 0; i < nf; i++ {
		a := from.RawRowView(i)
		best := math.Inf(1)
		for k := 0; k < nt; k++ {
			b := to.RawRowView(k)
			s := 0.0
			for j := range a {
				diff := a[j] - b[j]
				s += diff * diff
			}
			if s < best {
				best = s
			}
		}
		out[i] = math.Sqrt(best)
	}
	return out
}

// Median returns the median of xs (the mean of the middle two for an even
// count). It panics on an empty slice.
func Median(xs []float64) float64 {
	if len(xs) == 0 {
		panic("lesson01: Median: no values")
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	m := len(s) / 2
	if len(s)%2 == 1 {
		return s[m]
	}
	return (s[m-1] + s[m]) / 2
}

// Rows returns a copy of rows from..to-1 of m.
func Rows(m *mat.Dense, from, to int) *mat.Dense {
	return mat.DenseCopyOf(m.Slice(from, to, 0, m.RawMatrix().Cols))
}

// Lerp returns steps rows walking in a straight line from a to b (both
// 1×d): row k is a + t·(b − a) with t = k/(steps−1), so the first row is a
// and the last is b. Used for latent interpolation (codes) and, for
// comparison, for blending pixels. It panics if steps < 2.
func Lerp(a, b *mat.Dense, steps int) *mat.Dense {
	if steps < 2 {
		panic(fmt.Sprintf("lesson01: Lerp: steps is %d, want at least 2", steps))
	}
	ra, d := a.Dims()
	rb, db := b.Dims()
	if ra != 1 || rb != 1 || d != db {
		panic(fmt.Sprintf("lesson01: Lerp: a is %d×%d and b is %d×%d, want two 1×d rows", ra, d, rb, db))
	}
	out := mat.NewDense(steps, d, nil)
	for k := 0; k < steps; k++ {
		t := float64(k) / float64(steps-1)
		for j := 0; j < d; j++ {
			out.Set(k, j, a.At(0, j)+t*(b.At(0, j)-a.At(0, j)))
		}
	}
	return out
}

// Stack returns the rows of a followed by the rows of b (same width), e.g.
// originals above their reconstructions in one grid.
func Stack(a, b *mat.Dense) *mat.Dense {
	ra, ca := a.Dims()
	rb, cb := b.Dims()
	if ca != cb {
		panic(fmt.Sprintf("lesson01: Stack: a is %d×%d and b is %d×%d, want equal widths", ra, ca, rb, cb))
	}
	var out mat.Dense
	out.Stack(a, b)
	return &out
}

// FittedNormal returns n codes drawn from the Gaussian fitted to the codes
// z one dimension at a time: column j is N(mean_j, std_j²) with z's column
// mean and standard deviation. It matches z's spread in every dimension
// but knows nothing about how the dimensions go together.
func FittedNormal(rnd *rand.Rand, z *mat.Dense, n int) *mat.Dense {
	s := SpreadOf(z)
	out := mat.NewDense(n, len(s.Mean), nil)
	for i := 0; i < n; i++ {
		for j := range s.Mean {
			out.Set(i, j, s.Mean[j]+s.Std[j]*rnd.NormFloat64())
		}
	}
	return out
}
