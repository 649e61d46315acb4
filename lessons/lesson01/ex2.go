package lesson01

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson01"
)

// EncodeDecodeFunc is the signature of exercise 2: the encode–decode pass,
// returning the codes z and the reconstruction xhat.
type EncodeDecodeFunc = func(enc, dec *ganlite.Sequential, x *mat.Dense) (z, xhat *mat.Dense)

// EncodeDecodeExercise checks an encode–decode pass
// func(enc, dec *ganlite.Sequential, x *mat.Dense) (z, xhat *mat.Dense).
type EncodeDecodeExercise struct{ *check.Exercise }

// Check prints ✓ if f returns z = enc(x) and xhat = dec(z) as matrices of
// its own, else ✗ with what went wrong.
func (e EncodeDecodeExercise) Check(f func(enc, dec *ganlite.Sequential, x *mat.Dense) (z, xhat *mat.Dense)) {
	e.Exercise.Check(f)
}

// Test returns nil if f is correct (for tests; prints nothing).
func (e EncodeDecodeExercise) Test(f func(enc, dec *ganlite.Sequential, x *mat.Dense) (z, xhat *mat.Dense)) error {
	return e.Exercise.Test(f)
}

// Use returns f if it passes, else the reference solution, saying which.
func (e EncodeDecodeExercise) Use(f func(enc, dec *ganlite.Sequential, x *mat.Dense) (z, xhat *mat.Dense)) func(enc, dec *ganlite.Sequential, x *mat.Dense) (z, xhat *mat.Dense) {
	return e.Exercise.Use(f).(EncodeDecodeFunc)
}

// Ex2 asks for the encode–decode pass z = enc(x), xhat = dec(z).
var Ex2 = EncodeDecodeExercise{check.New(check.Spec{
	Name:  "lesson01.Ex2",
	Title: "encode–decode pass",
	Hint: `Two calls. The encoder turns the batch into codes, z = enc(x); the decoder
turns the codes back into images, xhat = dec(z). Use enc.Predict(x) and
dec.Predict(z): they return copies you own. enc.Forward(x) would return the
network's own output buffer, which its next call overwrites, so results you
kept from an earlier call would silently change.`,
	Solution: check.Code(sol.Sources, "ex2.go", "EncodeDecode"),
	Ref:      EncodeDecodeFunc(sol.EncodeDecode),
	Test: func(f interface{}) error {
		return testEncodeDecode(f.(EncodeDecodeFunc))
	},
})}

// smallAE returns a tiny encoder (6→4→2) and decoder (2→4→6, tanh) with
// fixed weights, so a failing check prints small matrices.
func smallAE() (enc, dec *ganlite.Sequential) {
	rnd := check.NewRand(7)
	enc = ganlite.NewMLP(rnd, []int{6, 4, 2}, "relu", "")
	dec = ganlite.NewMLP(rnd, []int{2, 4, 6}, "relu", "tanh")
	return enc, dec
}

// testEncodeDecode calls f on two batches of the same size, one after the
// other, and compares both results with the reference AFTER the second call,
// so results that share the networks' buffers are caught.
func testEncodeDecode(f EncodeDecodeFunc) error {
	enc, dec := smallAE()
	rnd := check.NewRand(8)
	x1, x2 := check.RandDense(rnd, 3, 6), check.RandDense(rnd, 3, 6)
	x10, x20 := mat.DenseCopyOf(x1), mat.DenseCopyOf(x2)
	z1, xhat1 := f(enc, dec, x1)
	z1now, xhat1now := copyOrNil(z1), copyOrNil(xhat1)
	z2, xhat2 := f(enc, dec, x2)

	wantZ1, wantXhat1 := sol.EncodeDecode(enc, dec, x10)
	wantZ2, wantXhat2 := sol.EncodeDecode(enc, dec, x20)
	steps := []struct {
		what      string
		got, want *mat.Dense
		x         *mat.Dense
	}{
		{"z", z1now, wantZ1, x10},
		{"xhat", xhat1now, wantXhat1, x10},
		{"z", z2, wantZ2, x20},
		{"xhat", xhat2, wantXhat2, x20},
	}
	for _, s := range steps {
		if s.got != nil && s.got.IsEmpty() {
			return check.WithInputs(check.NotDone("%s is an empty matrix", s.what), "x", s.x)
		}
		if err := check.Dense(s.what, s.got, s.want, 1e-12); err != nil {
			if s.what == "xhat" && s.got != nil && mat.Equal(s.got, s.x) {
				err = fmt.Errorf("xhat is x itself: the reconstruction must come from the decoder, xhat = dec(z)")
			}
			return check.WithInputs(err, "x", s.x)
		}
	}
	// The first results must not have changed when f was called again.
	if !mat.Equal(z1, wantZ1) || !mat.Equal(xhat1, wantXhat1) {
		return fmt.Errorf("the z and xhat of your first call changed when you called it again on another batch:\n" +
			"Forward returns the network's own output buffer, which the next Forward overwrites.\n" +
			"Return copies the caller owns: enc.Predict(x) and dec.Predict(z) (or mat.DenseCopyOf)")
	}
	if err := check.Unchanged("x", x10, x1); err != nil {
		return err
	}
	return nil
}

// copyOrNil copies m, keeping nil and empty matrices as they are.
func copyOrNil(m *mat.Dense) *mat.Dense {
	if m == nil || m.IsEmpty() {
		return m
	}
	return mat.DenseCopyOf(m)
}
