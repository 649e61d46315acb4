package ganlite

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// testCheckpoint returns a checkpoint with an MLP generator, a logit
// discriminator and a net with a nested Sequential and unusual weights.
func testCheckpoint(seed uint64) *Checkpoint {
	rnd := rand.New(rand.NewPCG(seed, 1))
	g := NewMLP(rnd, []int{8, 16, 4}, "leakyrelu", "tanh")
	d := NewMLP(rnd, []int{4, 8, 1}, "relu", "")
	n := NewSequential(NewLinear(rnd, 3, 5), NewSequential(NewSigmoid(), NewLinear(rnd, 5, 2)), NewLeakyReLU(0))
	w := n.Layers[0].(*Linear).W.W.RawMatrix().Data
	w[0], w[1], w[2] = math.Copysign(0, -1), 5e-324, math.Inf(-1) // -0, the smallest denormal, -Inf
	n.Layers[0].(*Linear).B.W.Set(0, 4, 0.25)
	return &Checkpoint{
		Meta: map[string]string{"seed": fmt.Sprint(seed), "cmd": "ganlite train --data ring\nsecond line"},
		Nets: map[string]*Sequential{"G": g, "D": d, "N": n},
	}
}

func saveTemp(t testing.TB, c *Checkpoint) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "model.ckpt")
	if err := Save(p, c); err != nil {
		t.Fatal(err)
	}
	return p
}

// sameBits reports whether two networks' parameters are bit-identical.
func sameBits(a, b *Sequential) bool {
	pa, pb := a.Params(), b.Params()
	if len(pa) != len(pb) {
		return false
	}
	for i := range pa {
		da, db := mat.DenseCopyOf(pa[i].W).RawMatrix().Data, mat.DenseCopyOf(pb[i].W).RawMatrix().Data
		if len(da) != len(db) {
			return false
		}
		for j := range da {
			if math.Float64bits(da[j]) != math.Float64bits(db[j]) {
				return false
			}
		}
	}
	return true
}

func TestCheckpointRoundTrip(t *testing.T) {
	c := testCheckpoint(1)
	p := saveTemp(t, c)
	got, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Nets) != 3 || got.Meta["seed"] != "1" || got.Meta["cmd"] != c.Meta["cmd"] {
		t.Fatalf("nets %d, meta %v", len(got.Nets), got.Meta)
	}
	rnd := rand.New(rand.NewPCG(5, 5))
	for name, net := range c.Nets {
		back := got.Nets[name]
		if !sameBits(net, back) {
			t.Errorf("net %s: weights differ after the round trip", name)
		}
		if layerList(net) != layerList(back) {
			t.Errorf("net %s: architecture %q came back as %q", name, layerList(net), layerList(back))
		}
		if name == "N" {
			continue // holds -Inf: outputs are not comparable
		}
		x := mat.NewDense(7, net.InDim(), nil)
		for i := range x.RawMatrix().Data {
			x.RawMatrix().Data[i] = rnd.NormFloat64()
		}
		if !mat.Equal(net.Predict(x), back.Predict(x)) {
			t.Errorf("net %s: outputs differ after the round trip", name)
		}
	}
	// One checkpoint, one file: saving again gives the same bytes.
	p2 := saveTemp(t, c)
	a, _ := os.ReadFile(p)
	b, _ := os.ReadFile(p2)
	if !bytes.Equal(a, b) {
		t.Error("two saves of one checkpoint differ")
	}
	if first, _, _ := bytes.Cut(a, []byte("\n")); string(first) != "ganlite-checkpoint v1" {
		t.Errorf("first line %q", first)
	}
	// A checkpoint with only metadata, and a loaded checkpoint saved again.
	if _, err := Load(saveTemp(t, &Checkpoint{Meta: map[string]string{"k": "v"}})); err != nil {
		t.Errorf("meta-only: %v", err)
	}
	if again, err := Load(saveTemp(t, got)); err != nil || !sameBits(again.Nets["G"], c.Nets["G"]) {
		t.Errorf("re-save: %v", err)
	}
}

