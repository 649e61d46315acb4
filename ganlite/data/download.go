package data

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	_ "embed" // for SHA256SUMS
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
)

//go:embed mnist/SHA256SUMS
var sha256sums []byte

// MNISTFiles are the four standard MNIST file names, as published.
var MNISTFiles = []string{
	"train-images-idx3-ubyte.gz",
	"train-labels-idx1-ubyte.gz",
	"t10k-images-idx3-ubyte.gz",
	"t10k-labels-idx1-ubyte.gz",
}

// mnistSizes are the published files' lengths in bytes: a mirror sending
// more is cut off, one sending less is reported as truncated.
var mnistSizes = map[string]int64{
	"train-images-idx3-ubyte.gz": 9912422,
	"train-labels-idx1-ubyte.gz": 28881,
	"t10k-images-idx3-ubyte.gz":  1648877,
	"t10k-labels-idx1-ubyte.gz":  4542,
}

// DefaultMirrors are the base URLs Download tries, in order. Every file is
// checked against its SHA-256, so any mirror is as good as the original.
var DefaultMirrors = []string{
	"https://ossci-datasets.s3.amazonaws.com/mnist/",
	"https://storage.googleapis.com/cvdf-datasets/mnist/",
	"https://yann.lecun.com/exdb/mnist/", // the original home
}

// ProgressFunc is told how many bytes of file have arrived out of total
// (total is -1 when unknown).
type ProgressFunc func(file string, done, total int64)

// DownloadConfig configures Download. The zero value downloads all four
// files from DefaultMirrors into DefaultCacheDir.
type DownloadConfig struct {
	Dir         string        // cache folder; "" means DefaultCacheDir()
	Mirrors     []string      // base URLs tried in order; nil means DefaultMirrors
	Files       []string      // names to fetch; nil means MNISTFiles
	Client      *http.Client  // nil means http.DefaultClient
	Timeout     time.Duration // per file and mirror; 0 means 10 minutes
	IdleTimeout time.Duration // give up on a mirror sending nothing this long; 0 means 30 s
	Progress    ProgressFunc  // may be nil
}

// DefaultCacheDir returns the folder Download caches into:
// os.UserCacheDir()/ganlite/mnist.
func DefaultCacheDir() (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("data: no user cache folder (set DownloadConfig.Dir): %w", err)
	}
	return filepath.Join(base, "ganlite", "mnist"), nil
}

// Download makes sure cfg.Dir holds verified copies of the MNIST files and
// returns that folder, ready for LoadMNIST. A cached file whose SHA-256
// matches is used without any network access. Otherwise each mirror is
// tried in turn: the body goes to a temporary file in the same folder,
// which is renamed into place only once its size and SHA-256 match, so a
// partial, corrupt or stalled download is never accepted and never
// replaces a good copy. Errors name the file and every mirror's problem.
func Download(ctx context.Context, cfg DownloadConfig) (string, error) {
	sums, err := parseSums(sha256sums)
	if err != nil {
		return "", err
	}
	dir := cfg.Dir
	if dir == "" {
		if dir, err = DefaultCacheDir(); err != nil {
			return "", err
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("data: download: %w", err)
	}
	files := cfg.Files
	if files == nil {
		files = MNISTFiles
	}
	for _, name := range files {
		want, ok := sums[name]
		if !ok {
			return "", fmt.Errorf("data: download: no SHA-256 known for %q (known: %s)", name, strings.Join(MNISTFiles, ", "))
		}
		if err := fetchFile(ctx, cfg, dir, name, want); err != nil {
			return "", err
		}
	}
	return dir, nil
}

// MNISTTrain downloads (or finds cached) the full MNIST files with the
// default settings and returns the 60,000-digit training set.
func MNISTTrain(ctx context.Context) (*Set, error) {
	dir, err := Download(ctx, DownloadConfig{})
	if err != nil {
		return nil, err
	}
	return LoadMNIST(dir, true)
}

// parseSums reads "hex  name" lines as written by sha256sum.
func parseSums(b []byte) (map[string]string, error) {
	sums := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			continue
		}
		if len(f) != 2 || len(f[0]) != 64 {
			return nil, fmt.Errorf("data: SHA256SUMS: bad line %q", sc.Text())
		}
		sums[strings.TrimPrefix(f[1], "*")] = strings.ToLower(f[0])
	}
	return sums, sc.Err()
}

