// Command bench measures ganlite's two issue-5 workloads against the
// PyTorch twin in bench/torch_gan.py, alternating A B A B in one run, and
// the pure-Go fallback against its matrix-multiply ceiling. Run it through
// bench/run.sh (make bench), which builds it with -tags openblas and sets
// the thread counts.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/blas/gonum"

	"github.com/ganlite/ganlite/ganlite"
)

var (
	runs      = flag.Int("runs", 5, "timed runs per contestant")
	seconds   = flag.Float64("seconds", 3, "minimum timed seconds per run")
	python    = flag.String("python", "/usr/bin/python3", "Python with torch")
	script    = flag.String("torch", "", "path of torch_gan.py (default: next to this source, bench/torch_gan.py)")
	threads   = flag.Int("threads", 2, "torch threads (torch.set_num_threads)")
	noTorch   = flag.Bool("no-torch", false, "skip the PyTorch runs")
	noPureGo  = flag.Bool("no-purego", false, "skip the pure-Go runs")
	oneThread = flag.Bool("one-thread", true, "also time ganlite with OpenBLAS on 1 thread (informative)")
)

func main() {
	flag.Parse()
	if *script == "" {
		*script = filepath.Join("bench", "torch_gan.py")
	}
	native := blas64.Implementation() // whatever the build chose: netlib under -tags openblas
	header()

	fmt.Println("\n== matrix-multiply ceiling (Dgemm over the exact products of one step) ==")
	for _, w := range []workload{mlpWorkload, ringWorkload} {
		fmt.Printf("%-4s %3d products, %.1f MFLOP per step\n", w.name, len(w.stepGemms()), w.stepFLOPs()/1e6)
	}
	impls := []struct {
		name string
		impl blas.Float64
	}{{ganlite.BLAS(), native}}
	if ganlite.BLAS() != "gonum (pure Go)" && !*noPureGo {
		impls = append(impls, struct {
			name string
			impl blas.Float64
		}{"gonum (pure Go)", gonum.Implementation{}})
	}
	ceil := map[string]float64{} // impl/workload -> seconds per step of matmul alone
	for _, im := range impls {
		blas64.Use(im.impl)
		fmt.Printf("%-16s Dgemm 64×784×512: %6.1f GFLOP/s   1024³: %6.1f GFLOP/s\n", im.name,
			gflops([]gemm{{m: 64, k: 784, n: 512}}, 0.5), gflops([]gemm{{m: 1024, k: 1024, n: 1024}}, 0.5))
		for _, w := range []workload{mlpWorkload, ringWorkload} {
			g := gflops(w.stepGemms(), 1)
			ceil[im.name+"/"+w.name] = w.stepFLOPs() / (g * 1e9)
			fmt.Printf("%-16s %-4s step products: %6.1f GFLOP/s -> matmul ceiling %7.1f steps/s\n",
				im.name, w.name, g, 1/ceil[im.name+"/"+w.name])
		}
	}
	blas64.Use(native)

	results := map[string][]float64{}
	order := []string{}
	add := func(key string, v float64) {
		if _, ok := results[key]; !ok {
			order = append(order, key)
		}
		results[key] = append(results[key], v)
	}
	fmt.Printf("\n== %d alternating runs per workload, ≥ %.0f s each (steps/s) ==\n", *runs, *seconds)
	torchThreads := ""
	for _, w := range []workload{mlpWorkload, ringWorkload} {
		for r := 1; r <= *runs; r++ {
			line := fmt.Sprintf("%-4s run %d:", w.name, r)
			v, c := pairedRates(w, int64(r))
			add(w.name+"/ganlite "+ganlite.BLAS(), v)
			add(w.name+"/"+ganlite.BLAS()+" matmul ceiling", c)
			add(w.name+"/"+ganlite.BLAS()+" share of ceiling", v/c)
			line += fmt.Sprintf("  ganlite %7.1f (ceiling %6.1f)", v, c)
			if ganlite.BLAS() == "openblas" && *oneThread {
				// Same, with OpenBLAS on one thread: small products often
				// run faster without OpenBLAS's thread hand-off.
				old := setBLASThreads(1)
				v1, _ := pairedRates(w, int64(r))
				setBLASThreads(old)
				add(w.name+"/ganlite openblas 1 thread", v1)
				line += fmt.Sprintf("  1-thread %7.1f", v1)
			}
			if !*noTorch {
				for _, dt := range []string{"float32", "float64"} {
					v, th, err := torchRate(w, dt)
					if err != nil {
						fmt.Fprintln(os.Stderr, "bench:", err)
						os.Exit(1)
					}
					torchThreads = th
					add(w.name+"/torch "+dt, v)
					line += fmt.Sprintf("  torch-%s %7.1f", dt[5:], v)
				}
			}
			fmt.Println(line)
		}
	}
	if !*noPureGo && ganlite.BLAS() != "gonum (pure Go)" {
		blas64.Use(gonum.Implementation{})
		// Each run pairs a timed training run with a fresh measurement of
		// the matmul ceiling, so load changes hit both alike.
		for _, w := range []workload{mlpWorkload, ringWorkload} {
			for r := 1; r <= *runs; r++ {
				v, c := pairedRates(w, int64(r))
				add(w.name+"/ganlite gonum (pure Go)", v)
				add(w.name+"/gonum (pure Go) matmul ceiling", c)
				add(w.name+"/gonum (pure Go) share of ceiling", v/c)
				fmt.Printf("%-4s run %d:  ganlite pure Go %7.1f   ceiling %7.1f   %3.0f%%\n", w.name, r, v, c, 100*v/c)
			}
		}
		blas64.Use(native)
	}

	fmt.Println("\n== summary (median steps/s, min–max over runs) ==")
	for _, k := range order {
		if strings.HasSuffix(k, "share of ceiling") {
			continue
		}
		med, lo, hi := stats(results[k])
		fmt.Printf("%-34s %8.1f  (%.1f–%.1f)\n", k, med, lo, hi)
	}
	fmt.Println()
	for _, w := range []string{"mlp", "ring"} {
		g, _, _ := stats(results[w+"/ganlite "+ganlite.BLAS()])
		if !*noTorch {
			f32, _, _ := stats(results[w+"/torch float32"])
			f64, _, _ := stats(results[w+"/torch float64"])
			target := map[string]float64{"mlp": 1.2, "ring": 2}[w]
			fmt.Printf("%-4s ganlite %s / torch float32 = %.2f× (target ≥ %.1f×: %s);  / torch float64 = %.2f×\n",
				w, ganlite.BLAS(), g/f32, target, pass(g/f32 >= target), g/f64)
			if one, ok := results[w+"/ganlite openblas 1 thread"]; ok {
				g1, _, _ := stats(one)
				fmt.Printf("%-4s (OpenBLAS on 1 thread: / torch float32 = %.2f×, / torch float64 = %.2f×)\n", w, g1/f32, g1/f64)
			}
		}
		for _, impl := range []string{ganlite.BLAS(), "gonum (pure Go)"} {
			p, ok := results[w+"/"+impl+" share of ceiling"]
			if !ok {
				continue
			}
			med, lo, hi := stats(p)
			rate, _, _ := stats(results[w+"/ganlite "+impl])
			c, _, _ := stats(results[w+"/"+impl+" matmul ceiling"])
			target := ""
			if impl == "gonum (pure Go)" {
				target = fmt.Sprintf(" (target ≥ 80%%: %s)", pass(med >= 0.8))
			}
			fmt.Printf("%-4s ganlite %s %.1f steps/s = %.0f%% (%.0f–%.0f%%) of its matmul ceiling %.1f steps/s%s\n",
				w, impl, rate, 100*med, 100*lo, 100*hi, c, target)
			if impl == "gonum (pure Go)" && med > 1 {
				fmt.Printf("     (above 100%%: gonum's Dgemm skips zero entries of A, and about half of a ReLU\n" +
					"      network's activations and masked gradients are 0; the ceiling uses dense random operands)\n")
			}
		}
	}
	if torchThreads != "" {
		fmt.Printf("\nthreads: torch %s (OMP_WAIT_POLICY=%s); ganlite OPENBLAS_NUM_THREADS=%s, GOMAXPROCS=%d\n",
			torchThreads, os.Getenv("OMP_WAIT_POLICY"), envOr("OPENBLAS_NUM_THREADS", "unset"), runtime.GOMAXPROCS(0))
	}
}

