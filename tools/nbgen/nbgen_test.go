package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const sample = "# Title\n" +
	"\n" +
	"Intro prose.\n" +
	"<!-- cell -->\n" +
	"Second markdown cell.\n" +
	"\n" +
	"```go\n" +
	"x := 1\n" +
	"```\n" +
	"\n" +
	"Between.\n" +
	"<!-- solution:begin -->\n" +
	"Only in the solved notebook.\n" +
	"<!-- solution:end -->\n" +
	"\n" +
	"```go\n" +
	"func f() int {\n" +
	"\t//solution:begin\n" +
	"\treturn 42\n" +
	"\t//solution:end\n" +
	"\t//stub:begin\n" +
	"\t// your code here\n" +
	"\treturn 0\n" +
	"\t//stub:end\n" +
	"}\n" +
	"```\n" +
	"```text\n" +
	"<!-- cell -->\n" +
	"```\n" +
	"```go\n" +
	"//solution:begin\n" +
	"answer := f()\n" +
	"//solution:end\n" +
	"```\n"

func TestParseSplitsAndMarkers(t *testing.T) {
	cells, err := Parse("00-x.md", sample)
	if err != nil {
		t.Fatal(err)
	}
	want := []Cell{
		{Type: "markdown", Line: 1, Learner: []string{"# Title", "", "Intro prose."}, Solved: []string{"# Title", "", "Intro prose."}},
		{Type: "markdown", Line: 5, Learner: []string{"Second markdown cell."}, Solved: []string{"Second markdown cell."}},
		{Type: "code", Line: 8, Learner: []string{"x := 1"}, Solved: []string{"x := 1"}},
		{Type: "markdown", Line: 10, Learner: []string{"Between."}, Solved: []string{"Between.", "Only in the solved notebook."}},
		{Type: "code", Line: 17,
			Learner: []string{"func f() int {", "\t// your code here", "\treturn 0", "}"},
			Solved:  []string{"func f() int {", "\treturn 42", "}"}},
		{Type: "markdown", Line: 27, Learner: []string{"```text", "<!-- cell -->", "```"}, Solved: []string{"```text", "<!-- cell -->", "```"}},
		{Type: "code", Line: 31, Learner: []string{}, Solved: []string{"answer := f()"}},
	}
	if !reflect.DeepEqual(cells, want) {
		for i := range cells {
			t.Logf("cell %d: %#v", i, cells[i])
		}
		t.Fatal("cells differ from want")
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{"```go\nx\n//solution:end\n```\n", "f.md:3: //solution:end without a matching solution:begin"},
		{"```go\n//solution:begin\nx\n```\n", "f.md:2: the solution region opened here is not closed before the cell ends at line 4"},
		{"```go\n//solution:begin\n//stub:begin\n```\n", "f.md:3: //stub:begin opens a stub region inside the solution region opened at line 2"},
		{"```go\n//stub:begin\n//solution:end\n```\n", "f.md:3: //solution:end closes a solution region, but the stub region opened at line 2 is open"},
		{"text\n\n```go\nx := 1\n", "f.md:3: the ```go block opened here is not closed"},
		{"```go\n//solution:start\n```\n", `f.md:2: unknown marker "//solution:start"`},
		{"```go\n//solution:begin here\n```\n", `f.md:2: malformed marker`},
		{"prose\n//solution:begin\n", "f.md:2: //solution:begin outside a ```go block"},
		{"<!-- stub:begin -->\n<!-- cell -->\n", "f.md:1: the stub region opened here is not closed before the cell ends at line 2"},
		{"```text\nabc\n", "f.md: a ``` fenced block is not closed"},
	}
	for _, c := range cases {
		_, err := Parse("f.md", c.src)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Parse(%q) error %v, want %q", c.src, err, c.want)
		}
	}
}

func TestNotebookFormat(t *testing.T) {
	cells, err := Parse("00-x.md", sample)
	if err != nil {
		t.Fatal(err)
	}
	learner := Notebook("00-x", cells, false)
	solved := Notebook("00-x", cells, true)
	if string(learner) != string(Notebook("00-x", cells, false)) {
		t.Fatal("not deterministic")
	}
	if !strings.HasSuffix(string(learner), "}\n") || !strings.HasPrefix(string(learner), "{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",") {
		t.Errorf("unexpected layout:\n%s", learner)
	}
	var nb map[string]interface{}
	if err := json.Unmarshal(learner, &nb); err != nil {
		t.Fatal(err)
	}
	if nb["nbformat"].(float64) != 4 || nb["nbformat_minor"].(float64) != 5 {
		t.Errorf("nbformat %v.%v", nb["nbformat"], nb["nbformat_minor"])
	}
	ks := nb["metadata"].(map[string]interface{})["kernelspec"].(map[string]interface{})
	if ks["name"] != "ganlite" || ks["display_name"] != "Go (ganlite)" || ks["language"] != "go" {
		t.Errorf("kernelspec %v", ks)
	}
	lc, _ := readCells(learner)
	sc, _ := readCells(solved)
	if len(lc) != 6 || len(sc) != 7 {
		t.Fatalf("learner has %d cells (want 6, the solution-only cell dropped), solved %d (want 7)", len(lc), len(sc))
	}
	if lc[4].ID != "00-x-04" || lc[4].Source != "func f() int {\n\t// your code here\n\treturn 0\n}" {
		t.Errorf("learner cell 4 = %+v", lc[4])
	}
	if sc[6].ID != "00-x-06" || sc[6].Source != "answer := f()" {
		t.Errorf("solved cell 6 = %+v", sc[6])
	}
	if strings.Contains(string(learner), "\\u003c") {
		t.Error("HTML escaping in JSON: Jupyter writes < as is")
	}
}

