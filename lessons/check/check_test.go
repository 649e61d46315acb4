package check

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"gonum.org/v1/gonum/mat"
)

// scaleFunc is the signature of the toy exercise used in these tests.
type scaleFunc = func(x *mat.Dense, k float64) *mat.Dense

func refScale(x *mat.Dense, k float64) *mat.Dense {
	var y mat.Dense
	y.Scale(k, x)
	return &y
}

// toyExercise asks for y = k·x, tested on one input, with the usual helpers.
var toyExercise = New(Spec{
	Name:     "toy.Ex1",
	Title:    "scale a matrix",
	Hint:     "use y.Scale(k, x)",
	Solution: "func scale(...) { ... }",
	Ref:      refScale,
	Test: func(f interface{}) error {
		scale := f.(scaleFunc)
		x := mat.NewDense(2, 3, []float64{1, 2, 3, 4, 5, 6})
		before := mat.DenseCopyOf(x)
		got := scale(x, 2)
		if err := Unchanged("x", before, x); err != nil {
			return err
		}
		return WithInputs(Dense("scale(x, 2)", got, refScale(before, 2), 1e-12), "x", before, "k", 2)
	},
})

// capture runs f and returns what it printed to os.Stdout.
func capture(t *testing.T, f func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdout
	os.Stdout = w
	done := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		done <- string(b)
	}()
	defer func() { os.Stdout = old }()
	f()
	w.Close()
	os.Stdout = old
	return <-done
}

func TestReferencePasses(t *testing.T) {
	if err := toyExercise.Test(refScale); err != nil {
		t.Fatalf("reference rejected: %v", err)
	}
	out := capture(t, func() { toyExercise.Check(scaleFunc(refScale)) })
	if out != "✓ toy.Ex1 (scale a matrix): correct\n" {
		t.Fatalf("Check output %q", out)
	}
}

func TestZeroStubIsNotDone(t *testing.T) {
	stubs := map[string]scaleFunc{
		"nil result":  func(x *mat.Dense, k float64) *mat.Dense { return nil },
		"zero matrix": func(x *mat.Dense, k float64) *mat.Dense { return mat.NewDense(2, 3, nil) },
		"empty":       func(x *mat.Dense, k float64) *mat.Dense { return &mat.Dense{} },
		"todo panic":  func(x *mat.Dense, k float64) *mat.Dense { panic("TODO: write scale") },
		"nil func":    nil,
	}
	for name, stub := range stubs {
		err := toyExercise.Test(stub)
		if !IsNotDone(err) {
			t.Errorf("%s: want not-done, got %v", name, err)
			continue
		}
		out := capture(t, func() { toyExercise.Check(stub) })
		if !strings.HasPrefix(out, "✗ toy.Ex1 (scale a matrix): not done yet") || !strings.Contains(out, "toy.Ex1.Hint()") {
			t.Errorf("%s: Check output %q", name, out)
		}
	}
}

func TestPanicIsCaughtAndExplained(t *testing.T) {
	bad := func(x *mat.Dense, k float64) *mat.Dense {
		s := []float64{1, 2}
		i := 5
		_ = s[i]
		return x
	}
	err := toyExercise.Test(scaleFunc(bad))
	if !IsPanic(err) {
		t.Fatalf("want a caught panic, got %v", err)
	}
	for _, want := range []string{"your code panicked", "index out of range", "loop bounds"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("panic message %q lacks %q", err, want)
		}
	}
	shape := func(x *mat.Dense, k float64) *mat.Dense {
		var y mat.Dense
		y.Mul(x, x) // 2×3 by 2×3: gonum panics with ErrShape
		return &y
	}
	err = toyExercise.Test(scaleFunc(shape))
	if !IsPanic(err) || !strings.Contains(err.Error(), "shapes do not fit") {
		t.Fatalf("shape panic explained as %v", err)
	}
}

func TestMismatchNamesInputExpectedActual(t *testing.T) {
	wrongSign := func(x *mat.Dense, k float64) *mat.Dense { return refScale(x, -k) }
	err := toyExercise.Test(scaleFunc(wrongSign))
	if !IsWrong(err) {
		t.Fatalf("wrong sign gave %v", err)
	}
	msg := err.Error()
	for _, want := range []string{
		"scale(x, 2)[0,0] = -2, want 2", // first differing entry, actual and expected
		"6 of 6 entries differ",
		"for the input", "x = 2×3", "k = 2", // the input
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q:\n%s", want, msg)
		}
	}
	inPlace := func(x *mat.Dense, k float64) *mat.Dense { x.Scale(k, x); return x }
	if err := toyExercise.Test(scaleFunc(inPlace)); err == nil || !strings.Contains(err.Error(), "changed its input x") {
		t.Errorf("in-place change gave %v", err)
	}
	wrongShape := func(x *mat.Dense, k float64) *mat.Dense { return mat.NewDense(3, 2, []float64{1, 1, 1, 1, 1, 1}) }
	if err := toyExercise.Test(scaleFunc(wrongShape)); err == nil || !strings.Contains(err.Error(), "is 3×2, want 2×3") {
		t.Errorf("wrong shape gave %v", err)
	}
}

