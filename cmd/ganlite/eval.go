package main

import (
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/ganlite/data"
	"github.com/ganlite/ganlite/ganlite/metrics"
)

// evalCmd implements "ganlite eval".
func evalCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	ckpt := fs.String("ckpt", "out/model.ckpt", "checkpoint written by ganlite train")
	n := fs.Int("n", 0, "generated samples to judge (default: 2500 for toys as in VEEGAN/PacGAN, 5000 for mnist)")
	seed := fs.Uint64("seed", 3, "random seed of the noise z and the real samples")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: ganlite eval [flags]\n\nPrints quality metrics of a checkpoint's generator:\n"+
			"  ring, grid: modes captured, high-quality share, reverse KL of the mode histogram\n"+
			"  gauss1d:    mean and std of G(z) against the data's, mean D(x) on data\n"+
			"  mnist:      digits covered (classifier), label histogram, KL to uniform,\n"+
			"              Fréchet distance on classifier features beside the real-vs-real floor\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args, stderr); err != nil {
		return err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if set["n"] && (*n < 2 || *n > 100000) {
		return badUsage("--n %d: want 2..100000", *n)
	}
	c, g, d, name, err := loadGAN(*ckpt)
	if err != nil {
		return err
	}
	if !set["n"] {
		*n = metrics.EvalSamples
		if name == "mnist" {
			*n = 5000
		}
	}
	rnd := rand.New(rand.NewPCG(*seed, 0x67616e6c697465))
	steps := c.Meta["steps"]
	fmt.Fprintf(stdout, "ganlite eval: %s (%s, %s steps), %d samples, seed %d\n", *ckpt, name, steps, *n, *seed)
	fake := generate(g, rnd, *n)
	switch name {
	case "mnist":
		return evalMNIST(stdout, fake, *n, rnd)
	case "gauss1d":
		return evalGauss(stdout, fake, d, *n, rnd)
	default:
		evalModes(stdout, name, fake)
		return nil
	}
}

// evalModes prints the VEEGAN/PacGAN mode statistics of 2D samples.
func evalModes(w io.Writer, name string, fake *mat.Dense) {
	mix := toySampler(name).(*data.Mixture2D)
	s := metrics.Modes(fake, mix.Modes(), mix.Sigma)
	fmt.Fprintf(w, "modes captured:   %d / %d\n", s.Captured, s.Total)
	fmt.Fprintf(w, "high-quality:     %.1f%% of samples within 3σ = %g of their nearest mode\n", 100*s.HQShare, 3*mix.Sigma)
	fmt.Fprintf(w, "reverse KL:       %.3f nats (mode histogram ‖ uniform; 0 = all modes equal, ln %d = %.2f = one mode)\n",
		s.ReverseKL, s.Total, math.Log(float64(s.Total)))
	fmt.Fprintf(w, "samples per mode: %v\n", s.Counts)
}

// evalGauss prints how G(z) matches N(gaussMean, gaussStd²) and what D
// thinks of real data (0.5 at the equilibrium, Goodfellow et al. 2014 §4.1).
func evalGauss(w io.Writer, fake *mat.Dense, d *ganlite.Sequential, n int, rnd *rand.Rand) error {
	fx := mat.Col(nil, 0, fake)
	mean, std := stat.MeanStdDev(fx, nil)
	real := mat.NewDense(n, 1, nil)
	toySampler("gauss1d").Sample(real, rnd)
	dReal := meanSigmoid(d.Predict(real))
	dFake := meanSigmoid(d.Predict(fake))
	fmt.Fprintf(w, "G(z) mean:        %.3f (data %g, off by %.1f%%)\n", mean, gaussMean, 100*math.Abs(mean-gaussMean)/gaussMean)
	fmt.Fprintf(w, "G(z) std:         %.3f (data %g, off by %.1f%%)\n", std, gaussStd, 100*math.Abs(std-gaussStd)/gaussStd)
	fmt.Fprintf(w, "mean D(x) on data: %.3f (0.5 = D cannot tell)\n", dReal)
	fmt.Fprintf(w, "mean D(G(z)):      %.3f\n", dFake)
	return nil
}

// meanSigmoid is the mean of σ(logit) over a column of logits.
func meanSigmoid(logits *mat.Dense) float64 {
	n, _ := logits.Dims()
	s := 0.0
	for i := 0; i < n; i++ {
		s += ganlite.Logistic(logits.At(i, 0))
	}
	return s / float64(n)
}

// evalMNIST judges generated digits with the shipped classifier.
func evalMNIST(w io.Writer, fake *mat.Dense, n int, rnd *rand.Rand) error {
	clf, err := metrics.Classifier()
	if err != nil {
		return err
	}
	set, err := data.MNIST()
	if err != nil {
		return err
	}
	s := metrics.Digits(clf, fake)
	fmt.Fprintf(w, "digits covered:   %d / 10 (a digit counts at ≥ %.0f%% of samples)\n", s.Covered, 100*metrics.CoverShare)
	fmt.Fprintf(w, "label histogram:  %v\n", s.Hist)
	fmt.Fprintf(w, "KL to uniform:    %.3f nats (0 = balanced, ln 10 = 2.30 = one digit)\n", s.KLToUniform)
	// Fréchet distance on the classifier's features: fakes against one half
	// of the shuffled real test set, and the floor, that half against the
	// other, with the same number of images each.
	m := n
	if half := set.Len() / 2; m > half {
		m = half
	}
	perm := rnd.Perm(set.Len())
	a, b := rows(set.X, perm[:m]), rows(set.X, perm[m:2*m])
	fa := clf.Features(a)
	fid := metrics.Frechet(clf.Features(fake), fa)
	floor := metrics.Frechet(clf.Features(b), fa)
	fmt.Fprintf(w, "Fréchet distance: %.2f on classifier features (real-vs-real floor %.2f, %d vs %d images)\n", fid, floor, n, m)
	return nil
}

// rows copies the rows idx of x into a new matrix.
func rows(x *mat.Dense, idx []int) *mat.Dense {
	_, c := x.Dims()
	out := mat.NewDense(len(idx), c, nil)
	for i, r := range idx {
		copy(out.RawRowView(i), x.RawRowView(r))
	}
	return out
}
