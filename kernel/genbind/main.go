//go:build ignore

// Command genbind writes gomacro bindings ("import _b" files) for the given
// package paths into gophernotes' imports/ folder, so that a rebuilt kernel
// has those packages linked in and imports them instantly, offline.
//
// It is not part of the ganlite module (see the build tag): kernel/build.sh
// copies it into the gophernotes build module, next to the pinned gomacro,
// and runs it there with GOPATH pointing at the build folder and GOPROXY=off.
//
// Usage: GENBIND_GOROOT=dir genbind path...
package main

import (
	"fmt"
	"os"

	"github.com/cosmos72/gomacro/base"
	"github.com/cosmos72/gomacro/base/paths"
	"github.com/cosmos72/gomacro/fast"

	// Its init() tells gomacro to write "import _b" files into
	// $GOPATH/src/github.com/gopherdata/gophernotes/imports.
	_ "github.com/gopherdata/gophernotes/imports"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: genbind path...")
		os.Exit(2)
	}
	// gomacro runs "$GOROOT/bin/go get <paths>" before loading them, which
	// would ask the module proxy for upgrades. build.sh pins every module in
	// go.mod itself and points GENBIND_GOROOT at a folder whose bin/go
	// turns "go get" into a no-op (and runs the real go for anything else).
	if g := os.Getenv("GENBIND_GOROOT"); g != "" {
		paths.GoRootDir = g
	}
	ir := fast.New()
	ir.Comp.Stdout = os.Stderr
	ir.Comp.Stderr = os.Stderr
	ir.Comp.Options &^= base.OptShowPrompt
	paths := make(map[string]fast.PackageName, len(os.Args)-1)
	for _, p := range os.Args[1:] {
		paths[p] = "_b" // builtin mode: write a bindings file, to be compiled in
	}
	if _, err := ir.ImportPackagesOrError(paths); err != nil {
		fmt.Fprintln(os.Stderr, "genbind:", err)
		os.Exit(1)
	}
}
