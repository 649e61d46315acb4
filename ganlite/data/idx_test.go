package data

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// idxBytes builds a raw IDX file: magic, the sizes, then payload.
func idxBytes(magic uint32, sizes []uint32, payload []byte) []byte {
	var b bytes.Buffer
	binary.Write(&b, binary.BigEndian, magic)
	for _, s := range sizes {
		binary.Write(&b, binary.BigEndian, s)
	}
	b.Write(payload)
	return b.Bytes()
}

func gzipBytes(b []byte) []byte {
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	zw.Write(b)
	zw.Close()
	return out.Bytes()
}

// tinyImages is a valid IDX image file of 2 images of 2×3 pixels.
func tinyImages() []byte {
	return idxBytes(MagicImages, []uint32{2, 2, 3}, []byte{0, 1, 2, 3, 4, 5, 250, 251, 252, 253, 254, 255})
}

func tinyLabels() []byte { return idxBytes(MagicLabels, []uint32{2}, []byte{7, 3}) }

func TestReadImagesValid(t *testing.T) {
	for _, tc := range []struct {
		name string
		b    []byte
	}{{"raw", tinyImages()}, {"gzip", gzipBytes(tinyImages())}} {
		im, err := ReadImages(bytes.NewReader(tc.b), tc.name)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if im.N != 2 || im.Rows != 2 || im.Cols != 3 || len(im.Pixels) != 12 || im.Pixels[11] != 255 || im.Pixels[6] != 250 {
			t.Errorf("%s: got %+v", tc.name, im)
		}
	}
	lb, err := ReadLabels(bytes.NewReader(gzipBytes(tinyLabels())), "labels")
	if err != nil || !bytes.Equal(lb, []byte{7, 3}) {
		t.Errorf("labels: %v %v", lb, err)
	}
}

func TestReadIDXBadInput(t *testing.T) {
	good := tinyImages()
	gz := gzipBytes(good)
	corruptCRC := append([]byte(nil), gz...)
	corruptCRC[len(corruptCRC)-8] ^= 0xff // the CRC-32 in the gzip trailer
	many := make([]byte, 3000*6)
	for i := range many {
		many[i] = byte(i * i % 251)
	}
	corruptBody := gzipBytes(idxBytes(MagicImages, []uint32{3000, 2, 3}, many))
	corruptBody[len(corruptBody)/2] ^= 0x55
	cases := []struct {
		name, want string
		b          []byte
	}{
		{"empty", "empty file", nil},
		{"one byte", "truncated header", []byte{0}},
		{"short header", "truncated header", good[:10]},
		{"short payload", "truncated: header declares 12 payload bytes, file holds 5", good[:16+5]},
		{"wrong magic", "wrong magic number 0x00000801", tinyLabels()},
		{"trailing", "trailing bytes", append(append([]byte(nil), good...), 9)},
		{"zero rows", "implausible image size 0×3", idxBytes(MagicImages, []uint32{2, 0, 3}, nil)},
		{"huge dims", "implausible image size", idxBytes(MagicImages, []uint32{1, 1 << 20, 1 << 20}, nil)},
		{"huge count", "more than the", idxBytes(MagicImages, []uint32{0xffffffff, 28, 28}, nil)},
		{"big count, tiny file", "truncated: header declares 235200000 payload bytes, file holds 3", idxBytes(MagicImages, []uint32{300000, 28, 28}, []byte{1, 2, 3})},
		{"gzip header only", "corrupt gzip header", gz[:5]},
		{"gzip truncated", "at end of data: unexpected end of file", gz[:len(gz)-6]},
		{"gzip crc", "at end of data: corrupt gzip data (checksum mismatch)", corruptCRC},
		{"gzip body", "corrupt gzip data", corruptBody},
	}
	for _, tc := range cases {
		_, err := ReadImages(bytes.NewReader(tc.b), "bad-"+tc.name+".idx")
		if err == nil {
			t.Errorf("%s: no error", tc.name)
			continue
		}
		if !strings.Contains(err.Error(), "bad-"+tc.name+".idx") || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %q should name the file and contain %q", tc.name, err, tc.want)
		}
	}
	if _, err := ReadLabels(bytes.NewReader(good), "img-as-labels"); err == nil || !strings.Contains(err.Error(), "wrong magic number 0x00000803, want 0x00000801") {
		t.Errorf("images read as labels: %v", err)
	}
	if _, err := ReadLabels(bytes.NewReader(idxBytes(MagicLabels, []uint32{0xffffffff}, nil)), "l"); err == nil || !strings.Contains(err.Error(), "more than") {
		t.Errorf("huge label count: %v", err)
	}
}

