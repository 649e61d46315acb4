package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// call runs the CLI in-process and returns its exit status and output.
func call(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestUsageErrorsExit2(t *testing.T) {
	cases := [][]string{
		{},
		{"frobnicate"},
		{"train", "--steps", "abc"},
		{"train", "--nosuchflag"},
		{"train", "--data", "cifar"},
		{"train", "--steps", "0"},
		{"train", "--batch", "-3"},
		{"train", "--batch", "100000000"},
		{"train", "--lr", "-1"},
		{"train", "--lr", "NaN"},
		{"train", "--k", "0"},
		{"train", "--loss", "wgan"},
		{"train", "--beta1", "1"},
		{"train", "--data", "ring", "--mnist-dir", "x"},
		{"train", "stray"},
		{"sample", "--n", "0"},
		{"eval", "--n", "-5"},
	}
	for _, args := range cases {
		code, _, stderr := call(args...)
		if code != 2 {
			t.Errorf("ganlite %s: exit %d, want 2", strings.Join(args, " "), code)
		}
		if !strings.Contains(stderr, "usage") && !strings.Contains(stderr, "-h") {
			t.Errorf("ganlite %s: stderr %q shows no usage hint", strings.Join(args, " "), stderr)
		}
		if strings.Contains(stderr, "goroutine") {
			t.Errorf("ganlite %s: stack trace in stderr:\n%s", strings.Join(args, " "), stderr)
		}
	}
}

func TestHelpExits0(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"--help"}, {"train", "-h"}, {"eval", "-h"}, {"sample", "--help"}} {
		if code, _, _ := call(args...); code != 0 {
			t.Errorf("ganlite %s: exit %d, want 0", strings.Join(args, " "), code)
		}
	}
}

// oneLineNaming checks a runtime failure: exit 1 and exactly one stderr line mentioning path.
func oneLineNaming(t *testing.T, path string, args ...string) {
	t.Helper()
	code, _, stderr := call(args...)
	if code != 1 {
		t.Errorf("ganlite %s: exit %d, want 1 (stderr %q)", strings.Join(args, " "), code, stderr)
	}
	lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
	if len(lines) != 1 || !strings.Contains(stderr, path) {
		t.Errorf("ganlite %s: stderr %q, want one line naming %s", strings.Join(args, " "), stderr, path)
	}
}

func TestBadFilesExit1WithOneLine(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.ckpt")
	oneLineNaming(t, missing, "eval", "--ckpt", missing)
	oneLineNaming(t, missing, "sample", "--ckpt", missing, "--out", filepath.Join(dir, "x.png"))

	garbage := filepath.Join(dir, "garbage.ckpt")
	os.WriteFile(garbage, []byte("this is not a checkpoint\n"), 0o644)
	oneLineNaming(t, garbage, "eval", "--ckpt", garbage)

	// A real checkpoint cut in half.
	out := filepath.Join(dir, "run")
	if code, _, stderr := call("train", "--data", "ring", "--steps", "3", "--out", out); code != 0 {
		t.Fatalf("train: exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(filepath.Join(out, "model.ckpt"))
	if err != nil {
		t.Fatal(err)
	}
	cut := filepath.Join(dir, "cut.ckpt")
	os.WriteFile(cut, b[:len(b)/2], 0o644)
	oneLineNaming(t, cut, "eval", "--ckpt", cut)

	emptyDir := t.TempDir()
	oneLineNaming(t, emptyDir, "train", "--data", "mnist", "--mnist-dir", emptyDir, "--steps", "1")
}

func TestTrainSampleEvalRing(t *testing.T) {
	dir := t.TempDir()
	code, stdout, stderr := call("train", "--data", "ring", "--steps", "30", "--seed", "5", "--out", dir)
	if code != 0 {
		t.Fatalf("train: exit %d\n%s%s", code, stdout, stderr)
	}
	for _, f := range []string{"samples.png", "losses.png", "model.ckpt"} {
		if st, err := os.Stat(filepath.Join(dir, f)); err != nil || st.Size() == 0 {
			t.Errorf("train did not write %s: %v", f, err)
		}
	}
	if !strings.Contains(stdout, "wall time") {
		t.Errorf("train output has no wall time:\n%s", stdout)
	}
	if !strings.Contains(stderr, "step 30/30") {
		t.Errorf("no plain progress line for the last step in non-TTY stderr:\n%s", stderr)
	}
	if strings.Contains(stderr, "\r") {
		t.Errorf("non-TTY progress uses carriage returns:\n%q", stderr)
	}

	ckpt := filepath.Join(dir, "model.ckpt")
	png := filepath.Join(dir, "grid.png")
	if code, _, stderr := call("sample", "--ckpt", ckpt, "--n", "50", "--out", png); code != 0 {
		t.Fatalf("sample: exit %d: %s", code, stderr)
	}
	if b, err := os.ReadFile(png); err != nil || !bytes.HasPrefix(b, []byte("\x89PNG")) {
		t.Errorf("sample did not write a PNG: %v", err)
	}

	code, ev, stderr := call("eval", "--ckpt", ckpt)
	if code != 0 {
		t.Fatalf("eval: exit %d: %s", code, stderr)
	}
	for _, want := range []string{"modes captured:", "/ 8", "high-quality:", "reverse KL:", "2500 samples"} {
		if !strings.Contains(ev, want) {
			t.Errorf("eval output lacks %q:\n%s", want, ev)
		}
	}

	// Same seed, same model: a second run gives the same evaluation.
	dir2 := t.TempDir()
	if code, _, stderr := call("train", "--data", "ring", "--steps", "30", "--seed", "5", "--out", dir2); code != 0 {
		t.Fatalf("second train: exit %d: %s", code, stderr)
	}
	_, ev2, _ := call("eval", "--ckpt", filepath.Join(dir2, "model.ckpt"))
	if strings.ReplaceAll(ev2, dir2, dir) != ev {
		t.Errorf("two runs with seed 5 evaluate differently:\n%s\nvs\n%s", ev, ev2)
	}
}

func TestTrainEvalGauss1D(t *testing.T) {
	dir := t.TempDir()
	if code, _, stderr := call("train", "--data", "gauss1d", "--steps", "20", "--out", dir); code != 0 {
		t.Fatalf("train: exit %d: %s", code, stderr)
	}
	code, ev, stderr := call("eval", "--ckpt", filepath.Join(dir, "model.ckpt"), "--n", "500")
	if code != 0 {
		t.Fatalf("eval: exit %d: %s", code, stderr)
	}
	for _, want := range []string{"G(z) mean:", "G(z) std:", "mean D(x) on data:"} {
		if !strings.Contains(ev, want) {
			t.Errorf("eval output lacks %q:\n%s", want, ev)
		}
	}
}

func TestOutFolderIsAFile(t *testing.T) {
	f := filepath.Join(t.TempDir(), "file")
	os.WriteFile(f, nil, 0o644)
	oneLineNaming(t, f, "train", "--data", "ring", "--steps", "1", "--out", f)
}