func TestUse(t *testing.T) {
	var got scaleFunc
	out := capture(t, func() { got = toyExercise.Use(scaleFunc(refScale)).(scaleFunc) })
	if !strings.HasPrefix(out, "using your scale a matrix") {
		t.Errorf("Use(good) printed %q", out)
	}
	var stub scaleFunc = func(x *mat.Dense, k float64) *mat.Dense { return nil }
	out = capture(t, func() { got = toyExercise.Use(stub).(scaleFunc) })
	if out != "using the reference scale a matrix: ✗ yours is not done yet\n" {
		t.Errorf("Use(stub) printed %q", out)
	}
	if got(mat.NewDense(1, 1, []float64{3}), 2).At(0, 0) != 6 {
		t.Error("Use(stub) did not return the reference")
	}
	wrong := func(x *mat.Dense, k float64) *mat.Dense { return refScale(x, k+1) }
	out = capture(t, func() { got = toyExercise.Use(scaleFunc(wrong)).(scaleFunc) })
	if !strings.HasPrefix(out, "using the reference scale a matrix: ✗ yours fails: scale(x, 2)[0,0] = 3, want 2") || strings.Count(out, "\n") != 1 {
		t.Errorf("Use(wrong) printed %q", out)
	}
}

func TestHintSolution(t *testing.T) {
	out := capture(t, toyExercise.Hint)
	if !strings.Contains(out, "use y.Scale(k, x)") {
		t.Errorf("Hint printed %q", out)
	}
	out = capture(t, toyExercise.Solution)
	if !strings.Contains(out, "func scale(...)") {
		t.Errorf("Solution printed %q", out)
	}
}

func TestNewPanicsOnIncompleteSpec(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("New accepted a spec without Test")
		}
	}()
	New(Spec{Name: "x", Ref: refScale})
}

func TestFloatHelpers(t *testing.T) {
	if Float("f", 1+1e-10, 1, 1e-9) != nil {
		t.Error("Float rejected a value within tolerance")
	}
	if err := Float("sigmoid(800)", 0.5, 1, 1e-9); err == nil || !strings.Contains(err.Error(), "sigmoid(800) = 0.5, want 1") {
		t.Errorf("Float mismatch: %v", err)
	}
	if Float("f", 1e6+0.5, 1e6, 1e-6) != nil {
		t.Error("Float tolerance is not relative for large values")
	}
	if err := Float("f", nanValue(), 1, 1); err == nil {
		t.Error("Float accepted NaN")
	}
	if err := Floats("ys", []float64{0, 0}, []float64{1, 2}, 1e-9); !IsNotDone(err) {
		t.Errorf("Floats all zero: %v", err)
	}
	if err := Floats("ys", []float64{1, 3}, []float64{1, 2}, 1e-9); err == nil || !strings.Contains(err.Error(), "ys[1] = 3, want 2") {
		t.Errorf("Floats mismatch: %v", err)
	}
	if err := Floats("ys", []float64{1}, []float64{1, 2}, 1e-9); err == nil || !strings.Contains(err.Error(), "has 1 values, want 2") {
		t.Errorf("Floats length: %v", err)
	}
	if err := Ints("labels", []int{1, 0}, []int{1, 1}); err == nil || !strings.Contains(err.Error(), "labels[1] = 0, want 1") {
		t.Errorf("Ints mismatch: %v", err)
	}
	if err := Ints("labels", nil, []int{1, 1}); !IsNotDone(err) {
		t.Errorf("Ints nil: %v", err)
	}
}

func nanValue() float64 { z := 0.0; return z / z }

func TestDenseNaN(t *testing.T) {
	want := mat.NewDense(1, 2, []float64{1, 2})
	got := mat.NewDense(1, 2, []float64{1, nanValue()})
	if err := Dense("y", got, want, 1e-9); err == nil || !strings.Contains(err.Error(), "y[0,1] = NaN, want 2") {
		t.Errorf("Dense NaN: %v", err)
	}
	var nilDense *mat.Dense
	if err := Dense("y", nilDense, want, 1e-9); !IsNotDone(err) || !strings.Contains(err.Error(), "y is nil, want a 1×2 matrix") {
		t.Errorf("Dense nil: %v", err)
	}
}