// A header declaring 235 MB over a 3-byte payload must not allocate it.
func TestReadImagesLyingHeaderAllocatesLittle(t *testing.T) {
	b := gzipBytes(idxBytes(MagicImages, []uint32{300000, 28, 28}, []byte{1, 2, 3}))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 10; i++ {
		if _, err := ReadImages(bytes.NewReader(b), "liar"); err == nil {
			t.Fatal("no error")
		}
	}
	runtime.ReadMemStats(&after)
	if perCall := (after.TotalAlloc - before.TotalAlloc) / 10; perCall > 1<<20 {
		t.Errorf("allocated %d bytes per call for a 3-byte payload", perCall)
	}
}

func TestReadFiles(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "x-images")
	os.WriteFile(p, gzipBytes(tinyImages()), 0o644)
	if im, err := ReadImagesFile(p); err != nil || im.N != 2 {
		t.Errorf("ReadImagesFile: %v", err)
	}
	if _, err := ReadLabelsFile(p); err == nil || !strings.Contains(err.Error(), p) {
		t.Errorf("ReadLabelsFile on images: %v", err)
	}
	if _, err := ReadImagesFile(filepath.Join(dir, "missing")); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("missing file: %v", err)
	}
}

// checkImages asserts the invariants of a successful ReadImages.
func checkImages(t *testing.T, im *Images) {
	if im.N < 0 || im.Rows < 1 || im.Cols < 1 || len(im.Pixels) != im.N*im.Rows*im.Cols {
		t.Fatalf("inconsistent result: N=%d %d×%d with %d pixels", im.N, im.Rows, im.Cols, len(im.Pixels))
	}
}

// FuzzReadImages: any input gives images or an error, never a panic, hang or huge allocation.
func FuzzReadImages(f *testing.F) {
	f.Add(tinyImages())
	f.Add(gzipBytes(tinyImages()))
	f.Fuzz(func(t *testing.T, b []byte) {
		im, err := ReadImages(bytes.NewReader(b), "fuzz")
		if err != nil {
			if !strings.Contains(err.Error(), "fuzz") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		checkImages(t, im)
	})
}

// FuzzReadLabels: as FuzzReadImages, for label files.
func FuzzReadLabels(f *testing.F) {
	f.Add(tinyLabels())
	f.Add(gzipBytes(tinyLabels()))
	f.Fuzz(func(t *testing.T, b []byte) {
		lb, err := ReadLabels(bytes.NewReader(b), "fuzz")
		if err != nil {
			if !strings.Contains(err.Error(), "fuzz") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if len(lb) != int(binary.BigEndian.Uint32(rawHeader(t, b)[4:8])) {
			t.Fatalf("%d labels, header says otherwise", len(lb))
		}
	})
}

// rawHeader returns the first 8 decompressed bytes of b.
func rawHeader(t *testing.T, b []byte) []byte {
	if len(b) > 1 && b[0] == 0x1f && b[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		h := make([]byte, 8)
		if _, err := io.ReadFull(zr, h); err != nil {
			t.Fatal(err)
		}
		return h
	}
	return b[:8]
}
