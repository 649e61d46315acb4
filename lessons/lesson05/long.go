package lesson05

import (
	_ "embed"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ganlite/ganlite/ganlite"
)

// longCkpt is the generator trained for longer, shipped with the course.
//
//go:embed testdata/g-long.ckpt
var longCkpt []byte

// LongCommands are the exact commands, run from the repository root, that
// made testdata/g-long.ckpt: the CLI's training run, then keeping only G
// (D's weights are not needed to draw samples).
var LongCommands = []string{
	"go run -tags openblas ./cmd/ganlite train --data mnist --steps 10000 --seed 1 --out /tmp/l5/long",
	`go run lessons/lesson05/mkckpt.go /tmp/l5/long/model.ckpt lessons/lesson05/testdata/g-long.ckpt ` +
		`"go run -tags openblas ./cmd/ganlite train --data mnist --steps 10000 --seed 1 --out /tmp/l5/long"`,
}

// LongG loads the shipped generator (embedded in this package, so it needs
// no file next to the notebook) and returns it with the checkpoint's
// metadata: the training settings, written by `ganlite train`, and the
// command that made it.
func LongG() (*ganlite.Sequential, map[string]string, error) {
	dir, err := os.MkdirTemp("", "lesson05-")
	if err != nil {
		return nil, nil, fmt.Errorf("lesson05: LongG: %w", err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "g-long.ckpt")
	if err := os.WriteFile(path, longCkpt, 0o600); err != nil {
		return nil, nil, fmt.Errorf("lesson05: LongG: %w", err)
	}
	c, err := ganlite.Load(path)
	if err != nil {
		return nil, nil, fmt.Errorf("lesson05: LongG: embedded testdata/g-long.ckpt: %w", err)
	}
	g, ok := c.Nets["G"]
	if !ok {
		return nil, nil, fmt.Errorf("lesson05: LongG: embedded testdata/g-long.ckpt has no network G")
	}
	return g, c.Meta, nil
}
