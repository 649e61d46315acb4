package main

import (
	"math/rand/v2"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/ganlite/data"
)

// workload is one of issue 5's two benchmark GANs.
type workload struct {
	name   string
	batch  int
	gSizes []int
	dSizes []int
	hidden string // activation of hidden layers (G and D)
	gOut   string // G's output activation
}

// The two workloads, exactly as bench/torch_gan.py builds them.
var (
	mlpWorkload = workload{name: "mlp", batch: 64,
		gSizes: []int{100, 256, 512, 784}, dSizes: []int{784, 512, 256, 1},
		hidden: "leakyrelu", gOut: "tanh"}
	ringWorkload = workload{name: "ring", batch: 256,
		gSizes: []int{2, 128, 128, 2}, dSizes: []int{2, 128, 128, 1},
		hidden: "relu", gOut: ""}
)

// newGAN builds the workload's GAN (Adam 2e-4, β 0.5/0.999, non-saturating
// G loss) and its real-data sampler.
func (w workload) newGAN(seed uint64) (*ganlite.GAN, ganlite.Sampler) {
	rnd := rand.New(rand.NewPCG(seed, 1))
	g := ganlite.NewMLP(rnd, w.gSizes, w.hidden, w.gOut)
	d := ganlite.NewMLP(rnd, w.dSizes, w.hidden, "")
	gan := ganlite.NewGAN(g, d, ganlite.NewAdam(2e-4, 0.5, 0.999), ganlite.NewAdam(2e-4, 0.5, 0.999), rnd)
	if w.name == "ring" {
		return gan, data.NewRing()
	}
	set, err := data.MNIST()
	if err != nil {
		panic(err)
	}
	return gan, set.Sampler()
}

// gemm is one matrix product C(m×n) = op(A)·op(B) with inner size k.
type gemm struct {
	m, k, n int
	tA, tB  bool
	what    string
}

func (g gemm) flops() float64 { return 2 * float64(g.m) * float64(g.k) * float64(g.n) }

// linearGemms lists the products of a Linear layer in→out on n rows:
// forward y = x·W; backward dW = xᵀ·dy (if trainable) and dx = dy·Wᵀ (if needed).
func linearGemms(n, in, out int, fwd, dW, dx bool) []gemm {
	var gs []gemm
	if fwd {
		gs = append(gs, gemm{m: n, k: in, n: out, what: "x·W"})
	}
	if dW {
		gs = append(gs, gemm{m: in, k: n, n: out, tA: true, what: "xᵀ·dy"})
	}
	if dx {
		gs = append(gs, gemm{m: n, k: out, n: in, tB: true, what: "dy·Wᵀ"})
	}
	return gs
}

// netGemms lists the products of a forward (and optionally backward) pass of
// an MLP with the given sizes on n rows. firstDx says whether the first
// layer's input gradient is computed.
func netGemms(sizes []int, n int, backward, trainable, firstDx bool) []gemm {
	var gs []gemm
	for i := 0; i+1 < len(sizes); i++ {
		gs = append(gs, linearGemms(n, sizes[i], sizes[i+1], true, false, false)...)
	}
	if backward {
		for i := len(sizes) - 2; i >= 0; i-- {
			gs = append(gs, linearGemms(n, sizes[i], sizes[i+1], false, trainable, i > 0 || firstDx)...)
		}
	}
	return gs
}

// stepGemms lists every matrix product of one ganlite GAN step (K = 1), as
// ganlite/gan.go performs them:
//
//	D step: G forward on n z; D forward+backward on 2n rows (dW, no dx into the data);
//	G step: G forward on n z; D forward+backward on n (frozen: dx only);
//	        G backward (dW, no dx into z).
func (w workload) stepGemms() []gemm {
	n := w.batch
	var gs []gemm
	gs = append(gs, netGemms(w.gSizes, n, false, false, false)...)
	gs = append(gs, netGemms(w.dSizes, 2*n, true, true, false)...)
	gs = append(gs, netGemms(w.gSizes, n, false, false, false)...)
	gs = append(gs, netGemms(w.dSizes, n, true, false, true)...)
	// G backward after its forward (already listed above).
	for i := len(w.gSizes) - 2; i >= 0; i-- {
		gs = append(gs, linearGemms(n, w.gSizes[i], w.gSizes[i+1], false, true, i > 0)...)
	}
	return gs
}

// stepFLOPs is the matrix-multiply work of one step.
func (w workload) stepFLOPs() float64 {
	f := 0.0
	for _, g := range w.stepGemms() {
		f += g.flops()
	}
	return f
}