// fetchFile ensures dir/name exists with SHA-256 want.
func fetchFile(ctx context.Context, cfg DownloadConfig, dir, name, want string) error {
	final := filepath.Join(dir, name)
	if got, err := fileSHA256(final); err == nil && got == want {
		return nil // good cached copy: no network
	}
	mirrors := cfg.Mirrors
	if mirrors == nil {
		mirrors = DefaultMirrors
	}
	if len(mirrors) == 0 {
		return fmt.Errorf("data: download %s: no mirrors configured", name)
	}
	var problems []string
	for _, base := range mirrors {
		url := strings.TrimSuffix(base, "/") + "/" + name
		err := fetchFrom(ctx, cfg, url, dir, name, want)
		if err == nil {
			return nil
		}
		problems = append(problems, fmt.Sprintf("%s: %v", url, err))
		if ctx.Err() != nil {
			break // cancelled by the caller: do not try the others
		}
	}
	return fmt.Errorf("data: download %s failed from every mirror:\n  %s", name, strings.Join(problems, "\n  "))
}

var errStalled = errors.New("stalled")

// fetchFrom downloads url into a temporary file and renames it to
// dir/name only after the size and SHA-256 have been verified.
func fetchFrom(parent context.Context, cfg DownloadConfig, url, dir, name, want string) (err error) {
	timeout, idle := cfg.Timeout, cfg.IdleTimeout
	if timeout <= 0 {
		timeout = 10 * time.Minute
	}
	if idle <= 0 {
		idle = 30 * time.Second
	}
	ctx, cancel := context.WithTimeoutCause(parent, timeout, fmt.Errorf("timed out after %v", timeout))
	defer cancel()
	// Stall detection: cancel the request when no byte arrives for idle.
	ctx, cancelCause := context.WithCancelCause(ctx)
	defer cancelCause(nil)
	watchdog := time.AfterFunc(idle, func() { cancelCause(fmt.Errorf("%w: no data for %v", errStalled, idle)) })
	defer watchdog.Stop()
	// explain turns a failure caused by the watchdog or a deadline into a clear message.
	explain := func(err error) error {
		if cause := context.Cause(ctx); cause != nil && ctx.Err() != nil {
			return cause
		}
		return err
	}

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	client := cfg.Client
	if client == nil {
		client = http.DefaultClient
	}
	resp, err := client.Do(req)
	if err != nil {
		return explain(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %s", resp.Status)
	}
	size, known := mnistSizes[name]
	if !known {
		size = MaxIDXBytes
	}
	total := resp.ContentLength
	if known && total >= 0 && total != size {
		return fmt.Errorf("server announces %d bytes, the published file has %d", total, size)
	}

	tmp, err := os.CreateTemp(dir, name+".part-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	h := sha256.New()
	w := io.MultiWriter(tmp, h)
	buf := make([]byte, 32<<10)
	var done int64
	for {
		k, rerr := resp.Body.Read(buf)
		if k > 0 {
			watchdog.Reset(idle)
			if done+int64(k) > size {
				return fmt.Errorf("too long: more than the published %d bytes", size)
			}
			if _, werr := w.Write(buf[:k]); werr != nil {
				return werr
			}
			done += int64(k)
			if cfg.Progress != nil {
				cfg.Progress(name, done, total)
			}
		}
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			return fmt.Errorf("after %d of %d bytes: %w", done, size, explain(rerr))
		}
	}
	if known && done != size {
		return fmt.Errorf("truncated: got %d of %d bytes", done, size)
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != want {
		return fmt.Errorf("SHA-256 mismatch: got %s, want %s (corrupt download, discarded)", got, want)
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), filepath.Join(dir, name))
}

// fileSHA256 returns the hex SHA-256 of the file at path.
func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
