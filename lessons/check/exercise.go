package check

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

// Spec describes one exercise. A lesson package fills one in and passes it
// to New; see the package documentation for a complete example.
type Spec struct {
	// Name is how the learner refers to the exercise, e.g. "lesson00.Ex1".
	// Messages use it to say what to call for help.
	Name string
	// Title says what the exercise asks for, e.g. "affine map y = xW + b".
	Title string
	// Hint is printed by Hint(). It may span several lines.
	Hint string
	// Solution is the reference code printed by Solution(), usually
	// check.Code(sol.Sources, "ex1.go", "Affine") so it is the real code.
	Solution string
	// Ref is the reference implementation that Use falls back to. Its
	// dynamic type must be exactly the type of the learner's function.
	Ref interface{}
	// Test returns nil when f (the learner's function, same type as Ref) is
	// correct, and otherwise an error naming the input, the expected and the
	// actual value. Build it from Float, Floats, Dense, Unchanged, NotDone
	// and WithInputs. A panic inside Test is caught and explained.
	Test func(f interface{}) error
}

// Exercise is a self-checking exercise: Check prints ✓ or ✗ with what went
// wrong, Hint and Solution print help, and Use picks the learner's function
// if it passes, else the reference. Lesson packages wrap an *Exercise in a
// small type whose Check, Test and Use take the exercise's concrete function
// type, so a wrong signature is a compile error in the notebook.
type Exercise struct {
	spec Spec
}

// New returns the exercise described by s. It panics if s has no Name, Test
// or Ref: those are programming errors in the lesson package.
func New(s Spec) *Exercise {
	if s.Name == "" || s.Test == nil || s.Ref == nil {
		panic(fmt.Sprintf("check.New: spec %q needs Name, Test and Ref", s.Name))
	}
	return &Exercise{spec: s}
}

// Name returns the exercise's name, e.g. "lesson00.Ex1".
func (e *Exercise) Name() string { return e.spec.Name }

// Title returns what the exercise asks for.
func (e *Exercise) Title() string { return e.spec.Title }

// Ref returns the reference implementation.
func (e *Exercise) Ref() interface{} { return e.spec.Ref }

// label is the name and title as shown in messages.
func (e *Exercise) label() string {
	if e.spec.Title == "" {
		return e.spec.Name
	}
	return e.spec.Name + " (" + e.spec.Title + ")"
}

// Test runs the exercise's test on f and returns nil if f is correct. It
// prints nothing. A nil f, or a result equal to the stub's zero value, gives
// an error for which IsNotDone is true; a panic in f gives an error for which
// IsPanic is true. Lesson tests call Test; learners call Check.
func (e *Exercise) Test(f interface{}) (err error) {
	if isNil(f) {
		return NotDone("you passed nil, not a function")
	}
	defer func() {
		if r := recover(); r != nil {
			err = panicked(r)
		}
	}()
	return e.spec.Test(f)
}

// Check tests f and prints one verdict: "✓ <name>: correct", or "✗ <name>:"
// followed by what failed (the input, the expected and the actual value; just
// "not done yet: ..." for an untouched stub) and where to get help. It writes to standard output only and returns nothing,
// so a notebook cell ending in Check shows just the verdict.
func (e *Exercise) Check(f interface{}) {
	err := e.Test(f)
	if err == nil {
		fmt.Printf("✓ %s: correct\n", e.label())
		return
	}
	var nd *notDoneError
	if errors.As(err, &nd) {
		err = nd // the inputs would only distract from "fill in the stub"
	}
	fmt.Printf("✗ %s: %s\n", e.label(), indent(err.Error()))
	fmt.Printf("  stuck? %s.Hint() gives a hint, %s.Solution() shows the reference code\n",
		e.spec.Name, e.spec.Name)
}

// Use returns f if it passes the test, and otherwise the reference
// implementation, saying so in one line. Cells that need an exercise's result
// call it, so a learner notebook runs top to bottom before the exercise is
// done. The fallback line contains "✗", so the notebook runner, which fails
// a solved notebook on any ✗, also catches a solved notebook whose exercise
// silently fell back. The result has the same dynamic type as f.
func (e *Exercise) Use(f interface{}) interface{} {
	err := e.Test(f)
	switch {
	case err == nil:
		fmt.Printf("using your %s: it passes %s\n", e.what(), e.spec.Name)
		return f
	case IsNotDone(err):
		fmt.Printf("using the reference %s: ✗ yours is not done yet\n", e.what())
	default:
		fmt.Printf("using the reference %s: ✗ yours fails: %s\n", e.what(), firstLine(err.Error()))
	}
	return e.spec.Ref
}

// what is the noun Use prints: the title, or the name if there is none.
func (e *Exercise) what() string {
	if e.spec.Title != "" {
		return e.spec.Title
	}
	return e.spec.Name
}

// Hint prints the exercise's hint.
func (e *Exercise) Hint() {
	h := strings.TrimSpace(e.spec.Hint)
	if h == "" {
		h = "no hint for this one: compare your code with the lesson text above it."
	}
	fmt.Printf("Hint for %s:\n%s\n", e.label(), h)
}

// Solution prints the reference solution's code.
func (e *Exercise) Solution() {
	s := strings.TrimSpace(e.spec.Solution)
	if s == "" {
		s = "(no reference code recorded)"
	}
	fmt.Printf("Reference solution for %s:\n\n%s\n", e.label(), s)
}

// isNil reports whether v is nil or a nil func, pointer, map, slice,
// channel or interface.
func isNil(v interface{}) bool {
	if v == nil {
		return true
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Func, reflect.Pointer, reflect.Map, reflect.Slice, reflect.Chan, reflect.Interface:
		return rv.IsNil()
	}
	return false
}

// notDoneError marks a result that looks like an untouched stub.
type notDoneError struct{ msg string }

func (e *notDoneError) Error() string { return "not done yet: " + e.msg }

// NotDone returns an error saying the exercise looks unfinished, e.g.
// NotDone("your function returned nil"). Check and Use treat it specially.
func NotDone(format string, args ...interface{}) error {
	return &notDoneError{msg: fmt.Sprintf(format, args...)}
}

// IsNotDone reports whether err (or an error it wraps) came from NotDone.
func IsNotDone(err error) bool {
	var nd *notDoneError
	return errors.As(err, &nd)
}

// indent indents every line after the first by two spaces, so a multi-line
// message stays under its ✗.
func indent(s string) string {
	return strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n  ")
}

// firstLine returns s up to its first newline.
func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
