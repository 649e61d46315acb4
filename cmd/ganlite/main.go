package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
)

const usage = `usage: ganlite <command> [flags]

commands:
  train    train a GAN and write samples.png, losses.png and model.ckpt
  sample   draw samples from a checkpoint into a PNG
  eval     print quality metrics of a checkpoint
  help     show this text

"ganlite <command> -h" lists the command's flags.
Examples:
  ganlite train                      # embedded MNIST, canonical MLP GAN
  ganlite train --data ring --out ring
  ganlite eval --ckpt ring/model.ckpt
  ganlite sample --ckpt out/model.ckpt --n 64 --out grid.png
`

func main() {
	// The MNIST set is 63 MB of float64 that stays live all run; with Go's
	// default GOGC=100 the heap may grow to twice the live data before a
	// collection. 50 keeps "ganlite train --data mnist" well under 300 MB.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(50)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// usageError is a bad command line: it is printed with the usage text and
// the process exits with status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func badUsage(format string, a ...any) error {
	return &usageError{fmt.Sprintf(format, a...)}
}

// run is the whole program with its arguments (without the program name)
// and output streams, so tests can call it in-process. It returns the exit
// status: 0 success, 1 a failure at run time (bad file, diverged training),
// 2 a bad command line.
func run(args []string, stdout, stderr io.Writer) (status int) {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var cmd func(args []string, stdout, stderr io.Writer) error
	switch args[0] {
	case "train":
		cmd = trainCmd
	case "sample":
		cmd = sampleCmd
	case "eval":
		cmd = evalCmd
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "ganlite: unknown command %q\n%s", args[0], usage)
		return 2
	}
	// A panic here is a bug in ganlite, not the user's fault; still, print
	// one line instead of a stack trace unless GANLITE_TRACE is set.
	if os.Getenv("GANLITE_TRACE") == "" {
		defer func() {
			if r := recover(); r != nil {
				fmt.Fprintf(stderr, "ganlite %s: internal error: %v\n", args[0], r)
				status = 1
			}
		}()
	}
	err := cmd(args[1:], stdout, stderr)
	var ue *usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "ganlite %s: %s\nRun \"ganlite %s -h\" for the flags.\n", args[0], ue.msg, args[0])
		return 2
	case errors.Is(err, errFlagParse):
		return 2 // the flag package already printed the error and the flags
	default:
		// Library errors start with their package name ("ganlite: ",
		// "data: "); the command name already says where we are.
		msg := strings.TrimPrefix(oneLine(err.Error()), "ganlite: ")
		fmt.Fprintf(stderr, "ganlite %s: %s\n", args[0], msg)
		return 1
	}
}

// errFlagParse marks an error the flag package has already reported.
var errFlagParse = errors.New("bad flags")

// parseFlags parses args with fs (which prints its own errors and usage to
// stderr) and rejects positional arguments.
func parseFlags(fs *flag.FlagSet, args []string, stderr io.Writer) error {
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errFlagParse
	}
	if fs.NArg() > 0 {
		return badUsage("unexpected argument %q (flags are written --name value)", fs.Arg(0))
	}
	return nil
}

// oneLine keeps an error message on a single line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
