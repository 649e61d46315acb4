//go:build ignore

// mkckpt keeps only the generator of a checkpoint written by
// `ganlite train`, so the course ships G's weights and not D's:
//
//	go run lessons/lesson05/mkckpt.go IN.ckpt OUT.ckpt "the exact train command"
//
// The metadata of IN is kept, plus "command" (the third argument) and
// "nets": "G only (D dropped by lessons/lesson05/mkckpt.go)".
package main

import (
	"fmt"
	"os"

	"github.com/ganlite/ganlite/ganlite"
)

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: go run lessons/lesson05/mkckpt.go IN.ckpt OUT.ckpt COMMAND")
		os.Exit(2)
	}
	c, err := ganlite.Load(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	g, ok := c.Nets["G"]
	if !ok {
		fmt.Fprintf(os.Stderr, "%s: no network named G\n", os.Args[1])
		os.Exit(1)
	}
	c.Meta["command"] = os.Args[3]
	c.Meta["nets"] = "G only (D dropped by lessons/lesson05/mkckpt.go)"
	if err := ganlite.Save(os.Args[2], &ganlite.Checkpoint{Meta: c.Meta, Nets: map[string]*ganlite.Sequential{"G": g}}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
