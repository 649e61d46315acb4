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
	runs     = flag.Int("runs", 5, "timed runs per contestant")
	seconds  = flag.Float64("seconds", 3, "minimum timed seconds per run")
	python   = flag.String("python", "/usr/bin/python3", "Python with torch")
	script   = flag.String("torch", "", "path of torch_gan.py (default: next to this source, bench/torch_gan.py)")
	threads  = flag.Int("threads", 2, "torch threads (torch.set_num_threads)")
	noTorch  = flag.Bool("no-torch", false, "skip the PyTorch runs")
	noPureGo = flag.Bool("no-purego", false, "skip the pure-Go runs")
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
			v := goRate(w, int64(r))
			add(w.name+"/ganlite "+ganlite.BLAS(), v)
			line += fmt.Sprintf("  ganlite %7.1f", v)
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
				v := goRate(w, int64(r))
				c := gflops(w.stepGemms(), 1) * 1e9 / w.stepFLOPs()
				add(w.name+"/ganlite gonum (pure Go)", v)
				add(w.name+"/pure Go matmul ceiling", c)
				add(w.name+"/pure Go share of ceiling", v/c)
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
		}
		if c, ok := ceil[ganlite.BLAS()+"/"+w]; ok {
			fmt.Printf("%-4s ganlite %s at %.0f%% of its matmul ceiling (%.1f steps/s)\n", w, ganlite.BLAS(), 100*g*c, 1/c)
		}
		if p, ok := results[w+"/pure Go share of ceiling"]; ok {
			med, lo, hi := stats(p)
			rate, _, _ := stats(results[w+"/ganlite gonum (pure Go)"])
			c, _, _ := stats(results[w+"/pure Go matmul ceiling"])
			fmt.Printf("%-4s pure Go %.1f steps/s = %.0f%% (%.0f–%.0f%%) of its matmul ceiling %.1f steps/s (target ≥ 80%%: %s)\n",
				w, rate, 100*med, 100*lo, 100*hi, c, pass(med >= 0.8))
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

// goRate times ganlite GAN steps: a short warm-up, then steps until at
// least *seconds have passed. Returns steps per second.
func goRate(w workload, seed int64) float64 {
	gan, real := w.newGAN(uint64(seed))
	warm := time.Now()
	for i := 0; i < 5 || time.Since(warm) < 300*time.Millisecond; i++ {
		gan.Step(real, w.batch)
	}
	runtime.GC()
	start := time.Now()
	steps := 0
	for ; steps < 10 || time.Since(start).Seconds() < *seconds; steps++ {
		gan.Step(real, w.batch)
	}
	return float64(steps) / time.Since(start).Seconds()
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

// gflops times the products gs (random operands) with the current blas64
// implementation for at least sec seconds and returns GFLOP/s.
func gflops(gs []gemm, sec float64) float64 {
	rnd := rand.New(rand.NewPCG(1, 2))
	type ops struct{ a, b, c blas64.General }
	var all []ops
	flops := 0.0
	for _, g := range gs {
		ar, ac := g.m, g.k
		if g.tA {
			ar, ac = g.k, g.m
		}
		br, bc := g.k, g.n
		if g.tB {
			br, bc = g.n, g.k
		}
		all = append(all, ops{randGeneral(rnd, ar, ac), randGeneral(rnd, br, bc), randGeneral(rnd, g.m, g.n)})
		flops += g.flops()
	}
	tr := func(t bool) blas.Transpose {
		if t {
			return blas.Trans
		}
		return blas.NoTrans
	}
	pass := func() {
		for i, g := range gs {
			blas64.Gemm(tr(g.tA), tr(g.tB), 1, all[i].a, all[i].b, 0, all[i].c)
		}
	}
	pass() // warm-up
	start := time.Now()
	reps := 0
	for ; reps < 3 || time.Since(start).Seconds() < sec; reps++ {
		pass()
	}
	return flops * float64(reps) / time.Since(start).Seconds() / 1e9
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