// pythonNbformat reports whether /usr/bin/python3 has nbformat.
func pythonNbformat() bool {
	return exec.Command("/usr/bin/python3", "-c", "import nbformat").Run() == nil
}

// TestJupyterAgrees checks that nbformat validates our notebook and writes
// it back byte for byte, so saving from Jupyter or nbclient changes nothing.
func TestJupyterAgrees(t *testing.T) {
	if !pythonNbformat() {
		t.Skip("no nbformat for /usr/bin/python3")
	}
	cells, err := Parse("00-x.md", sample+"\nUnicode ✓ ✗ σ — <b>&</b>\n")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "x.ipynb")
	if err := os.WriteFile(path, Notebook("00-x", cells, true), 0o644); err != nil {
		t.Fatal(err)
	}
	script := `import sys, nbformat
nb = nbformat.read(sys.argv[1], as_version=4)
nbformat.validate(nb)
sys.stdout.write(nbformat.writes(nb) + "\n")`
	out, err := exec.Command("/usr/bin/python3", "-c", script, path).Output()
	if err != nil {
		t.Fatalf("nbformat: %v", err)
	}
	mine, _ := os.ReadFile(path)
	if string(out) != string(mine) {
		t.Errorf("nbformat rewrites the notebook:\n%s\nours:\n%s", out, mine)
	}
}

func TestFirstDiff(t *testing.T) {
	a := []savedCell{{"markdown", "x-00", "# T"}, {"code", "x-01", "a := 1\nb := 2"}}
	b := []savedCell{{"markdown", "x-00", "# T"}, {"code", "x-01", "a := 1\nb := 3"}}
	if d := firstDiff(a, a, true); d != "" {
		t.Errorf("equal cells: %s", d)
	}
	if d := firstDiff(a, b, false); !strings.Contains(d, `cell 1 (x-01, code) differs from the source: line 2 is "b := 3", want "b := 2"`) {
		t.Errorf("diff: %s", d)
	}
	if d := firstDiff(a, a[:1], false); !strings.Contains(d, "it has 1 cells, the source makes 2") {
		t.Errorf("length diff: %s", d)
	}
}

// TestCheckCommand runs nbgen and nbgen -check in a temporary tree.
func TestCheckCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "nbgen")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	src := filepath.Join(dir, "lessons", "lesson00", "00-x.md")
	os.MkdirAll(filepath.Dir(src), 0o755)
	os.WriteFile(src, []byte(sample), 0o644)
	run := func(args ...string) (string, error) {
		cmd := exec.Command(bin, args...)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	if out, err := run(); err != nil {
		t.Fatalf("nbgen: %v\n%s", err, out)
	}
	// No solutions notebook yet: -check fails and says so.
	if out, err := run("-check"); err == nil || !strings.Contains(out, "solutions/00-x.ipynb: missing") {
		t.Fatalf("-check without solutions: %v\n%s", err, out)
	}
	// The "executed" solution: the solved source with an output added.
	solved, _ := os.ReadFile(filepath.Join(dir, "build", "solutions-src", "00-x.ipynb"))
	executed := strings.Replace(string(solved), `"outputs": []`, `"outputs": [{"name": "stdout", "output_type": "stream", "text": ["hi\n"]}]`, 1)
	os.MkdirAll(filepath.Join(dir, "solutions"), 0o755)
	os.WriteFile(filepath.Join(dir, "solutions", "00-x.ipynb"), []byte(executed), 0o644)
	if out, err := run("-check"); err != nil {
		t.Fatalf("-check on fresh notebooks: %v\n%s", err, out)
	}
	// Edit the source: both notebooks drift.
	os.WriteFile(src, []byte(strings.Replace(sample, "x := 1", "x := 2", 1)), 0o644)
	out, err := run("-check")
	if err == nil || !strings.Contains(out, `notebooks/00-x.ipynb: cell 2 (00-x-02, code) differs from the source: line 1 is "x := 1", want "x := 2"`) ||
		!strings.Contains(out, "solutions/00-x.ipynb: cell 2") {
		t.Fatalf("-check after edit: %v\n%s", err, out)
	}
	// An orphan notebook.
	os.WriteFile(src, []byte(sample), 0o644)
	os.WriteFile(filepath.Join(dir, "notebooks", "99-old.ipynb"), []byte("{}"), 0o644)
	if out, err := run("-check"); err == nil || !strings.Contains(out, "99-old.ipynb: no lesson source") {
		t.Fatalf("-check with orphan: %v\n%s", err, out)
	}
}