func pass(ok bool) string {
	if ok {
		return "PASS"
	}
	return "MISS"
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// header prints the machine and settings.
func header() {
	cpu := "unknown CPU"
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if name, ok := strings.CutPrefix(sc.Text(), "model name"); ok {
				cpu = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(name), ":"))
				break
			}
		}
		f.Close()
	}
	fmt.Printf("ganlite bench: %s, %d cores, %s %s/%s, BLAS %s\n", cpu, runtime.NumCPU(), runtime.Version(), runtime.GOOS, runtime.GOARCH, ganlite.BLAS())
	fmt.Printf("OPENBLAS_NUM_THREADS=%s OMP_WAIT_POLICY=%s GOMAXPROCS=%d torch threads=%d\n",
		envOr("OPENBLAS_NUM_THREADS", "unset"), envOr("OMP_WAIT_POLICY", "unset"), runtime.GOMAXPROCS(0), *threads)
	fmt.Println("workloads: mlp = G 100→256→512→784 (LeakyReLU 0.2, tanh), D 784→512→256→1, batch 64, MNIST;")
	fmt.Println("           ring = G 2→128→128→2, D 2→128→128→1 (ReLU), batch 256; Adam 2e-4 β (0.5, 0.999), BCE logits, NS G loss")
}

// pairedRates measures, in one run, ganlite steps/s and the matmul ceiling
// (steps/s if a step were only its matrix products) with the current BLAS,
// interleaving six slices of each so that load changes hit both alike.
func pairedRates(w workload, seed int64) (rate, ceiling float64) {
	gan, real := w.newGAN(uint64(seed))
	for i := 0; i < 3; i++ {
		gan.Step(real, w.batch) // size the buffers, warm the caches
	}
	mm := newGemmSet(w.stepGemms())
	mm.pass()
	slice := time.Duration(*seconds / 6 * float64(time.Second))
	var tSteps, tMM time.Duration
	steps, passes := 0, 0
	for round := 0; round < 6; round++ {
		start := time.Now()
		for n := 0; n < 2 || time.Since(start) < slice; n++ {
			gan.Step(real, w.batch)
			steps++
		}
		tSteps += time.Since(start)
		start = time.Now()
		for n := 0; n < 2 || time.Since(start) < slice; n++ {
			mm.pass()
			passes++
		}
		tMM += time.Since(start)
	}
	return float64(steps) / tSteps.Seconds(), float64(passes) / tMM.Seconds()
}