func TestWithInputsKeepsKind(t *testing.T) {
	if WithInputs(nil, "x", 1) != nil {
		t.Error("WithInputs(nil) is not nil")
	}
	if !IsNotDone(WithInputs(NotDone("stub"), "x", 1)) {
		t.Error("WithInputs lost NotDone")
	}
	base := errors.New("boom")
	if !errors.Is(WithInputs(base, "x", 1), base) {
		t.Error("WithInputs does not unwrap")
	}
}

func TestCode(t *testing.T) {
	src, err := os.ReadFile("testdata/sol.go.txt")
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{"ex1.go": {Data: src}}
	got := Code(fsys, "ex1.go", "Scale")
	if !strings.HasPrefix(got, "// Scale returns a copy") || !strings.HasSuffix(got, "return &y\n}\n") || strings.Contains(got, "type T") {
		t.Errorf("Code(Scale) =\n%s", got)
	}
	got = Code(fsys, "ex1.go", "T", "T.Get")
	if !strings.Contains(got, "type T struct") || !strings.Contains(got, "func (t *T) Get() int") || strings.Contains(got, "Scale") {
		t.Errorf("Code(T, T.Get) =\n%s", got)
	}
	got = Code(fsys, "ex1.go")
	if strings.Contains(got, "package") || strings.Contains(got, "import") || !strings.HasPrefix(got, "// Scale") || !strings.Contains(got, "var unrelated") {
		t.Errorf("Code(all) =\n%s", got)
	}
	defer func() {
		r := recover()
		if r == nil || !strings.Contains(r.(string), "ex1.go has no declaration Missing") {
			t.Errorf("Code(Missing) recovered %v", r)
		}
	}()
	Code(fsys, "ex1.go", "Missing")
}

func TestProgress(t *testing.T) {
	var buf bytes.Buffer
	clock := time.Unix(0, 0)
	p := NewProgress(10, 5)
	p.Out = &buf
	p.now = func() time.Time { return clock }
	p.start = clock
	for i := 1; i <= 10; i++ {
		clock = clock.Add(100 * time.Millisecond)
		msg := "loss 0.5"
		if i == 10 {
			msg = "ok"
		}
		p.Update(i, msg)
	}
	p.Done()
	line1 := "[##########..........]  5/10  500ms eta 500ms  loss 0.5"
	line2 := "[####################] 10/10  1s  ok" + strings.Repeat(" ", len(line1)-36) // padded to line1
	want := "\r" + line1 + "\r" + line2 + "\ndone: 10 steps in 1s (100 ms/step)\n"
	if buf.String() != want {
		t.Errorf("progress output\n%q\nwant\n%q", buf.String(), want)
	}
	// Done prints the last step if Update did not.
	buf.Reset()
	p = NewProgress(100, 0)
	p.Out = &buf
	p.Update(7, "")
	p.Done()
	if !strings.HasPrefix(buf.String(), "\r[#...................]   7/100") || !strings.Contains(buf.String(), "done: 7 steps in") {
		t.Errorf("progress Done output %q", buf.String())
	}
}

func TestBudget(t *testing.T) {
	t.Setenv(QuickEnv, "")
	if Quick() || Budget(1000, 10) != 1000 {
		t.Error("Budget without GANLITE_QUICK")
	}
	t.Setenv(QuickEnv, "1")
	if !Quick() || Budget(1000, 10) != 10 {
		t.Error("Budget with GANLITE_QUICK=1")
	}
}

func TestProgressUpdatef(t *testing.T) {
	var buf bytes.Buffer
	p := NewProgress(4, 2)
	p.Out = &buf
	calls := 0
	for i := 1; i <= 3; i++ {
		p.Updatef(i, "loss %v", counter{&calls})
	}
	if calls != 1 {
		t.Errorf("formatted %d times, want 1 (only step 2 prints)", calls)
	}
	p.Done() // prints step 3, formatting once more
	if calls != 2 || !strings.Contains(buf.String(), "3/4") || !strings.Contains(buf.String(), "loss 2") {
		t.Errorf("calls %d, output %q", calls, buf.String())
	}
}

// counter counts how often it is formatted.
type counter struct{ n *int }

func (c counter) String() string { *c.n++; return fmt.Sprint(*c.n) }

func TestIsWrong(t *testing.T) {
	if IsWrong(nil) {
		t.Error("IsWrong(nil) = true")
	}
	stub := func(x *mat.Dense, k float64) *mat.Dense { return nil }
	if err := toyExercise.Test(scaleFunc(stub)); IsWrong(err) {
		t.Errorf("a stub counts as wrong: %v", err)
	}
	boom := func(x *mat.Dense, k float64) *mat.Dense { var s []int; _ = s[3]; return nil }
	if err := toyExercise.Test(scaleFunc(boom)); IsWrong(err) {
		t.Errorf("a panic counts as wrong: %v", err)
	}
}
