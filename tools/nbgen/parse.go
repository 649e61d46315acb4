package main

import (
	"fmt"
	"regexp"
	"strings"
)

// A Cell is one notebook cell as written in a lesson source, in both
// versions: Learner is what notebooks/ gets, Solved what solutions/ gets.
// A version whose lines are empty leaves the cell out.
type Cell struct {
	Type    string // "code" or "markdown"
	Line    int    // 1-based line in the source where the cell starts
	Learner []string
	Solved  []string
}

// Marker lines. In a go block they are Go comments, in markdown HTML
// comments; both are dropped from the output.
var (
	goMarker = regexp.MustCompile(`^//\s*(solution|stub)\s*:\s*(\w+)\s*$`)
	mdMarker = regexp.MustCompile(`^<!--\s*(solution|stub)\s*:\s*(\w+)\s*-->$`)
	mdSplit  = regexp.MustCompile(`^<!--\s*cell\s*-->$`)
	fence    = regexp.MustCompile("^(```+|~~~+)\\s*(\\S*)")
)

// parser holds the state while reading one source.
type parser struct {
	file  string
	cells []Cell
	cur   *Cell
	// open marker: "" or "solution"/"stub", with its line.
	region     string
	regionLine int
}

// errorf returns an error naming the source file and line.
func (p *parser) errorf(line int, format string, args ...interface{}) error {
	return fmt.Errorf("%s:%d: %s", p.file, line, fmt.Sprintf(format, args...))
}

// start begins a new cell of the given type.
func (p *parser) start(typ string, line int) {
	p.flush()
	p.cur = &Cell{Type: typ, Line: line}
}

// flush ends the current cell, trimming blank lines at both ends of each
// version and dropping it if both versions are empty.
func (p *parser) flush() {
	if p.cur == nil {
		return
	}
	c := p.cur
	p.cur = nil
	c.Learner = trimBlank(c.Learner)
	c.Solved = trimBlank(c.Solved)
	if len(c.Learner) == 0 && len(c.Solved) == 0 {
		return
	}
	p.cells = append(p.cells, *c)
}

// add appends a content line to the versions the open region allows.
func (p *parser) add(line string) {
	if p.region != "stub" {
		p.cur.Solved = append(p.cur.Solved, line)
	}
	if p.region != "solution" {
		p.cur.Learner = append(p.cur.Learner, line)
	}
}

// marker opens or closes a solution/stub region.
func (p *parser) marker(line int, kind, action, text string) error {
	switch action {
	case "begin":
		if p.region != "" {
			return p.errorf(line, "%s opens a %s region inside the %s region opened at line %d", text, kind, p.region, p.regionLine)
		}
		p.region, p.regionLine = kind, line
	case "end":
		if p.region == "" {
			return p.errorf(line, "%s without a matching %s:begin", text, kind)
		}
		if p.region != kind {
			return p.errorf(line, "%s closes a %s region, but the %s region opened at line %d is open", text, kind, p.region, p.regionLine)
		}
		p.region = ""
	default:
		return p.errorf(line, "unknown marker %q: want %s:begin or %s:end", text, kind, kind)
	}
	return nil
}

// Parse splits a lesson source into cells. Each ```go fenced block is one
// code cell; the markdown between blocks is one markdown cell, split further
// at lines "<!-- cell -->". Lines between //solution:begin and
// //solution:end (in markdown: <!-- solution:begin --> and
// <!-- solution:end -->) appear only in the solved version, lines between
// //stub:begin and //stub:end only in the learner version. Regions cannot
// nest and must close inside the cell they open in. Errors name file:line.
func Parse(file, src string) ([]Cell, error) {
	p := &parser{file: file}
	lines := strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	inGo := false    // inside a ```go block
	otherFence := "" // the fence of a non-go fenced block inside markdown
	goStart := 0     // line of the open ```go
	endRegion := func(line int) error {
		if p.region != "" {
			return p.errorf(p.regionLine, "the %s region opened here is not closed before the cell ends at line %d", p.region, line)
		}
		return nil
	}
	p.start("markdown", 1)
	for i, text := range lines {
		n := i + 1
		trimmed := strings.TrimSpace(text)
		switch {
		case inGo:
			if strings.TrimRight(text, " \t") == "```" {
				if err := endRegion(n); err != nil {
					return nil, err
				}
				inGo = false
				p.start("markdown", n+1)
				continue
			}
			if m := goMarker.FindStringSubmatch(trimmed); m != nil {
				if err := p.marker(n, m[1], m[2], trimmed); err != nil {
					return nil, err
				}
				continue
			}
			if strings.HasPrefix(trimmed, "//solution:") || strings.HasPrefix(trimmed, "//stub:") {
				return nil, p.errorf(n, "malformed marker %q", trimmed)
			}
			p.add(text)
		case otherFence != "":
			p.add(text)
			if strings.TrimSpace(text) == otherFence {
				otherFence = ""
			}
		default:
			if m := fence.FindStringSubmatch(text); m != nil {
				if m[1] == "```" && m[2] == "go" && strings.TrimSpace(text) == "```go" {
					if err := endRegion(n); err != nil {
						return nil, err
					}
					inGo, goStart = true, n
					p.start("code", n+1)
					continue
				}
				otherFence = m[1]
				p.add(text)
				continue
			}
			if mdSplit.MatchString(trimmed) {
				if err := endRegion(n); err != nil {
					return nil, err
				}
				p.start("markdown", n+1)
				continue
			}
			if m := mdMarker.FindStringSubmatch(trimmed); m != nil {
				if err := p.marker(n, m[1], m[2], trimmed); err != nil {
					return nil, err
				}
				continue
			}
			if goMarker.MatchString(trimmed) {
				return nil, p.errorf(n, "%s outside a ```go block (in markdown write <!-- %s -->)", trimmed, strings.TrimPrefix(trimmed, "//"))
			}
			p.add(text)
		}
	}
	if inGo {
		return nil, p.errorf(goStart, "the ```go block opened here is not closed")
	}
	if otherFence != "" {
		return nil, fmt.Errorf("%s: a %s fenced block is not closed", file, otherFence)
	}
	if err := endRegion(len(lines)); err != nil {
		return nil, err
	}
	p.flush()
	return p.cells, nil
}

// trimBlank drops blank lines at the start and end, and trailing spaces.
func trimBlank(lines []string) []string {
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.TrimRight(l, " \t")
	}
	return out
}
