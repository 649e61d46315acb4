package ganlite

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Checkpoint is a set of named networks plus free-form metadata (seed,
// step, command line, ...), saved to and loaded from one file.
//
// The file format, version 1, is readable with `head -2`:
//
//	ganlite-checkpoint v1\n
//	{"meta":{...},"nets":[{"name":"D","layers":[{"kind":"Linear","in":784,"out":256},...]}],"weights":N}\n
//	N float64 weights, little-endian: for each net (sorted by name), each
//	Linear layer in order (depth first), W row by row (in×out), then B (out)
//	SHA-256 of every byte above (32 bytes)
//
// Layer kinds are Linear, ReLU, LeakyReLU (with its slope), Tanh, Sigmoid
// and Sequential (nested, with its own layers). Gradients and the
// trainable flag are not saved: loaded networks are trainable.
type Checkpoint struct {
	Meta map[string]string
	Nets map[string]*Sequential
}

// CheckpointVersion is the format version Save writes and Load reads.
const CheckpointVersion = 1

const checkpointMagic = "ganlite-checkpoint v"

// Limits Load checks before allocating anything.
const (
	maxCheckpointBytes = 1 << 31 // 2 GiB: 268M weights
	maxLayerWidth      = 1 << 24
	maxNesting         = 32
)

// ckptNet and ckptLayer are the JSON header.
type ckptHeader struct {
	Meta    map[string]string `json:"meta,omitempty"`
	Nets    []ckptNet         `json:"nets"`
	Weights int64             `json:"weights"` // total float64 count that follows
}

type ckptNet struct {
	Name   string      `json:"name"`
	Layers []ckptLayer `json:"layers"`
}

type ckptLayer struct {
	Kind   string      `json:"kind"`
	In     int         `json:"in,omitempty"`
	Out    int         `json:"out,omitempty"`
	Slope  *float64    `json:"slope,omitempty"`
	Layers []ckptLayer `json:"layers,omitempty"`
}

// saveHook, when set by a test, runs after the temporary file is complete
// and before it is renamed over path; an error aborts the save.
var saveHook func(tmp string) error

// Save writes c to path atomically: it writes a temporary file in the same
// folder, flushes it to disk and renames it over path, so a crash or an
// error mid-save leaves any previous file at path intact.
func Save(path string, c *Checkpoint) (err error) {
	fail := func(format string, args ...any) error {
		return fmt.Errorf("ganlite: save checkpoint %s: %s", path, fmt.Sprintf(format, args...))
	}
	header, weights, err := encodeHeader(c)
	if err != nil {
		return fail("%v", err)
	}
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp-*")
	if err != nil {
		return fail("%v", err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err := writeCheckpoint(f, header, weights); err != nil {
		return fail("%v", err)
	}
	if err := f.Sync(); err != nil {
		return fail("%v", err)
	}
	if err := f.Close(); err != nil {
		return fail("%v", err)
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return fail("%v", err)
	}
	if saveHook != nil {
		if err := saveHook(f.Name()); err != nil {
			return fail("%v", err)
		}
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fail("%v", err)
	}
	if d, err := os.Open(filepath.Dir(path)); err == nil { // persist the rename (best effort)
		d.Sync()
		d.Close()
	}
	return nil
}

// encodeHeader returns the JSON header line of c and its Linear layers in
// weight order.
func encodeHeader(c *Checkpoint) ([]byte, []*Linear, error) {
	if c == nil {
		return nil, nil, errors.New("checkpoint is nil")
	}
	hdr := ckptHeader{Meta: c.Meta}
	var weights []*Linear
	for _, name := range sortedNames(c.Nets) {
		net := c.Nets[name]
		if name == "" || net == nil {
			return nil, nil, fmt.Errorf("net %q is nil or has an empty name", name)
		}
		layers, err := describe(net, &weights)
		if err != nil {
			return nil, nil, fmt.Errorf("net %s: %v", name, err)
		}
		hdr.Nets = append(hdr.Nets, ckptNet{Name: name, Layers: layers})
	}
	for _, l := range weights {
		hdr.Weights += int64(l.InDim()*l.OutDim() + l.OutDim())
	}
	js, err := json.Marshal(hdr) // compact: no newline inside
	if err != nil {
		return nil, nil, fmt.Errorf("header: %v", err)
	}
	return js, weights, nil
}

// writeCheckpoint writes the magic line, the header line, the weights and
// the SHA-256 of all of it to w.
func writeCheckpoint(w io.Writer, header []byte, weights []*Linear) error {
	sum := sha256.New()
	bw := bufio.NewWriter(io.MultiWriter(w, sum))
	fmt.Fprintf(bw, "%s%d\n%s\n", checkpointMagic, CheckpointVersion, header)
	var b [8]byte
	for _, l := range weights {
		for _, m := range []*Param{l.W, l.B} {
			r, _ := m.W.Dims()
			for i := 0; i < r; i++ {
				for _, v := range m.W.RawRowView(i) {
					binary.LittleEndian.PutUint64(b[:], math.Float64bits(v))
					bw.Write(b[:])
				}
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	_, err := w.Write(sum.Sum(nil))
	return err
}

// describe returns the header entries of net's layers and appends its
// Linear layers, in weight order, to weights.
func describe(net *Sequential, weights *[]*Linear) ([]ckptLayer, error) {
	var out []ckptLayer
	for i, l := range net.Layers {
		var d ckptLayer
		switch l := l.(type) {
		case *Linear:
			d = ckptLayer{Kind: "Linear", In: l.InDim(), Out: l.OutDim()}
			if r, c := l.B.W.Dims(); r != 1 || c != l.OutDim() {
				return nil, fmt.Errorf("layer %d: Linear W is %d×%d but B is %d×%d", i, l.InDim(), l.OutDim(), r, c)
			}
			*weights = append(*weights, l)
		case *ReLU:
			d = ckptLayer{Kind: "ReLU"}
		case *LeakyReLU:
			s := l.Slope
			d = ckptLayer{Kind: "LeakyReLU", Slope: &s}
		case *Tanh:
			d = ckptLayer{Kind: "Tanh"}
		case *Sigmoid:
			d = ckptLayer{Kind: "Sigmoid"}
		case *Sequential:
			sub, err := describe(l, weights)
			if err != nil {
				return nil, fmt.Errorf("layer %d: %v", i, err)
			}
			d = ckptLayer{Kind: "Sequential", Layers: sub}
		default:
			return nil, fmt.Errorf("layer %d: cannot save layer type %T", i, l)
		}
		out = append(out, d)
	}
	return out, nil
}

// Load reads a checkpoint written by Save and rebuilds its networks.
// It checks, before allocating the weights, the magic line, the version,
// the SHA-256 checksum and that the header's sizes match the file's
// length; every error names the file and the problem.
func Load(path string) (*Checkpoint, error) {
	fail := func(format string, args ...any) error {
		return fmt.Errorf("ganlite: load checkpoint %s: %s", path, fmt.Sprintf(format, args...))
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("ganlite: load checkpoint: %w", err)
	}
	if !st.Mode().IsRegular() {
		return nil, fail("not a regular file")
	}
	if st.Size() > maxCheckpointBytes {
		return nil, fail("file is %d bytes, more than the %d-byte limit", st.Size(), int64(maxCheckpointBytes))
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fail("%v", err)
	}
	c, err := decodeCheckpoint(data)
	if err != nil {
		return nil, fail("%v", err)
	}
	return c, nil
}

// decodeCheckpoint parses the bytes of a checkpoint file.
func decodeCheckpoint(data []byte) (*Checkpoint, error) {
	// 1. Magic and version.
	if len(data) == 0 {
		return nil, errors.New("empty file")
	}
	line, rest, ok := bytes.Cut(data, []byte("\n"))
	if !ok || !bytes.HasPrefix(line, []byte(checkpointMagic)) {
		head := data[:min(len(data), 24)]
		return nil, fmt.Errorf("not a ganlite checkpoint (starts with %q, want %q)", head, checkpointMagic+"1")
	}
	v, err := strconv.Atoi(string(line[len(checkpointMagic):]))
	if err != nil || v != CheckpointVersion {
		return nil, fmt.Errorf("unsupported format version %q (this ganlite reads version %d)", line[len(checkpointMagic):], CheckpointVersion)
	}
	// 2. Checksum over everything before the last 32 bytes.
	if len(rest) < sha256.Size {
		return nil, fmt.Errorf("truncated: %d bytes, too short for a checksum", len(data))
	}
	body, stored := data[:len(data)-sha256.Size], data[len(data)-sha256.Size:]
	if got := sha256.Sum256(body); !bytes.Equal(got[:], stored) {
		return nil, errors.New("checksum mismatch: the file is corrupted or truncated")
	}
	rest = rest[:len(rest)-sha256.Size]
	// 3. Header: one line of JSON.
	js, raw, ok := bytes.Cut(rest, []byte("\n"))
	if !ok {
		return nil, errors.New("header line is not terminated")
	}
	var hdr ckptHeader
	dec := json.NewDecoder(bytes.NewReader(js))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&hdr); err != nil {
		return nil, fmt.Errorf("bad header: %v", err)
	}
	// 4. Sizes against the file, before allocating.
	avail := int64(len(raw) / 8)
	if len(raw)%8 != 0 {
		return nil, fmt.Errorf("weight section is %d bytes, not a whole number of float64s", len(raw))
	}
	if hdr.Weights != avail {
		return nil, fmt.Errorf("header declares %d weights, file holds %d", hdr.Weights, avail)
	}
	var count int64
	seen := map[string]bool{}
	for _, n := range hdr.Nets {
		if n.Name == "" || seen[n.Name] {
			return nil, fmt.Errorf("bad header: net name %q is empty or repeated", n.Name)
		}
		seen[n.Name] = true
		if err := checkLayers(n.Layers, &count, avail, 0); err != nil {
			return nil, fmt.Errorf("bad header: net %s: %v", n.Name, err)
		}
	}
	if count != avail {
		return nil, fmt.Errorf("header layers need %d weights, file holds %d", count, avail)
	}
	// 5. Rebuild.
	c := &Checkpoint{Meta: hdr.Meta, Nets: map[string]*Sequential{}}
	if c.Meta == nil {
		c.Meta = map[string]string{}
	}
	rnd := rand.New(rand.NewPCG(0, 0)) // NewLinear draws weights; they are overwritten
	for _, n := range hdr.Nets {
		net := NewSequential(buildLayers(n.Layers, rnd, &raw)...)
		if err := net.checkChain(); err != nil {
			return nil, fmt.Errorf("bad header: net %s: %v", n.Name, err)
		}
		c.Nets[n.Name] = net
	}
	return c, nil
}

// checkLayers validates header layers and adds their weight count to
// *count, failing as soon as it exceeds avail (so nothing overflows).
func checkLayers(layers []ckptLayer, count *int64, avail int64, depth int) error {
	if depth > maxNesting {
		return fmt.Errorf("Sequential nested more than %d deep", maxNesting)
	}
	for i, l := range layers {
		bad := l.Layers != nil && l.Kind != "Sequential" || l.Slope != nil && l.Kind != "LeakyReLU" ||
			(l.In != 0 || l.Out != 0) && l.Kind != "Linear"
		if bad {
			return fmt.Errorf("layer %d (%s) has fields of another kind", i, l.Kind)
		}
		switch l.Kind {
		case "Linear":
			if l.In < 1 || l.Out < 1 || l.In > maxLayerWidth || l.Out > maxLayerWidth {
				return fmt.Errorf("layer %d: Linear %d×%d, want sizes 1..%d", i, l.In, l.Out, maxLayerWidth)
			}
			*count += int64(l.In)*int64(l.Out) + int64(l.Out)
			if *count > avail {
				return fmt.Errorf("layer %d: Linear %d×%d needs more weights than the file's %d", i, l.In, l.Out, avail)
			}
		case "LeakyReLU":
			if l.Slope == nil || math.IsNaN(*l.Slope) || math.IsInf(*l.Slope, 0) {
				return fmt.Errorf("layer %d: LeakyReLU needs a finite slope", i)
			}
		case "ReLU", "Tanh", "Sigmoid":
		case "Sequential":
			if err := checkLayers(l.Layers, count, avail, depth+1); err != nil {
				return fmt.Errorf("layer %d: %v", i, err)
			}
		default:
			return fmt.Errorf("layer %d: unknown kind %q", i, l.Kind)
		}
	}
	return nil
}

// buildLayers makes layers from a checked header, consuming weights from *raw.
func buildLayers(specs []ckptLayer, rnd *rand.Rand, raw *[]byte) []Layer {
	var out []Layer
	for _, l := range specs {
		switch l.Kind {
		case "Linear":
			lin := NewLinear(rnd, l.In, l.Out)
			for _, p := range []*Param{lin.W, lin.B} {
				w := p.W.RawMatrix().Data // fresh: contiguous
				for i := range w {
					w[i] = math.Float64frombits(binary.LittleEndian.Uint64(*raw))
					*raw = (*raw)[8:]
				}
			}
			out = append(out, lin)
		case "ReLU":
			out = append(out, NewReLU())
		case "LeakyReLU":
			out = append(out, NewLeakyReLU(*l.Slope))
		case "Tanh":
			out = append(out, NewTanh())
		case "Sigmoid":
			out = append(out, NewSigmoid())
		case "Sequential":
			out = append(out, NewSequential(buildLayers(l.Layers, rnd, raw)...))
		}
	}
	return out
}

// Into copies the weights of the checkpoint's network name into net, which
// must have the same architecture. On a mismatch it returns an error naming
// both shapes, e.g. "checkpoint net G layer 0 is Linear 100×256, network
// has Linear 64×256", and leaves net unchanged.
func (c *Checkpoint) Into(name string, net *Sequential) error {
	src, ok := c.Nets[name]
	if !ok {
		return fmt.Errorf("ganlite: checkpoint has no net %q (it has %s)", name, strings.Join(sortedNames(c.Nets), ", "))
	}
	if net == nil {
		return fmt.Errorf("ganlite: Checkpoint.Into(%q): network is nil", name)
	}
	if err := sameArch(src, net, "checkpoint net "+name); err != nil {
		return fmt.Errorf("ganlite: %v", err)
	}
	copyWeights(src, net)
	return nil
}

// sameArch returns an error describing the first difference between the
// layer lists of a (from the checkpoint) and b (the caller's network).
func sameArch(a, b *Sequential, where string) error {
	if len(a.Layers) != len(b.Layers) {
		return fmt.Errorf("%s has %d layers (%s), network has %d (%s)",
			where, len(a.Layers), layerList(a), len(b.Layers), layerList(b))
	}
	for i := range a.Layers {
		da, db := layerDesc(a.Layers[i]), layerDesc(b.Layers[i])
		if da != db {
			return fmt.Errorf("%s layer %d is %s, network has %s", where, i, da, db)
		}
		if sa, ok := a.Layers[i].(*Sequential); ok {
			if err := sameArch(sa, b.Layers[i].(*Sequential), fmt.Sprintf("%s layer %d", where, i)); err != nil {
				return err
			}
		}
	}
	return nil
}

// layerDesc describes one layer as it appears in mismatch messages.
func layerDesc(l Layer) string {
	switch l := l.(type) {
	case *Linear:
		return fmt.Sprintf("Linear %d×%d", l.InDim(), l.OutDim())
	case *LeakyReLU:
		return fmt.Sprintf("LeakyReLU(%g)", l.Slope)
	case *Sequential:
		return "Sequential"
	}
	return strings.TrimPrefix(fmt.Sprintf("%T", l), "*ganlite.")
}

func layerList(s *Sequential) string {
	var parts []string
	for _, l := range s.Layers {
		parts = append(parts, layerDesc(l))
	}
	return strings.Join(parts, ", ")
}

// copyWeights copies every Linear's W and B from a into b (same architecture).
func copyWeights(a, b *Sequential) {
	for i, l := range a.Layers {
		switch l := l.(type) {
		case *Linear:
			dst := b.Layers[i].(*Linear)
			dst.W.W.Copy(l.W.W)
			dst.B.W.Copy(l.B.W)
		case *Sequential:
			copyWeights(l, b.Layers[i].(*Sequential))
		}
	}
}

func sortedNames(nets map[string]*Sequential) []string {
	names := make([]string, 0, len(nets))
	for n := range nets {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
