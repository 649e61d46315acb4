// Package check is the course's self-checking exercise framework, in the
// spirit of Kaggle Learn's q.check()/hint()/solution() and micrograd's cmp().
//
// # What the learner sees
//
// A lesson notebook has a stub for the learner to complete, then a check:
//
//	func affine(x, W, b *mat.Dense) *mat.Dense {
//		// your code here
//		return nil
//	}
//	lesson00.Ex1.Check(affine)
//
// Check prints one verdict on standard output (never stderr, never a cell
// error) and returns nothing, so the cell shows just that line:
//
//	✓ lesson00.Ex1 (affine map y = xW + b): correct
//	✗ lesson00.Ex1 (affine map y = xW + b): not done yet: affine(x, W, b) is nil, want a 3×2 matrix
//	✗ lesson00.Ex1 (affine map y = xW + b): affine(x, W, b)[0,0] = 0.31, want 1.31 (6 of 6 entries differ, ...)
//	  got ... want ... for the input x = ... W = ... b = ...
//	✗ lesson00.Ex1 (...): your code panicked: runtime error: index out of range [3] with length 3
//	  a common cause is an index past the end of a slice: compare your loop bounds with len(s) or x.Dims()
//
// followed by "stuck? lesson00.Ex1.Hint() gives a hint, lesson00.Ex1.Solution()
// shows the reference code". A nil function, a result equal to the stub's zero
// value (nil, empty or all zeros), or a panic("TODO") counts as "not done
// yet". Any other panic in the learner's code is recovered and explained.
//
// Hint() prints the hint, Solution() prints the reference code (the real,
// tested code from solutions/lessonNN, see Code). Use(f) returns the learner's
// function if it passes and otherwise the reference, printing one line
// ("using the reference affine map y = xW + b: ✗ yours is not done yet"), so a
// learner notebook runs top to bottom before any exercise is done:
//
//	f := lesson00.Ex1.Use(affine)
//	y := f(x, W, b)
//
// # Writing an exercise (lesson authors)
//
// Three files per exercise, one concern each.
//
// 1. solutions/lessonNN/exK.go holds the reference: plain exported Go in
// package lessonNN, one file per exercise. solutions/lessonNN/doc.go embeds
// the package's files, so Solution() prints the real, tested code:
//
//	//go:embed *.go
//	var Sources embed.FS
//
// 2. lessons/lessonNN/exK.go holds the check. A small exported wrapper type
// embeds *check.Exercise (which gives it Name, Title, Hint, Solution and Ref)
// and adds Check, Test and Use typed to the exercise's function, so a wrong
// signature is a compile error in the notebook, and gomacro passes the
// learner's interpreted func as a plain func value:
//
//	// AffineExercise checks func(x, W, b *mat.Dense) *mat.Dense.
//	type AffineExercise struct{ *check.Exercise }
//
//	// Check prints whether f computes y = xW + b.
//	func (e AffineExercise) Check(f func(x, W, b *mat.Dense) *mat.Dense) { e.Exercise.Check(f) }
//
//	// Test returns nil if f is correct (used by tests).
//	func (e AffineExercise) Test(f func(x, W, b *mat.Dense) *mat.Dense) error { return e.Exercise.Test(f) }
//
//	// Use returns f if it passes, else the reference.
//	func (e AffineExercise) Use(f func(x, W, b *mat.Dense) *mat.Dense) func(x, W, b *mat.Dense) *mat.Dense {
//		return e.Exercise.Use(f).(func(x, W, b *mat.Dense) *mat.Dense)
//	}
//
//	// Ex1 asks for the affine map y = xW + b.
//	var Ex1 = AffineExercise{check.New(check.Spec{
//		Name:     "lesson00.Ex1",
//		Title:    "affine map y = xW + b",
//		Hint:     "y.Mul(x, W) gives xW; then add b's row to every row of y.",
//		Solution: check.Code(sol.Sources, "ex1.go", "Affine"),
//		Ref:      sol.Affine, // exactly func(x, W, b *mat.Dense) *mat.Dense
//		Test: func(f interface{}) error {
//			return testAffine(f.(func(x, W, b *mat.Dense) *mat.Dense))
//		},
//	})}
//
// The test function calls the learner's f on fixed inputs (NewRand,
// RandDense), compares with the reference using Float, Floats, Ints, Shape,
// Dense and Unchanged, and wraps the error with WithInputs so the message
// shows the input, the expected and the actual value. Floats and Dense report
// an all-zero result as not done; Float does not (0 may be a real answer), so
// for a scalar exercise gather several cases into Floats, or return
// NotDone yourself when the result is 0 and the answer is not.
//
// 3. lessons/lessonNN/exK_test.go tests the check. RULE: every check accepts
// the reference solution, rejects at least one plausible wrong implementation
// (wrong sign, swapped labels, D not frozen, ...), and reports a zero stub as
// not done:
//
//	func TestEx1(t *testing.T) {
//		if err := Ex1.Test(sol.Affine); err != nil {
//			t.Fatalf("reference rejected: %v", err)
//		}
//		noBias := func(x, W, b *mat.Dense) *mat.Dense { var y mat.Dense; y.Mul(x, W); return &y }
//		if err := Ex1.Test(noBias); err == nil {
//			t.Error("accepted y = xW without b")
//		}
//		stub := func(x, W, b *mat.Dense) *mat.Dense { return nil }
//		if err := Ex1.Test(stub); !check.IsNotDone(err) {
//			t.Errorf("stub: want not done, got %v", err)
//		}
//	}
//
// lessons/lesson00 is the worked example; tools/nbgen/README.md explains the
// lesson source format.
//
// Keep checks fast (well under a second) and deterministic (fixed seeds).
// Exercises whose answer is a whole training step can check which
// parameters changed and which did not, or a loss value on fixed inputs.
//
// # Notebook helpers
//
// Progress prints a live "\r[####....] 120/500  1.2s eta 3.8s  D 0.69 G 0.71"
// line (compiled, so cheap to call every step); Done ends it with the wall
// time. Quick reports GANLITE_QUICK=1, which CI sets when it runs the learner
// notebooks so their training budgets shrink; Budget(full, quick) picks one.
// Solved notebooks always run at full budgets.
//
// # gophernotes
//
// Everything here is usable from the gomacro interpreter: no generics, no
// iterators, callbacks are plain funcs, output goes through fmt.Printf to
// whatever os.Stdout is at call time (gophernotes redirects it per cell).
package check