// loadErr writes b to a file and returns Load's error, which must name the file.
func loadErr(t *testing.T, b []byte) error {
	t.Helper()
	p := filepath.Join(t.TempDir(), "bad.ckpt")
	os.WriteFile(p, b, 0o644)
	c, err := Load(p)
	if err == nil {
		t.Fatalf("Load accepted bad input (%d nets)", len(c.Nets))
	}
	if !strings.Contains(err.Error(), p) {
		t.Errorf("error %q does not name the file", err)
	}
	return err
}

// withChecksum replaces the last 32 bytes of b by the SHA-256 of the rest,
// so a deliberately wrong header gets past the checksum.
func withChecksum(body []byte) []byte {
	s := sha256.Sum256(body)
	return append(append([]byte(nil), body...), s[:]...)
}

func TestCheckpointBadFiles(t *testing.T) {
	good, _ := os.ReadFile(saveTemp(t, testCheckpoint(2)))
	// Any single flipped byte is caught, wherever it is.
	for _, pos := range []int{0, 25, 60, len(good) / 2, len(good) - 40, len(good) - 1} {
		b := append([]byte(nil), good...)
		b[pos] ^= 0x10
		loadErr(t, b)
	}
	b := append([]byte(nil), good...)
	b[len(good)/2] ^= 1
	if err := loadErr(t, b); !strings.Contains(err.Error(), "checksum mismatch") {
		t.Errorf("flipped weight byte: %v", err)
	}
	// Truncated anywhere.
	for _, n := range []int{0, 5, 22, 100, len(good) - 33, len(good) - 1} {
		loadErr(t, good[:n])
	}
	if err := loadErr(t, good[:len(good)-8]); !strings.Contains(err.Error(), "checksum mismatch") {
		t.Errorf("truncated: %v", err)
	}
	if err := loadErr(t, bytes.Replace(good, []byte("checkpoint v1"), []byte("checkpoint v2"), 1)); !strings.Contains(err.Error(), `unsupported format version "2" (this ganlite reads version 1)`) {
		t.Errorf("wrong version: %v", err)
	}
	if err := loadErr(t, nil); !strings.Contains(err.Error(), "empty file") {
		t.Errorf("empty: %v", err)
	}
	if err := loadErr(t, []byte("\x89PNG\r\n\x1a\n....")); !strings.Contains(err.Error(), "not a ganlite checkpoint") {
		t.Errorf("png: %v", err)
	}
	// Lying headers with a valid checksum: checked against the file's size.
	lies := map[string]string{
		`{"nets":[{"name":"G","layers":[{"kind":"Linear","in":100000,"out":100000}]}],"weights":0}`:     "header declares 0 weights, file holds 1",
		`{"nets":[{"name":"G","layers":[{"kind":"Linear","in":16777216,"out":16777216}]}],"weights":1}`: "needs more weights than the file's 1",
		`{"nets":[{"name":"G","layers":[{"kind":"Linear","in":-1,"out":1}]}],"weights":1}`:              "Linear -1×1",
		`{"nets":[{"name":"G","layers":[{"kind":"Conv2D"}]}],"weights":1}`:                              `unknown kind "Conv2D"`,
		`{"nets":[{"name":"G","layers":[{"kind":"LeakyReLU"}]}],"weights":1}`:                           "LeakyReLU needs a finite slope",
		`{"nets":[{"name":"G","layers":[]},{"name":"G","layers":[]}],"weights":1}`:                      "repeated",
		`{"nets":[],"weights":1,"extra":true}`:                                                          "unknown field",
		`{"nets":[{"name":"G","layers":[{"kind":"ReLU","in":3}]}],"weights":1}`:                         "fields of another kind",
		`not json`: "bad header",
	}
	for hdr, want := range lies {
		body := []byte("ganlite-checkpoint v1\n" + hdr + "\n\x00\x00\x00\x00\x00\x00\xf0\x3f")
		if err := loadErr(t, withChecksum(body)); !strings.Contains(err.Error(), want) {
			t.Errorf("header %s: error %q, want %q", hdr, err, want)
		}
	}
	// Layers that do not chain.
	body := []byte(`ganlite-checkpoint v1` + "\n" +
		`{"nets":[{"name":"G","layers":[{"kind":"Linear","in":1,"out":1},{"kind":"Linear","in":2,"out":1}]}],"weights":5}` + "\n" +
		string(make([]byte, 40)))
	if err := loadErr(t, withChecksum(body)); !strings.Contains(err.Error(), "layer 0 outputs 1 features but layer 1 takes 2") {
		t.Errorf("chain: %v", err)
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.ckpt")); err == nil || !strings.Contains(err.Error(), "missing.ckpt") {
		t.Errorf("missing file: %v", err)
	}
	if _, err := Load(t.TempDir()); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("directory: %v", err)
	}
}

