package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/ganlite/data"
	"github.com/ganlite/ganlite/ganlite/plots"
)

// trainCmd implements "ganlite train".
func trainCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	dataName := fs.String("data", "mnist", "data set: "+strings.Join(dataNames(), "|"))
	steps := fs.Int("steps", 0, "training steps, each k D updates and one G update (default: per data set, see below)")
	seed := fs.Uint64("seed", 1, "random seed: the same seed gives bit-identical results")
	batch := fs.Int("batch", 0, "real samples per D step (default: 64 for mnist, 256 for toys)")
	lr := fs.Float64("lr", 0, "Adam learning rate of G and D (default: 2e-4; 1e-4 for gauss1d)")
	beta1 := fs.Float64("beta1", 0.5, "Adam β1")
	k := fs.Int("k", 1, "D steps per G step")
	loss := fs.String("loss", "ns", "generator loss: ns (non-saturating, -log D(G(z))) or sat (minimax, log(1-D(G(z))))")
	out := fs.String("out", "out", "output folder for samples.png, losses.png and model.ckpt")
	mnistDir := fs.String("mnist-dir", "", "folder with the MNIST IDX files; trains on the 60,000-image training set instead of the embedded 10,000")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: ganlite train [flags]\n\nTrains a GAN and writes samples.png, losses.png and model.ckpt into --out.\n"+
			"Defaults per data set (steps, batch, lr):\n")
		for _, n := range dataNames() {
			r := recipes[n]
			fmt.Fprintf(fs.Output(), "  %-8s %5d steps, batch %3d, lr %g, G %s, D %s\n", n, r.steps, r.batch, r.lr, sizes(r.gSizes), sizes(r.dSizes))
		}
		fmt.Fprintln(fs.Output(), "\nflags:")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args, stderr); err != nil {
		return err
	}
	r, ok := recipes[*dataName]
	if !ok {
		return badUsage("--data %q: want one of %s", *dataName, strings.Join(dataNames(), ", "))
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if set["steps"] {
		if *steps <= 0 {
			return badUsage("--steps %d: want > 0", *steps)
		}
		r.steps = *steps
	}
	if set["batch"] {
		if *batch <= 0 || *batch > 65536 {
			return badUsage("--batch %d: want 1..65536", *batch)
		}
		r.batch = *batch
	}
	if set["lr"] {
		if !(*lr > 0) || math.IsInf(*lr, 0) {
			return badUsage("--lr %g: want a finite number > 0", *lr)
		}
		r.lr = *lr
	}
	if !(*beta1 >= 0 && *beta1 < 1) {
		return badUsage("--beta1 %g: want 0 ≤ β1 < 1", *beta1)
	}
	r.beta1 = *beta1
	if *k < 1 {
		return badUsage("--k %d: want ≥ 1", *k)
	}
	var lossKind ganlite.GLossKind
	switch *loss {
	case "ns":
		lossKind = ganlite.NonSaturating
	case "sat":
		lossKind = ganlite.Saturating
	default:
		return badUsage("--loss %q: want ns or sat", *loss)
	}
	if *mnistDir != "" && *dataName != "mnist" {
		return badUsage("--mnist-dir needs --data mnist")
	}

	start := time.Now()
	var sampler ganlite.Sampler
	source := ""
	if *dataName == "mnist" {
		var s *data.Set
		var err error
		if *mnistDir != "" {
			s, err = data.LoadMNIST(*mnistDir, true)
			source = *mnistDir
		} else {
			s, err = data.MNIST()
			source = "embedded"
		}
		if err != nil {
			return err
		}
		sampler = s.Sampler()
		source = fmt.Sprintf("%s (%d images)", source, s.Len())
	} else {
		sampler = toySampler(*dataName)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return fmt.Errorf("cannot create output folder: %v", err)
	}

	rnd := rand.New(rand.NewPCG(*seed, 0x67616e6c697465)) // "ganlite"
	g, d := buildNets(r, rnd)
	gan := ganlite.NewGAN(g, d, ganlite.NewAdam(r.lr, r.beta1, 0.999), ganlite.NewAdam(r.lr, r.beta1, 0.999), rnd)
	gan.K = *k
	gan.Loss = lossKind

	fmt.Fprintf(stdout, "ganlite train: %s", *dataName)
	if source != "" {
		fmt.Fprintf(stdout, " %s", source)
	}
	fmt.Fprintf(stdout, ", G %s, D %s, %d steps, batch %d, Adam lr %g β1 %g, k %d, loss %s, seed %d, BLAS %s\n",
		sizes(r.gSizes), sizes(r.dSizes), r.steps, r.batch, r.lr, r.beta1, *k, *loss, *seed, ganlite.BLAS())

	prog := newProgress(stderr, r.steps)
	trainStart := time.Now()
	hist, trainErr, interrupted := trainInterruptible(gan, sampler, r.steps, r.batch, prog)
	prog.finish()
	trainTime := time.Since(trainStart)
	if interrupted {
		// Ctrl-C: keep what was learned. The networks are consistent (the
		// last step finished), so they are saved like a completed run.
		fmt.Fprintf(stdout, "interrupted after %d of %d steps; saving what was trained\n", hist.Len(), r.steps)
		r.steps = hist.Len()
		if r.steps == 0 {
			return errors.New("interrupted before the first step finished; nothing saved")
		}
	}

	lossPath := filepath.Join(*out, "losses.png")
	if hist != nil && hist.Len() > 0 {
		if err := plots.SavePNG(lossPath, plots.Losses(hist)); err != nil {
			return err
		}
	}
	if trainErr != nil {
		msg := strings.TrimPrefix(trainErr.Error(), "ganlite: ")
		return fmt.Errorf("training stopped: %s (losses so far in %s; no checkpoint written)", msg, lossPath)
	}

	ckptPath := filepath.Join(*out, "model.ckpt")
	meta := map[string]string{
		"data":  *dataName,
		"steps": strconv.Itoa(r.steps),
		"seed":  strconv.FormatUint(*seed, 10),
		"lr":    strconv.FormatFloat(r.lr, 'g', -1, 64),
		"beta1": strconv.FormatFloat(r.beta1, 'g', -1, 64),
		"batch": strconv.Itoa(r.batch),
		"zdim":  strconv.Itoa(gan.ZDim),
		"k":     strconv.Itoa(*k),
		"loss":  *loss,
	}
	if *dataName == "mnist" {
		meta["mnist"] = source
	}
	if err := ganlite.Save(ckptPath, &ganlite.Checkpoint{Meta: meta, Nets: map[string]*ganlite.Sequential{"G": g, "D": d}}); err != nil {
		return err
	}
	samplePath := filepath.Join(*out, "samples.png")
	if err := writeSamples(samplePath, *dataName, g, rnd, defaultSampleN(*dataName)); err != nil {
		return err
	}
	wall := time.Since(start)
	fmt.Fprintf(stdout, "trained %d steps in %.1f s (%.1f steps/s); wall time %.1f s\n",
		r.steps, trainTime.Seconds(), float64(r.steps)/trainTime.Seconds(), wall.Seconds())
	last := hist.Len() - 1
	fmt.Fprintf(stdout, "final: D loss %.4f  G loss %.4f  D(x) %.3f  D(G(z)) %.3f\n",
		hist.DLoss[last], hist.GLoss[last], hist.DReal[last], hist.DFake[last])
	fmt.Fprintf(stdout, "wrote %s, %s, %s\n", samplePath, lossPath, ckptPath)
	return nil
}

// errInterrupt is the panic value that stops training at a Ctrl-C.
var errInterrupt = errors.New("interrupted")

// trainInterruptible runs gan.Train, but a Ctrl-C (SIGINT) stops it after
// the step in progress instead of killing the process, so no work is lost.
// The history then holds the finished steps.
func trainInterruptible(gan *ganlite.GAN, real ganlite.Sampler, steps, batch int, prog *progress) (h *ganlite.History, err error, interrupted bool) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	defer signal.Stop(sig)
	h = &ganlite.History{}
	defer func() {
		if r := recover(); r != nil {
			if r != errInterrupt {
				panic(r)
			}
			interrupted = true
		}
	}()
	_, err = gan.Train(real, steps, batch, func(s ganlite.StepStats) {
		h.Add(s)
		prog.step(s)
		select {
		case <-sig:
			panic(errInterrupt) // unwinds Train between two steps
		default:
		}
	})
	return h, err, false
}

// sizes prints layer sizes as 100→256→784.
func sizes(s []int) string {
	parts := make([]string, len(s))
	for i, v := range s {
		parts[i] = strconv.Itoa(v)
	}
	return strings.Join(parts, "→")
}
