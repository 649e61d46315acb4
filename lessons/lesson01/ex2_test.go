package lesson01

import (
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/lessons/check"
	sol "github.com/ganlite/ganlite/solutions/lesson01"
)

func TestEx2AcceptsReference(t *testing.T) {
	if err := Ex2.Test(sol.EncodeDecode); err != nil {
		t.Fatalf("reference rejected: %v", err)
	}
	// Copying Forward's buffers by hand is right too.
	byHand := func(enc, dec *ganlite.Sequential, x *mat.Dense) (z, xhat *mat.Dense) {
		z = mat.DenseCopyOf(enc.Forward(x))
		return z, mat.DenseCopyOf(dec.Forward(z))
	}
	if err := Ex2.Test(byHand); err != nil {
		t.Fatalf("copied Forward rejected: %v", err)
	}
}

func TestEx2RejectsWrong(t *testing.T) {
	wrong := map[string]struct {
		f    EncodeDecodeFunc
		want string
	}{
		"Forward buffers, not copies": {func(enc, dec *ganlite.Sequential, x *mat.Dense) (z, xhat *mat.Dense) {
			z = enc.Forward(x)
			return z, dec.Forward(z)
		}, "changed when you called it again"},
		"returns x as the reconstruction": {func(enc, dec *ganlite.Sequential, x *mat.Dense) (z, xhat *mat.Dense) {
			return enc.Predict(x), mat.DenseCopyOf(x)
		}, "xhat is x itself"},
		"decodes a random code, not z": {func(enc, dec *ganlite.Sequential, x *mat.Dense) (z, xhat *mat.Dense) {
			z = enc.Predict(x)
			r, c := z.Dims()
			return z, dec.Predict(check.RandDense(check.NewRand(5), r, c))
		}, "xhat[0,0]"},
		"z and xhat swapped": {func(enc, dec *ganlite.Sequential, x *mat.Dense) (z, xhat *mat.Dense) {
			z = enc.Predict(x)
			return dec.Predict(z), z
		}, "z is 3×6, want 3×2"},
	}
	for name, w := range wrong {
		err := Ex2.Test(w.f)
		if !check.IsWrong(err) {
			t.Errorf("%s: want a mismatch, got %v", name, err)
			continue
		}
		if !strings.Contains(err.Error(), w.want) {
			t.Errorf("%s: message lacks %q:\n%v", name, w.want, err)
		}
	}
}

func TestEx2StubAndPanic(t *testing.T) {
	stubs := map[string]EncodeDecodeFunc{
		"return nil, nil": func(enc, dec *ganlite.Sequential, x *mat.Dense) (z, xhat *mat.Dense) { return nil, nil },
		"empty matrices": func(enc, dec *ganlite.Sequential, x *mat.Dense) (z, xhat *mat.Dense) {
			return &mat.Dense{}, &mat.Dense{}
		},
		"nil func": nil,
	}
	for name, f := range stubs {
		if err := Ex2.Test(f); !check.IsNotDone(err) {
			t.Errorf("%s: want not done, got %v", name, err)
		}
	}
	// Decoding x instead of z: a shape panic, caught and explained.
	decX := func(enc, dec *ganlite.Sequential, x *mat.Dense) (z, xhat *mat.Dense) {
		return enc.Predict(x), dec.Predict(x)
	}
	if err := Ex2.Test(decX); !check.IsPanic(err) {
		t.Errorf("dec(x): want a caught panic, got %v", err)
	}
}

func TestEx2UseFallsBack(t *testing.T) {
	enc, dec := smallAE()
	x := check.RandDense(check.NewRand(3), 2, 6)
	z, xhat := Ex2.Use(nil)(enc, dec, x)
	if !mat.Equal(z, enc.Predict(x)) || !mat.Equal(xhat, dec.Predict(enc.Predict(x))) {
		t.Error("Use(nil) does not give the reference")
	}
}