func TestCheckpointInto(t *testing.T) {
	c, err := Load(saveTemp(t, testCheckpoint(3)))
	if err != nil {
		t.Fatal(err)
	}
	rnd := rand.New(rand.NewPCG(9, 9))
	g := NewMLP(rnd, []int{8, 16, 4}, "leakyrelu", "tanh")
	if err := c.Into("G", g); err != nil {
		t.Fatal(err)
	}
	if !sameBits(g, c.Nets["G"]) {
		t.Error("Into did not copy the weights")
	}
	n := NewSequential(NewLinear(rnd, 3, 5), NewSequential(NewSigmoid(), NewLinear(rnd, 5, 2)), NewLeakyReLU(0))
	if err := c.Into("N", n); err != nil || !sameBits(n, c.Nets["N"]) {
		t.Errorf("nested: %v", err)
	}
	wrong := NewMLP(rnd, []int{6, 16, 4}, "leakyrelu", "tanh")
	before := mat.DenseCopyOf(wrong.Layers[2].(*Linear).W.W)
	cases := []struct {
		name string
		net  *Sequential
		want string
	}{
		{"G", wrong, "checkpoint net G layer 0 is Linear 8×16, network has Linear 6×16"},
		{"G", NewMLP(rnd, []int{8, 16, 4}, "relu", "tanh"), "checkpoint net G layer 1 is LeakyReLU(0.2), network has ReLU"},
		{"G", NewMLP(rnd, []int{8, 16, 4}, "leakyrelu", ""), "checkpoint net G has 4 layers (Linear 8×16, LeakyReLU(0.2), Linear 16×4, Tanh), network has 3 (Linear 8×16, LeakyReLU(0.2), Linear 16×4)"},
		{"N", NewSequential(NewLinear(rnd, 3, 5), NewSequential(NewSigmoid(), NewLinear(rnd, 5, 3)), NewLeakyReLU(0)),
			"checkpoint net N layer 1 layer 1 is Linear 5×2, network has Linear 5×3"},
		{"X", g, `checkpoint has no net "X" (it has D, G, N)`},
		{"G", nil, "network is nil"},
	}
	for _, tc := range cases {
		err := c.Into(tc.name, tc.net)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Into(%s): %v, want %q", tc.name, err, tc.want)
		}
	}
	if !mat.Equal(before, wrong.Layers[2].(*Linear).W.W) {
		t.Error("a failed Into changed the network")
	}
}

// unsavable is a layer type the checkpoint format does not know.
type unsavable struct{ ReLU }

