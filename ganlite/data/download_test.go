package data

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// mirror is a local test server. Under /good/ it serves the real files;
// /corrupt/ flips one byte; /truncated/ sends half and ends; /long/ sends
// an extra byte; /stalled/ sends a little, then nothing; /trickle/ sends
// slowly but steadily; /missing/ is 404.
type mirror struct {
	*httptest.Server
	hits atomic.Int64
}

func newMirror(t *testing.T) *mirror {
	m := &mirror{}
	m.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		m.hits.Add(1)
		parts := strings.Split(strings.TrimPrefix(r.URL.Path, "/"), "/")
		if len(parts) != 2 {
			http.NotFound(w, r)
			return
		}
		body, err := os.ReadFile(filepath.Join("mnist", parts[1]))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		switch parts[0] {
		case "good":
		case "corrupt":
			body[len(body)/2] ^= 1
		case "truncated":
			body = body[:len(body)/2]
		case "long":
			body = append(body, 0)
		case "stalled":
			w.Write(body[:100])
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
			case <-time.After(10 * time.Second):
			}
			return
		case "trickle": // one byte every 20 ms: never idle, but slow
			for _, c := range body {
				w.Write([]byte{c})
				w.(http.Flusher).Flush()
				select {
				case <-r.Context().Done():
					return
				case <-time.After(20 * time.Millisecond):
				}
			}
			return
		default:
			http.NotFound(w, r)
			return
		}
		w.Write(body)
	}))
	t.Cleanup(m.Close)
	return m
}

func (m *mirror) base(kind string) string { return m.URL + "/" + kind + "/" }

const smallFile = "t10k-labels-idx1-ubyte.gz"

func cfgFor(dir string, mirrors ...string) DownloadConfig {
	return DownloadConfig{Dir: dir, Mirrors: mirrors, Files: []string{smallFile, "train-labels-idx1-ubyte.gz"},
		IdleTimeout: 300 * time.Millisecond, Timeout: 5 * time.Second}
}

func sameAsShipped(t *testing.T, dir, name string) bool {
	t.Helper()
	got, err1 := os.ReadFile(filepath.Join(dir, name))
	want, err2 := os.ReadFile(filepath.Join("mnist", name))
	return err1 == nil && err2 == nil && string(got) == string(want)
}

// noTempFiles asserts no partial download is left behind.
func noTempFiles(t *testing.T, dir string) {
	t.Helper()
	parts, _ := filepath.Glob(filepath.Join(dir, "*.part-*"))
	if len(parts) != 0 {
		t.Errorf("left temporary files %v", parts)
	}
}

func TestDownloadGoodThenCached(t *testing.T) {
	m := newMirror(t)
	dir := filepath.Join(t.TempDir(), "cache")
	var progress int
	cfg := cfgFor(dir, m.base("good"))
	cfg.Progress = func(file string, done, total int64) { progress++ }
	got, err := Download(context.Background(), cfg)
	if err != nil || got != dir {
		t.Fatalf("Download: %q %v", got, err)
	}
	if !sameAsShipped(t, dir, smallFile) || progress == 0 {
		t.Errorf("file differs or no progress (%d calls)", progress)
	}
	noTempFiles(t, dir)
	// Second run: the cached copies are verified and reused, no request is made.
	hits := m.hits.Load()
	if _, err := Download(context.Background(), cfgFor(dir, m.base("corrupt"))); err != nil {
		t.Fatal(err)
	}
	if m.hits.Load() != hits {
		t.Error("a good cached copy was fetched again")
	}
	if !sameAsShipped(t, dir, smallFile) {
		t.Error("good cached copy was replaced")
	}
}

func TestDownloadBadMirrors(t *testing.T) {
	m := newMirror(t)
	for _, tc := range []struct{ kind, want string }{
		{"corrupt", "SHA-256 mismatch"},
		{"truncated", "truncated: got 2271 of 4542 bytes"},
		{"long", "more than the published 4542 bytes"},
		{"stalled", "stalled: no data for 300ms"},
		{"missing", "HTTP 404"},
		{"trickle", "timed out after 400ms"},
	} {
		dir := t.TempDir()
		start := time.Now()
		cfg := cfgFor(dir, m.base(tc.kind))
		if tc.kind == "trickle" {
			cfg.Timeout = 400 * time.Millisecond
		}
		_, err := Download(context.Background(), cfg)
		if err == nil {
			t.Errorf("%s: accepted", tc.kind)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, smallFile) || !strings.Contains(msg, m.base(tc.kind)) || !strings.Contains(msg, tc.want) {
			t.Errorf("%s: error %q should name the file, the mirror and %q", tc.kind, msg, tc.want)
		}
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%s: took %v", tc.kind, d)
		}
		if _, err := os.Stat(filepath.Join(dir, smallFile)); err == nil {
			t.Errorf("%s: a bad download was accepted", tc.kind)
		}
		noTempFiles(t, dir)
	}
}

func TestDownloadFallsBackToNextMirror(t *testing.T) {
	m := newMirror(t)
	dir := t.TempDir()
	_, err := Download(context.Background(), cfgFor(dir, m.base("stalled"), m.base("corrupt"), m.base("truncated"), m.base("good")))
	if err != nil {
		t.Fatal(err)
	}
	if !sameAsShipped(t, dir, smallFile) || !sameAsShipped(t, dir, "train-labels-idx1-ubyte.gz") {
		t.Error("wrong content")
	}
	noTempFiles(t, dir)
}

func TestDownloadReplacesOnlyBadCache(t *testing.T) {
	m := newMirror(t)
	dir := t.TempDir()
	bad := filepath.Join(dir, smallFile)
	os.WriteFile(bad, []byte("half a file"), 0o644)
	// A corrupt mirror must not replace even a bad copy with another bad one...
	if _, err := Download(context.Background(), cfgFor(dir, m.base("corrupt"))); err == nil {
		t.Fatal("corrupt mirror accepted")
	}
	if b, _ := os.ReadFile(bad); string(b) != "half a file" {
		t.Error("bad cache overwritten by a bad download")
	}
	// ...but a verified download does replace it.
	if _, err := Download(context.Background(), cfgFor(dir, m.base("good"))); err != nil {
		t.Fatal(err)
	}
	if !sameAsShipped(t, dir, smallFile) {
		t.Error("bad cached copy not replaced")
	}
}

func TestDownloadCancelled(t *testing.T) {
	m := newMirror(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Download(ctx, cfgFor(t.TempDir(), m.base("good"), m.base("good")))
	if err == nil || !strings.Contains(err.Error(), "context canceled") {
		t.Errorf("cancelled: %v", err)
	}
	if strings.Count(err.Error(), m.URL) != 1 {
		t.Errorf("kept trying mirrors after cancellation: %v", err)
	}
	if _, err := Download(context.Background(), DownloadConfig{Dir: t.TempDir(), Files: []string{"nope.gz"}}); err == nil || !strings.Contains(err.Error(), "nope.gz") {
		t.Errorf("unknown file: %v", err)
	}
}

func TestParseSums(t *testing.T) {
	sums, err := parseSums(sha256sums)
	if err != nil || len(sums) != 4 {
		t.Fatalf("%v %v", sums, err)
	}
	for _, name := range MNISTFiles {
		got, err := fileSHA256(filepath.Join("mnist", name))
		if err != nil || got != sums[name] {
			t.Errorf("%s: shipped file sha %s, SHA256SUMS says %s", name, got, sums[name])
		}
	}
	if _, err := parseSums([]byte("abc  x\n")); err == nil {
		t.Error("bad line accepted")
	}
}