// torchRate runs bench/torch_gan.py once and returns its steps/s and thread count.
func torchRate(w workload, dtype string) (float64, string, error) {
	cmd := exec.Command(*python, *script, "--workload", w.name, "--dtype", dtype,
		"--seconds", fmt.Sprint(*seconds), "--threads", strconv.Itoa(*threads))
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return 0, "", fmt.Errorf("%s %s: %v", *python, *script, err)
	}
	var rate float64
	th := ""
	for _, f := range strings.Fields(string(out)) {
		if v, ok := strings.CutPrefix(f, "steps_per_s="); ok {
			rate, err = strconv.ParseFloat(v, 64)
		}
		if v, ok := strings.CutPrefix(f, "threads="); ok {
			th = v
		}
	}
	if rate == 0 || err != nil {
		return 0, "", fmt.Errorf("torch_gan.py printed %q, want steps_per_s=…", strings.TrimSpace(string(out)))
	}
	return rate, th, nil
}

// gemmSet holds random operands for a list of products.
type gemmSet struct {
	gs      []gemm
	a, b, c []blas64.General
	flops   float64
}

func newGemmSet(gs []gemm) *gemmSet {
	rnd := rand.New(rand.NewPCG(1, 2))
	s := &gemmSet{gs: gs}
	for _, g := range gs {
		ar, ac := g.m, g.k
		if g.tA {
			ar, ac = g.k, g.m
		}
		br, bc := g.k, g.n
		if g.tB {
			br, bc = g.n, g.k
		}
		s.a = append(s.a, randGeneral(rnd, ar, ac))
		s.b = append(s.b, randGeneral(rnd, br, bc))
		s.c = append(s.c, randGeneral(rnd, g.m, g.n))
		s.flops += g.flops()
	}
	return s
}

// pass runs every product once with the current blas64 implementation.
func (s *gemmSet) pass() {
	tr := func(t bool) blas.Transpose {
		if t {
			return blas.Trans
		}
		return blas.NoTrans
	}
	for i, g := range s.gs {
		blas64.Gemm(tr(g.tA), tr(g.tB), 1, s.a[i], s.b[i], 0, s.c[i])
	}
}

// gflops times the products gs (random operands) with the current blas64
// implementation for at least sec seconds and returns GFLOP/s.
func gflops(gs []gemm, sec float64) float64 {
	s := newGemmSet(gs)
	s.pass() // warm-up
	start := time.Now()
	reps := 0
	for ; reps < 3 || time.Since(start).Seconds() < sec; reps++ {
		s.pass()
	}
	return s.flops * float64(reps) / time.Since(start).Seconds() / 1e9
}

func randGeneral(rnd *rand.Rand, r, c int) blas64.General {
	d := make([]float64, r*c)
	for i := range d {
		d[i] = rnd.NormFloat64()
	}
	return blas64.General{Rows: r, Cols: c, Stride: c, Data: d}
}

// stats returns the median, minimum and maximum of v.
func stats(v []float64) (med, lo, hi float64) {
	if len(v) == 0 {
		return 0, 0, 0
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	n := len(s)
	med = s[n/2]
	if n%2 == 0 {
		med = (s[n/2-1] + s[n/2]) / 2
	}
	return med, s[0], s[n-1]
}
