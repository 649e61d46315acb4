package check

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"gonum.org/v1/gonum/mat"
)

// Tolerances used throughout: got matches want when
//
//	|got - want| <= tol * (1 + |want|)
//
// (absolute near zero, relative for large values). NaN and ±Inf only match
// themselves.

// near reports whether got matches want within tol.
func near(got, want, tol float64) bool {
	if math.IsNaN(want) {
		return math.IsNaN(got)
	}
	if math.IsInf(want, 0) || math.IsInf(got, 0) {
		return got == want
	}
	return math.Abs(got-want) <= tol*(1+math.Abs(want))
}

// Float compares one number. what names it in the message, e.g.
// "sigmoid(800)". It does not treat 0 as "not done": use Floats or Dense
// over several results for that.
func Float(what string, got, want, tol float64) error {
	if near(got, want, tol) {
		return nil
	}
	return fmt.Errorf("%s = %v, want %v (difference %.3g, tolerance %.3g)",
		what, got, want, math.Abs(got-want), tol)
}

// Floats compares two slices element by element. A nil, empty or all-zero
// got, where want has non-zero values, gives a NotDone error. Otherwise the
// message names the first differing index.
func Floats(what string, got, want []float64, tol float64) error {
	if len(got) == 0 && len(want) > 0 {
		return NotDone("%s is empty, want %d values", what, len(want))
	}
	if len(got) != len(want) {
		return fmt.Errorf("%s has %d values, want %d\n got %s\nwant %s",
			what, len(got), len(want), fmtFloats(got), fmtFloats(want))
	}
	if allZero(got) && !allZero(want) {
		return NotDone("%s is all zeros (the stub's zero value?)", what)
	}
	for i := range got {
		if !near(got[i], want[i], tol) {
			return fmt.Errorf("%s[%d] = %v, want %v (tolerance %.3g)\n got %s\nwant %s",
				what, i, got[i], want[i], tol, fmtFloats(got), fmtFloats(want))
		}
	}
	return nil
}

// Ints compares two int slices, e.g. labels or indices. A nil or empty got,
// where want is not empty, gives a NotDone error.
func Ints(what string, got, want []int) error {
	if len(got) == 0 && len(want) > 0 {
		return NotDone("%s is empty, want %d values", what, len(want))
	}
	if len(got) != len(want) {
		return fmt.Errorf("%s has %d values, want %d\n got %v\nwant %v", what, len(got), len(want), got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			return fmt.Errorf("%s[%d] = %d, want %d\n got %v\nwant %v", what, i, got[i], want[i], got, want)
		}
	}
	return nil
}

// Shape checks that m is r×c. A nil or empty m gives a NotDone error.
func Shape(what string, m mat.Matrix, r, c int) error {
	if isNil(m) {
		return NotDone("%s is nil, want a %d×%d matrix", what, r, c)
	}
	gr, gc := dims(m)
	if gr == 0 || gc == 0 {
		return NotDone("%s is an empty matrix, want %d×%d", what, r, c)
	}
	if gr != r || gc != c {
		return fmt.Errorf("%s is %d×%d, want %d×%d", what, gr, gc, r, c)
	}
	return nil
}

// Dense compares two matrices: shapes first, then every entry within tol.
// A nil, empty or all-zero got, where want has non-zero entries, gives a
// NotDone error. The message names the first differing entry [row,col] with
// its expected and actual value, how many entries differ, and prints both
// matrices when they are small.
func Dense(what string, got, want mat.Matrix, tol float64) error {
	r, c := want.Dims()
	if err := Shape(what, got, r, c); err != nil {
		return err
	}
	if denseZero(got) && !denseZero(want) {
		return NotDone("%s is all zeros (the stub's zero value?)", what)
	}
	bad, fi, fj, maxDiff := 0, -1, -1, 0.0
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			g, w := got.At(i, j), want.At(i, j)
			if near(g, w, tol) {
				continue
			}
			if bad == 0 {
				fi, fj = i, j
			}
			bad++
			if d := math.Abs(g - w); d > maxDiff || math.IsNaN(d) {
				maxDiff = d
			}
		}
	}
	if bad == 0 {
		return nil
	}
	return fmt.Errorf("%s[%d,%d] = %v, want %v (%d of %d entries differ, largest difference %.3g, tolerance %.3g)\n got %s\nwant %s",
		what, fi, fj, got.At(fi, fj), want.At(fi, fj), bad, r*c, maxDiff, tol,
		fmtMatrix(got, 5, "     "), fmtMatrix(want, 5, "     "))
}