func TestCheckpointSaveIsAtomic(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "model.ckpt")
	if err := Save(p, testCheckpoint(4)); err != nil {
		t.Fatal(err)
	}
	orig, _ := os.ReadFile(p)
	intact := func(what string) {
		t.Helper()
		now, _ := os.ReadFile(p)
		if !bytes.Equal(now, orig) {
			t.Errorf("%s: the previous checkpoint was damaged", what)
		}
		if tmps, _ := filepath.Glob(filepath.Join(dir, "*.tmp-*")); len(tmps) != 0 {
			t.Errorf("%s: left %v", what, tmps)
		}
	}
	// A failure after the temporary file is written (a crash before rename).
	saveHook = func(tmp string) error {
		if _, err := os.Stat(tmp); err != nil {
			t.Errorf("hook: temporary file missing: %v", err)
		}
		return errors.New("simulated crash")
	}
	err := Save(p, testCheckpoint(5))
	saveHook = nil
	if err == nil || !strings.Contains(err.Error(), "simulated crash") || !strings.Contains(err.Error(), p) {
		t.Errorf("hook error: %v", err)
	}
	intact("failed save")
	// A network the format cannot describe fails before any file is touched.
	bad := testCheckpoint(6)
	bad.Nets["G"].Layers = append(bad.Nets["G"].Layers, &unsavable{})
	if err := Save(p, bad); err == nil || !strings.Contains(err.Error(), "net G: layer 4: cannot save layer type *ganlite.unsavable") {
		t.Errorf("unsavable: %v", err)
	}
	intact("unsavable layer")
	if err := Save(p, nil); err == nil {
		t.Error("nil checkpoint saved")
	}
	intact("nil checkpoint")
	// Renaming over a directory fails; the directory is untouched.
	sub := filepath.Join(dir, "adir")
	os.Mkdir(sub, 0o755)
	if err := Save(sub, testCheckpoint(7)); err == nil {
		t.Error("saved over a directory")
	}
	if st, err := os.Stat(sub); err != nil || !st.IsDir() {
		t.Error("directory replaced")
	}
	intact("save over a directory")
	if err := Save(filepath.Join(dir, "no", "such", "dir", "m.ckpt"), testCheckpoint(8)); err == nil {
		t.Error("saved into a missing folder")
	}
	// Success replaces the file.
	if err := Save(p, testCheckpoint(9)); err != nil {
		t.Fatal(err)
	}
	if c, err := Load(p); err != nil || c.Meta["seed"] != "9" {
		t.Errorf("after a good save: %v", err)
	}
}

// FuzzLoad: Load never panics, whatever the file holds. Each input is also
// tried with a recomputed checksum so the fuzzer reaches the header parser.
func FuzzLoad(f *testing.F) {
	small := &Checkpoint{Meta: map[string]string{"a": "b"}, Nets: map[string]*Sequential{
		"G": NewMLP(rand.New(rand.NewPCG(1, 1)), []int{2, 3, 1}, "leakyrelu", "sigmoid"),
	}}
	good, err := os.ReadFile(saveTemp(f, small))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, b []byte) {
		p := filepath.Join(dir, "fuzz.ckpt")
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := Load(p); err != nil && !strings.Contains(err.Error(), p) {
			t.Fatalf("error does not name the file: %v", err)
		}
		if len(b) < sha256.Size {
			return
		}
		c, err := decodeCheckpoint(withChecksum(b[:len(b)-sha256.Size]))
		if err != nil {
			return
		}
		// Whatever loads must encode and decode again to the same weights.
		header, weights, err := encodeHeader(c)
		if err != nil {
			t.Fatalf("loaded checkpoint does not encode: %v", err)
		}
		var buf bytes.Buffer
		if err := writeCheckpoint(&buf, header, weights); err != nil {
			t.Fatal(err)
		}
		back, err := decodeCheckpoint(buf.Bytes())
		if err != nil {
			t.Fatalf("re-encoded checkpoint does not decode: %v", err)
		}
		for name, net := range c.Nets {
			if !sameBits(net, back.Nets[name]) {
				t.Fatalf("net %s changed in an encode/decode cycle", name)
			}
		}
	})
}

