package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// The JSON types below list their fields in alphabetical order, so the
// output matches Jupyter's own (sorted keys, 1-space indent).

type notebook struct {
	Cells         []interface{} `json:"cells"`
	Metadata      nbMetadata    `json:"metadata"`
	NBFormat      int           `json:"nbformat"`
	NBFormatMinor int           `json:"nbformat_minor"`
}

type nbMetadata struct {
	Kernelspec   kernelspec   `json:"kernelspec"`
	LanguageInfo languageInfo `json:"language_info"`
}

type kernelspec struct {
	DisplayName string `json:"display_name"`
	Language    string `json:"language"`
	Name        string `json:"name"`
}

type languageInfo struct {
	Name string `json:"name"`
}

type codeCell struct {
	CellType       string                 `json:"cell_type"`
	ExecutionCount *int                   `json:"execution_count"`
	ID             string                 `json:"id"`
	Metadata       map[string]interface{} `json:"metadata"`
	Outputs        []interface{}          `json:"outputs"`
	Source         []string               `json:"source"`
}

type markdownCell struct {
	CellType string                 `json:"cell_type"`
	ID       string                 `json:"id"`
	Metadata map[string]interface{} `json:"metadata"`
	Source   []string               `json:"source"`
}

// Notebook renders cells as an nbformat 4.5 notebook (4.5 is the version
// with cell ids) for the course kernel, without outputs. solved picks the
// solved version of each cell. Cell ids are stem-NN, NN the cell's index in
// the source, so they stay put when other cells change. The result is
// deterministic and ends in a newline.
func Notebook(stem string, cells []Cell, solved bool) []byte {
	nb := notebook{
		Cells: []interface{}{},
		Metadata: nbMetadata{
			Kernelspec:   kernelspec{DisplayName: "Go (ganlite)", Language: "go", Name: "ganlite"},
			LanguageInfo: languageInfo{Name: "go"},
		},
		NBFormat:      4,
		NBFormatMinor: 5,
	}
	for i, c := range cells {
		lines := c.Learner
		if solved {
			lines = c.Solved
		}
		if len(lines) == 0 {
			continue
		}
		id := fmt.Sprintf("%s-%02d", stem, i)
		src := jupyterLines(lines)
		if c.Type == "code" {
			nb.Cells = append(nb.Cells, codeCell{CellType: "code", ID: id,
				Metadata: map[string]interface{}{}, Outputs: []interface{}{}, Source: src})
		} else {
			nb.Cells = append(nb.Cells, markdownCell{CellType: "markdown", ID: id,
				Metadata: map[string]interface{}{}, Source: src})
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(nb); err != nil {
		panic(err) // cannot happen: plain strings and ints
	}
	return buf.Bytes()
}

// jupyterLines splits a cell's text the way Jupyter stores it: every line
// keeps its "\n" except the last.
func jupyterLines(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l
		if i < len(lines)-1 {
			out[i] += "\n"
		}
	}
	return out
}

// savedCell is a cell read back from an .ipynb file, outputs ignored.
type savedCell struct {
	Type   string
	ID     string
	Source string
}

// readCells reads the cells of an .ipynb file: type, id and source (Jupyter
// stores a source as a string or a list of strings).
func readCells(data []byte) ([]savedCell, error) {
	var nb struct {
		Cells []struct {
			CellType string          `json:"cell_type"`
			ID       string          `json:"id"`
			Source   json.RawMessage `json:"source"`
		} `json:"cells"`
	}
	if err := json.Unmarshal(data, &nb); err != nil {
		return nil, err
	}
	cells := make([]savedCell, len(nb.Cells))
	for i, c := range nb.Cells {
		var s string
		if err := json.Unmarshal(c.Source, &s); err != nil {
			var parts []string
			if err := json.Unmarshal(c.Source, &parts); err != nil {
				return nil, fmt.Errorf("cell %d: source is neither a string nor a list of strings", i)
			}
			s = strings.Join(parts, "")
		}
		cells[i] = savedCell{Type: c.CellType, ID: c.ID, Source: s}
	}
	return cells, nil
}

// firstDiff compares two cell lists by type and source and describes the
// first difference, or returns "" if they agree. withIDs also compares ids.
func firstDiff(want, got []savedCell, withIDs bool) string {
	for i := 0; i < len(want) && i < len(got); i++ {
		w, g := want[i], got[i]
		switch {
		case w.Type != g.Type:
			return fmt.Sprintf("cell %d (%s) is a %s cell, the source makes a %s cell", i, w.ID, g.Type, w.Type)
		case w.Source != g.Source:
			return fmt.Sprintf("cell %d (%s, %s) differs from the source: %s", i, w.ID, w.Type, lineDiff(w.Source, g.Source))
		case withIDs && w.ID != g.ID:
			return fmt.Sprintf("cell %d has id %q, the source gives %q", i, g.ID, w.ID)
		}
	}
	if len(want) != len(got) {
		return fmt.Sprintf("it has %d cells, the source makes %d", len(got), len(want))
	}
	return ""
}

// lineDiff describes the first differing line of two texts.
func lineDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g || i >= len(wl) || i >= len(gl) {
			return fmt.Sprintf("line %d is %q, want %q", i+1, g, w)
		}
	}
	return "they differ"
}
