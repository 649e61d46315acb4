package check

import (
	"errors"
	"fmt"
	"strings"
)

// panicError is a panic caught while testing the learner's code.
type panicError struct {
	value interface{} // what was passed to panic
	cause string      // a likely explanation, or ""
}

func (e *panicError) Error() string {
	msg := fmt.Sprintf("your code panicked: %v", e.value)
	if e.cause != "" {
		msg += "\n" + e.cause
	}
	return msg
}

// IsPanic reports whether err (or an error it wraps) is a panic that Test
// caught in the learner's code.
func IsPanic(err error) bool {
	var pe *panicError
	return errors.As(err, &pe)
}

// panicked turns a recovered value into an error explaining it. A stub that
// panics with "TODO" or "not implemented" counts as not done.
func panicked(r interface{}) error {
	msg := fmt.Sprint(r)
	low := strings.ToLower(msg)
	if strings.Contains(low, "todo") || strings.Contains(low, "not implemented") {
		return NotDone("your function still panics with %q (the stub)", msg)
	}
	return &panicError{value: r, cause: panicCause(low)}
}

// panicCause guesses why code panicked from the panic message.
func panicCause(low string) string {
	switch {
	case strings.Contains(low, "mat: dimension mismatch"), strings.Contains(low, "length mismatch"):
		return "a common cause is matrices whose shapes do not fit: print a.Dims() and b.Dims(); for y.Mul(x, w), x's columns must equal w's rows and y must be empty or x-rows×w-columns"
	case strings.Contains(low, "mat:") && strings.Contains(low, "out of range"):
		return "a common cause is At/Set with a row or column past the matrix's Dims() (indices start at 0)"
	case strings.Contains(low, "mat: zero length"):
		return "a common cause is mat.NewDense with 0 rows or columns: compute the sizes from the inputs' Dims()"
	case strings.Contains(low, "nil pointer"):
		return "a common cause is a nil matrix or pointer: allocate results first, e.g. mat.NewDense(r, c, nil) (or an unfinished stub returning nil)"
	case strings.Contains(low, "index out of range"), strings.Contains(low, "slice bounds out of range"):
		return "a common cause is an index past the end of a slice: compare your loop bounds with len(s) or x.Dims()"
	case strings.Contains(low, "nil map"):
		return "a common cause is a map that was declared but not made: m := map[string]int{} or make(map[string]int)"
	case strings.Contains(low, "divide by zero"):
		return "a common cause is an integer division by zero: check the divisor, or convert to float64 first"
	case strings.Contains(low, "interface conversion"):
		return "a common cause is a type assertion to the wrong type"
	}
	return "a common cause is an unfinished stub or a shape mistake; the panic message says what went wrong"
}

// IsWrong reports whether err is a wrong answer: a failed Test that is
// neither "not done yet" nor a caught panic. Lesson tests use it to assert
// that a plausible wrong implementation is rejected as wrong.
func IsWrong(err error) bool {
	return err != nil && !IsNotDone(err) && !IsPanic(err)
}
