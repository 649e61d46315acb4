// Command nbgen generates the course notebooks from the lesson sources.
//
// Every lessons/lessonNN/NN-slug.md becomes notebooks/NN-slug.ipynb (the
// learner version, with stubs, no outputs) and build/solutions-src/NN-slug.ipynb
// (the solved version, unexecuted; the runner executes it into
// solutions/NN-slug.ipynb). See README.md for the source format.
//
//	go run ./tools/nbgen            # (re)write the notebooks
//	go run ./tools/nbgen -check     # fail if committed notebooks drift from the sources
//	go run ./tools/nbgen lessons/lesson00/00-tour.md   # just these sources
//
// With -check nothing is written. It exits 1, naming the file and the first
// differing cell, if a notebooks/*.ipynb differs from what its source makes
// (byte for byte), if a solutions/NN-slug.ipynb's cell types and sources
// differ from the solved version (outputs, execution counts and metadata are
// ignored), if a source has no committed notebook, or if a notebook has no
// source.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// sourceName matches a lesson source file name: NN-slug.md.
var sourceName = regexp.MustCompile(`^([0-9][0-9])-[a-z0-9][a-z0-9-]*\.md$`)

func main() {
	check := flag.Bool("check", false, "write nothing; exit 1 if committed notebooks differ from the sources")
	lessons := flag.String("lessons", "lessons", "folder holding lessonNN/NN-slug.md sources")
	out := flag.String("out", "notebooks", "folder for learner notebooks")
	solvedDir := flag.String("solved", filepath.Join("build", "solutions-src"), "folder for unexecuted solved notebooks")
	solutions := flag.String("solutions", "solutions", "folder of executed solved notebooks (read by -check)")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: go run ./tools/nbgen [-check] [-lessons dir] [-out dir] [-solved dir] [-solutions dir] [source.md ...]\n")
		flag.PrintDefaults()
	}
	flag.Parse()

	sources := flag.Args()
	all := len(sources) == 0
	if all {
		var err error
		if sources, err = findSources(*lessons); err != nil {
			fatal(err)
		}
		if len(sources) == 0 {
			fatal(fmt.Errorf("no lesson sources (lessonNN/NN-slug.md) under %s", *lessons))
		}
	}
	problems := 0
	for _, src := range sources {
		stem := strings.TrimSuffix(filepath.Base(src), ".md")
		learner, solved, err := generate(src)
		if err != nil {
			fatal(err)
		}
		learnerPath := filepath.Join(*out, stem+".ipynb")
		solvedPath := filepath.Join(*solvedDir, stem+".ipynb")
		if !*check {
			for _, f := range []struct {
				path string
				data []byte
			}{{learnerPath, learner}, {solvedPath, solved}} {
				changed, err := writeIfChanged(f.path, f.data)
				if err != nil {
					fatal(err)
				}
				if changed {
					fmt.Printf("nbgen: wrote %s\n", f.path)
				}
			}
			continue
		}
		for _, msg := range checkLearner(learnerPath, learner) {
			fmt.Fprintf(os.Stderr, "nbgen -check: %s\n", msg)
			problems++
		}
		for _, msg := range checkSolution(filepath.Join(*solutions, stem+".ipynb"), solved) {
			fmt.Fprintf(os.Stderr, "nbgen -check: %s\n", msg)
			problems++
		}
	}
	if *check && all {
		for _, dir := range []string{*out, *solutions} {
			for _, msg := range orphans(dir, sources) {
				fmt.Fprintf(os.Stderr, "nbgen -check: %s\n", msg)
				problems++
			}
		}
	}
	if problems > 0 {
		fmt.Fprintf(os.Stderr, "nbgen -check: %d problem(s); run `go run ./tools/nbgen` (and re-execute the solutions) and commit the notebooks\n", problems)
		os.Exit(1)
	}
	if *check {
		fmt.Printf("nbgen -check: %d lesson source(s) agree with their notebooks\n", len(sources))
	}
}

// fatal prints err and exits 1.
func fatal(err error) {
	fmt.Fprintf(os.Stderr, "nbgen: %v\n", err)
	os.Exit(1)
}

// findSources lists dir/lessonNN/NN-slug.md, sorted. A source whose number
// differs from its folder's is an error.
func findSources(dir string) ([]string, error) {
	matches, err := filepath.Glob(filepath.Join(dir, "lesson*", "*.md"))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, m := range matches {
		m2 := sourceName.FindStringSubmatch(filepath.Base(m))
		if m2 == nil {
			continue // README.md and other notes
		}
		if want := "lesson" + m2[1]; filepath.Base(filepath.Dir(m)) != want {
			return nil, fmt.Errorf("%s: a lesson %s source must live in %s/%s", m, m2[1], dir, want)
		}
		out = append(out, m)
	}
	sort.Strings(out)
	return out, nil
}

// generate parses a source and renders both notebooks.
func generate(src string) (learner, solved []byte, err error) {
	data, err := os.ReadFile(src)
	if err != nil {
		return nil, nil, err
	}
	cells, err := Parse(src, string(data))
	if err != nil {
		return nil, nil, err
	}
	stem := strings.TrimSuffix(filepath.Base(src), ".md")
	return Notebook(stem, cells, false), Notebook(stem, cells, true), nil
}

// writeIfChanged writes data to path (creating folders) unless the file
// already holds exactly data, so make sees unchanged notebooks as up to date.
func writeIfChanged(path string, data []byte) (bool, error) {
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		return false, nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return false, err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return false, err
	}
	return true, os.Rename(tmp, path)
}

// checkLearner compares a committed learner notebook with what its source
// makes, byte for byte.
func checkLearner(path string, want []byte) []string {
	got, err := os.ReadFile(path)
	if err != nil {
		return []string{fmt.Sprintf("%s: missing (%v)", path, err)}
	}
	if bytes.Equal(got, want) {
		return nil
	}
	wc, _ := readCells(want)
	gc, err := readCells(got)
	if err != nil {
		return []string{fmt.Sprintf("%s: not a notebook: %v", path, err)}
	}
	if d := firstDiff(wc, gc, true); d != "" {
		return []string{fmt.Sprintf("%s: %s", path, d)}
	}
	return []string{fmt.Sprintf("%s: cells agree but metadata or formatting differ (saved from Jupyter? outputs?)", path)}
}

// checkSolution compares an executed solved notebook's cell types and
// sources with the solved version the source makes.
func checkSolution(path string, want []byte) []string {
	got, err := os.ReadFile(path)
	if err != nil {
		return []string{fmt.Sprintf("%s: missing (%v); execute the solved notebook", path, err)}
	}
	wc, _ := readCells(want)
	gc, err := readCells(got)
	if err != nil {
		return []string{fmt.Sprintf("%s: not a notebook: %v", path, err)}
	}
	if d := firstDiff(wc, gc, false); d != "" {
		return []string{fmt.Sprintf("%s: %s", path, d)}
	}
	return nil
}

// orphans lists notebooks in dir that no source makes.
func orphans(dir string, sources []string) []string {
	have := map[string]bool{}
	for _, s := range sources {
		have[strings.TrimSuffix(filepath.Base(s), ".md")+".ipynb"] = true
	}
	nbs, _ := filepath.Glob(filepath.Join(dir, "*.ipynb"))
	var msgs []string
	for _, nb := range nbs {
		if !have[filepath.Base(nb)] {
			msgs = append(msgs, fmt.Sprintf("%s: no lesson source makes this notebook", nb))
		}
	}
	return msgs
}
