package data

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
)

// IDX is the file format of MNIST (LeCun et al., http://yann.lecun.com/exdb/mnist/):
// a big-endian header — a magic number, the item count and, for images, the
// row and column counts — followed by one unsigned byte per pixel or label.
const (
	// MagicImages is the IDX magic number of an image file (unsigned bytes, 3 dimensions).
	MagicImages = 0x00000803
	// MagicLabels is the IDX magic number of a label file (unsigned bytes, 1 dimension).
	MagicLabels = 0x00000801
)

// MaxIDXBytes caps the payload an IDX header may declare (256 MiB; the
// full MNIST training images are 47 MB). A larger declaration is rejected
// before anything is allocated.
const MaxIDXBytes = 1 << 28

// maxIDXDim caps rows and columns of an image (MNIST is 28×28).
const maxIDXDim = 1 << 12

// Images is the content of an IDX image file: N images of Rows×Cols
// pixels, stored row by row, one byte (0 = background, 255 = ink) per pixel.
type Images struct {
	N, Rows, Cols int
	Pixels        []byte // len N*Rows*Cols; image i starts at i*Rows*Cols
}

// ReadImages reads an IDX image file (magic 0x00000803) from r, which may be
// gzip-compressed or raw. name is used in error messages. Truncated or
// oversized files, a wrong magic number, implausible dimensions and corrupt
// gzip data are returned as errors naming the file; the declared size is
// checked before allocation and memory grows only with the bytes actually read.
func ReadImages(r io.Reader, name string) (*Images, error) {
	src, closeFn, err := openIDX(r, name)
	if err != nil {
		return nil, err
	}
	defer closeFn()
	hdr, err := readHeader(src, name, MagicImages, 3)
	if err != nil {
		return nil, err
	}
	n, rows, cols := hdr[0], hdr[1], hdr[2]
	if rows < 1 || cols < 1 || rows > maxIDXDim || cols > maxIDXDim {
		return nil, fmt.Errorf("data: %s: implausible image size %d×%d (want 1..%d on each side)", name, rows, cols, maxIDXDim)
	}
	size := uint64(n) * uint64(rows) * uint64(cols) // at most 2^32·2^24: no overflow
	if size > MaxIDXBytes {
		return nil, fmt.Errorf("data: %s: header declares %d images of %d×%d (%d bytes), more than the %d-byte limit",
			name, n, rows, cols, size, MaxIDXBytes)
	}
	pix, err := readPayload(src, name, int(size))
	if err != nil {
		return nil, err
	}
	return &Images{N: int(n), Rows: int(rows), Cols: int(cols), Pixels: pix}, nil
}

// ReadLabels reads an IDX label file (magic 0x00000801) from r, gzip or raw,
// with the same checks as ReadImages. It returns one byte per label.
func ReadLabels(r io.Reader, name string) ([]byte, error) {
	src, closeFn, err := openIDX(r, name)
	if err != nil {
		return nil, err
	}
	defer closeFn()
	hdr, err := readHeader(src, name, MagicLabels, 1)
	if err != nil {
		return nil, err
	}
	if uint64(hdr[0]) > MaxIDXBytes {
		return nil, fmt.Errorf("data: %s: header declares %d labels, more than the %d limit", name, hdr[0], MaxIDXBytes)
	}
	return readPayload(src, name, int(hdr[0]))
}

// ReadImagesFile opens path and calls ReadImages with it.
func ReadImagesFile(path string) (*Images, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("data: %w", err)
	}
	defer f.Close()
	return ReadImages(f, path)
}

// ReadLabelsFile opens path and calls ReadLabels with it.
func ReadLabelsFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("data: %w", err)
	}
	defer f.Close()
	return ReadLabels(f, path)
}

// openIDX returns a reader of the IDX bytes: through gzip when the stream
// starts with the gzip magic 1f 8b (a raw IDX file starts with 00 00).
func openIDX(r io.Reader, name string) (io.Reader, func(), error) {
	br := bufio.NewReader(r)
	head, err := br.Peek(2)
	if err != nil {
		if len(head) == 0 {
			return nil, nil, fmt.Errorf("data: %s: empty file", name)
		}
		return nil, nil, fmt.Errorf("data: %s: truncated header (%d bytes)", name, len(head))
	}
	if head[0] != 0x1f || head[1] != 0x8b {
		return br, func() {}, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, nil, fmt.Errorf("data: %s: corrupt gzip header: %v", name, err)
	}
	return zr, func() { zr.Close() }, nil
}

// readHeader reads and checks the magic number, then dims big-endian uint32 sizes.
func readHeader(r io.Reader, name string, magic uint32, dims int) ([]uint32, error) {
	buf := make([]byte, 4*(1+dims))
	if k, err := io.ReadFull(r, buf[:4]); err != nil {
		return nil, fmt.Errorf("data: %s: truncated header (%d of %d bytes): %v", name, k, len(buf), readErr(err))
	}
	if got := binary.BigEndian.Uint32(buf); got != magic {
		return nil, fmt.Errorf("data: %s: wrong magic number 0x%08x, want 0x%08x (%s)", name, got, magic, magicKind(magic))
	}
	if k, err := io.ReadFull(r, buf[4:]); err != nil {
		return nil, fmt.Errorf("data: %s: truncated header (%d of %d bytes): %v", name, 4+k, len(buf), readErr(err))
	}
	hdr := make([]uint32, dims)
	for i := range hdr {
		hdr[i] = binary.BigEndian.Uint32(buf[4*(i+1):])
	}
	return hdr, nil
}

func magicKind(m uint32) string {
	if m == MagicImages {
		return "an IDX image file"
	}
	return "an IDX label file"
}

// readPayload reads exactly size bytes and then insists on the end of the
// stream. The buffer starts small and doubles only as real bytes arrive,
// so a lying header cannot force a giant allocation.
func readPayload(r io.Reader, name string, size int) ([]byte, error) {
	buf := make([]byte, 0, clampInt(size, 0, 1<<16))
	for len(buf) < size {
		if len(buf) == cap(buf) {
			bigger := make([]byte, len(buf), clampInt(2*cap(buf), 1, size))
			copy(bigger, buf)
			buf = bigger
		}
		k, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+k]
		if err == io.EOF {
			break
		}
		if err != nil && len(buf) < size {
			return nil, fmt.Errorf("data: %s: after %d of %d payload bytes: %v", name, len(buf), size, readErr(err))
		}
		if err != nil {
			return nil, fmt.Errorf("data: %s: at end of data: %v", name, readErr(err))
		}
	}
	if len(buf) < size {
		return nil, fmt.Errorf("data: %s: truncated: header declares %d payload bytes, file holds %d", name, size, len(buf))
	}
	// The stream must end here; reading to EOF also makes gzip verify its CRC.
	var one [1]byte
	for {
		k, err := r.Read(one[:])
		if k > 0 {
			return nil, fmt.Errorf("data: %s: trailing bytes after the %d declared payload bytes (wrong dimensions?)", name, size)
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, fmt.Errorf("data: %s: at end of data: %v", name, readErr(err))
		}
	}
}

// readErr rewords the io errors a short or corrupt stream produces.
func readErr(err error) string {
	switch err {
	case io.EOF, io.ErrUnexpectedEOF:
		return "unexpected end of file"
	case gzip.ErrChecksum:
		return "corrupt gzip data (checksum mismatch)"
	}
	var ce flate.CorruptInputError
	if errors.As(err, &ce) {
		return "corrupt gzip data (" + err.Error() + ")"
	}
	return err.Error()
}

func clampInt(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}