// Unchanged checks that the learner's function left an input alone: before
// is a copy taken before the call, after the input afterwards.
func Unchanged(what string, before, after mat.Matrix) error {
	r, c := before.Dims()
	ar, ac := after.Dims()
	if r != ar || c != ac {
		return fmt.Errorf("your function changed the shape of its input %s from %d×%d to %d×%d; write the result into a new matrix instead", what, r, c, ar, ac)
	}
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			if before.At(i, j) != after.At(i, j) {
				return fmt.Errorf("your function changed its input %s: %s[%d,%d] was %v, is now %v; write the result into a new matrix instead",
					what, what, i, j, before.At(i, j), after.At(i, j))
			}
		}
	}
	return nil
}

// WithInputs adds the inputs of a failed test to err's message, so the
// learner can reproduce it. Pass name, value pairs:
//
//	return check.WithInputs(err, "x", x, "W", w)
//
// Matrices are printed with Fmt, other values with %v. A nil err stays nil,
// and a NotDone error stays NotDone.
func WithInputs(err error, nameValues ...interface{}) error {
	if err == nil {
		return nil
	}
	var b strings.Builder
	b.WriteString("for the input")
	for i := 0; i+1 < len(nameValues); i += 2 {
		prefix := fmt.Sprintf("  %v = ", nameValues[i])
		v := nameValues[i+1]
		s := fmt.Sprint(v)
		if m, ok := v.(mat.Matrix); ok {
			s = fmtMatrix(m, 5, strings.Repeat(" ", utf8.RuneCountInString(prefix)))
		}
		b.WriteString("\n" + prefix + s)
	}
	return &inputsError{err: err, inputs: b.String()}
}

// inputsError is an error with the inputs that produced it.
type inputsError struct {
	err    error
	inputs string
}

func (e *inputsError) Error() string { return e.err.Error() + "\n" + e.inputs }
func (e *inputsError) Unwrap() error { return e.err }

// Fmt formats a matrix for a message: all of it when it has at most
// maxRows rows (and at most 8 columns), else its shape and first rows, one
// row per line (indented four spaces) under a first line with its shape. A
// nil matrix prints as "nil".
func Fmt(m mat.Matrix, maxRows int) string {
	return fmtMatrix(m, maxRows, "    ")
}

// fmtMatrix is Fmt with the rows' indent.
func fmtMatrix(m mat.Matrix, maxRows int, indent string) string {
	if isNil(m) {
		return "nil"
	}
	r, c := dims(m)
	if r == 0 || c == 0 {
		return fmt.Sprintf("empty %d×%d matrix", r, c)
	}
	shown := r
	if shown > maxRows {
		shown = maxRows
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d×%d", r, c)
	for i := 0; i < shown; i++ {
		b.WriteString("\n" + indent + "[")
		for j := 0; j < c && j < 8; j++ {
			if j > 0 {
				b.WriteString(" ")
			}
			fmt.Fprintf(&b, "%7.4g", m.At(i, j))
		}
		if c > 8 {
			fmt.Fprintf(&b, " … (%d more)", c-8)
		}
		b.WriteString("]")
	}
	if shown < r {
		fmt.Fprintf(&b, "\n%s… (%d more rows)", indent, r-shown)
	}
	return b.String()
}

// dims returns m's shape, or 0×0 for a zero-value matrix whose Dims would
// panic or report nothing.
func dims(m mat.Matrix) (r, c int) {
	defer func() {
		if recover() != nil {
			r, c = 0, 0
		}
	}()
	if d, ok := m.(*mat.Dense); ok && d.IsEmpty() {
		return 0, 0
	}
	return m.Dims()
}

// denseZero reports whether every entry of m is 0.
func denseZero(m mat.Matrix) bool {
	r, c := m.Dims()
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			if m.At(i, j) != 0 {
				return false
			}
		}
	}
	return true
}

// allZero reports whether every value in s is 0.
func allZero(s []float64) bool {
	for _, v := range s {
		if v != 0 {
			return false
		}
	}
	return true
}

// fmtFloats prints up to 10 values of s.
func fmtFloats(s []float64) string {
	if len(s) <= 10 {
		return fmt.Sprintf("%.4g", s)
	}
	return fmt.Sprintf("%.4g … (%d values)", s[:10], len(s))
}
