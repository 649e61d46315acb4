package ganlite

import (
	"math/rand/v2"
	"testing"
)

// mlpGAN is the canonical MLP GAN of the benchmarks: G 100→256→512→784
// (LeakyReLU 0.2, tanh), D 784→512→256→1 (LeakyReLU 0.2, logits), Adam 2e-4, β (0.5, 0.999).
func mlpGAN(seed uint64) *GAN {
	rnd := rand.New(rand.NewPCG(seed, 0))
	g := NewMLP(rnd, []int{100, 256, 512, 784}, "leakyrelu", "tanh")
	d := NewMLP(rnd, []int{784, 512, 256, 1}, "leakyrelu", "")
	return NewGAN(g, d, NewAdam(2e-4, 0.5, 0.999), NewAdam(2e-4, 0.5, 0.999), rnd)
}

// ringGAN is the ring toy: G 2→128→128→2, D 2→128→128→1, ReLU.
func ringGAN(seed uint64) *GAN {
	rnd := rand.New(rand.NewPCG(seed, 0))
	g := NewMLP(rnd, []int{2, 128, 128, 2}, "relu", "")
	d := NewMLP(rnd, []int{2, 128, 128, 1}, "relu", "")
	return NewGAN(g, d, NewAdam(2e-4, 0.5, 0.999), NewAdam(2e-4, 0.5, 0.999), rnd)
}

// After the first step has sized every buffer, a Step allocates nothing.
// The networks here are at most 64 wide and the batch at most 32, so every
// matrix product stays within gonum's serial Dgemm; on larger shapes
// gonum's pure-Go Dgemm starts one goroutine per 64×64 block (a few small
// allocations per product, inside gonum, not ganlite). With OpenBLAS
// (-tags openblas) even the large benchmarks report 0 allocs/op.
func TestStepAllocatesNothing(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 0))
	g := NewMLP(rnd, []int{2, 64, 64, 2}, "relu", "")
	d := NewMLP(rnd, []int{2, 64, 64, 1}, "leakyrelu", "")
	gan := NewGAN(g, d, NewAdam(2e-4, 0.5, 0.999), NewSGD(1e-3, 0.9), rnd)
	var data Sampler = gauss{0, 1} // boxed once, outside the measured loop
	gan.Step(data, 32)
	if n := testing.AllocsPerRun(20, func() { gan.Step(data, 32) }); n != 0 {
		t.Errorf("a steady-state Step allocates %v times, want 0", n)
	}
	gan.K = 3
	gan.Loss = Saturating
	gan.Step(data, 16) // a new batch size resizes the buffers once
	if n := testing.AllocsPerRun(20, func() { gan.Step(data, 16) }); n != 0 {
		t.Errorf("a steady-state Step with K=3 allocates %v times, want 0", n)
	}
	x := randMat(rnd, 32, 2, 1)
	ae := NewAutoencoder(NewMLP(rnd, []int{2, 8, 1}, "tanh", ""), NewMLP(rnd, []int{1, 8, 2}, "tanh", ""), NewAdam(1e-3, 0.9, 0.999))
	ae.TrainStep(x)
	if n := testing.AllocsPerRun(20, func() { ae.TrainStep(x) }); n != 0 {
		t.Errorf("a steady-state Autoencoder.TrainStep allocates %v times, want 0", n)
	}
}

func BenchmarkStepMLP(b *testing.B) {
	gan := mlpGAN(1)
	data := gauss{0, 0.5}
	gan.Step(data, 64)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		gan.Step(data, 64)
	}
}

func BenchmarkStepRing(b *testing.B) {
	gan := ringGAN(1)
	data := gauss{0, 1}
	gan.Step(data, 256)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		gan.Step(data, 256)
	}
}