// TestWriteFuzzLoadCorpus regenerates testdata/fuzz/FuzzLoad when run with
// GANLITE_WRITE_CORPUS=1; otherwise it is skipped.
func TestWriteFuzzLoadCorpus(t *testing.T) {
	if os.Getenv("GANLITE_WRITE_CORPUS") == "" {
		t.Skip("set GANLITE_WRITE_CORPUS=1 to regenerate the FuzzLoad seed corpus")
	}
	rnd := rand.New(rand.NewPCG(1, 1))
	tiny := &Checkpoint{Meta: map[string]string{"seed": "1"}, Nets: map[string]*Sequential{
		"D": NewSequential(NewLinear(rnd, 2, 1)),
		"G": NewSequential(NewLinear(rnd, 1, 2), NewLeakyReLU(0.2), NewSequential(NewTanh(), NewReLU()), NewSigmoid()),
	}}
	good, _ := os.ReadFile(saveTemp(t, tiny))
	flipped := append([]byte(nil), good...)
	flipped[len(flipped)/2] ^= 1
	hdrEnd := bytes.IndexByte(good[22:], '\n') + 22
	lie := func(hdr string) []byte {
		return withChecksum([]byte("ganlite-checkpoint v1\n" + hdr + "\n" + string(make([]byte, 16))))
	}
	seeds := map[string][]byte{
		"valid-tiny":        good,
		"valid-meta-only":   withChecksum([]byte("ganlite-checkpoint v1\n{\"meta\":{\"k\":\"v\"},\"nets\":null,\"weights\":0}\n")),
		"flipped-byte":      flipped,
		"truncated-header":  good[:hdrEnd-5],
		"truncated-weights": good[:len(good)-40],
		"wrong-version":     bytes.Replace(good, []byte("v1"), []byte("v9"), 1),
		"wrong-magic":       append([]byte("GANLITE-ckpt v1\n"), good[22:]...),
		"huge-linear":       lie(`{"nets":[{"name":"G","layers":[{"kind":"Linear","in":16777216,"out":16777216}]}],"weights":2}`),
		"weights-mismatch":  lie(`{"nets":[{"name":"G","layers":[{"kind":"Linear","in":1,"out":1}]}],"weights":9}`),
		"nested":            lie(`{"nets":[{"name":"G","layers":[{"kind":"Sequential","layers":[{"kind":"Linear","in":1,"out":1}]}]}],"weights":2}`),
		"empty":             nil,
	}
	out := filepath.Join("testdata", "fuzz", "FuzzLoad")
	os.MkdirAll(out, 0o755)
	for name, b := range seeds {
		s := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", string(b))
		if err := os.WriteFile(filepath.Join(out, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func ExampleSave() {
	rnd := rand.New(rand.NewPCG(1, 2))
	g := NewMLP(rnd, []int{2, 16, 1}, "leakyrelu", "")
	path := filepath.Join(os.TempDir(), "ganlite-example.ckpt")
	defer os.Remove(path)
	if err := Save(path, &Checkpoint{Meta: map[string]string{"step": "1000"}, Nets: map[string]*Sequential{"G": g}}); err != nil {
		panic(err)
	}
	c, err := Load(path)
	if err != nil {
		panic(err)
	}
	back := c.Nets["G"]
	fmt.Println("step", c.Meta["step"], "G:", back.InDim(), "→", back.OutDim(), "in", len(back.Layers), "layers")
	fmt.Println(c.Into("G", g)) // the same architecture: weights copied
	// Output:
	// step 1000 G: 2 → 1 in 3 layers
	// <nil>
}

func ExampleCheckpoint_Into() {
	rnd := rand.New(rand.NewPCG(1, 2))
	c := &Checkpoint{Nets: map[string]*Sequential{"G": NewMLP(rnd, []int{100, 256, 784}, "relu", "tanh")}}
	fresh := NewMLP(rnd, []int{100, 256, 784}, "relu", "tanh")
	fmt.Println(c.Into("G", fresh)) // same architecture: weights copied
	fmt.Println(c.Into("G", NewMLP(rnd, []int{64, 256, 784}, "relu", "tanh")))
	// Output:
	// <nil>
	// ganlite: checkpoint net G layer 0 is Linear 100×256, network has Linear 64×256
}
