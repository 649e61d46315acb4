// Command train-classifier retrains the MNIST classifier that package metrics
// ships (ganlite/metrics/classifier.ckpt) and uses to judge generated digits.
//
// Run it from the repository root:
//
//	go run ./cmd/train-classifier
//
// It trains metrics.NewClassifierNet (784→256→128→10, ReLU) on the 60,000
// training digits with softmax cross-entropy and Adam, prints the test accuracy
// and wall time after every epoch, and saves the network with ganlite.Save.
// One seed gives bit-identical weights (for a given ganlite version: a change
// in the core's floating-point arithmetic changes the bits). The shipped file
// comes from the defaults: 98.19% test accuracy, about 150 s of CPU time
// (10 epochs of ~15 s). `go test ./ganlite/metrics/` then checks it keeps ≥ 97%.
//
// Flags:
//
//	--epochs  training epochs (default 10)
//	--seed    random seed for initialisation and shuffling (default 1)
//	--batch   minibatch size (default 64)
//	--lr      Adam learning rate (default 1e-3) for the first half of the epochs,
//	          halved in each later epoch
//	--data    folder with the MNIST IDX files (default ganlite/data/mnist)
//	--out     checkpoint to write (default ganlite/metrics/classifier.ckpt)
package main

import (
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"time"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/ganlite/data"
	"github.com/ganlite/ganlite/ganlite/metrics"
	"gonum.org/v1/gonum/mat"
)

func main() {
	epochs := flag.Int("epochs", 10, "training epochs")
	seed := flag.Uint64("seed", 1, "random seed")
	batch := flag.Int("batch", 64, "minibatch size")
	lr := flag.Float64("lr", 1e-3, "Adam learning rate")
	dir := flag.String("data", "ganlite/data/mnist", "folder with the MNIST IDX files")
	out := flag.String("out", "ganlite/metrics/classifier.ckpt", "checkpoint to write")
	flag.Parse()
	if err := run(*epochs, *seed, *batch, *lr, *dir, *out); err != nil {
		fmt.Fprintln(os.Stderr, "train-classifier:", err)
		os.Exit(1)
	}
}

func run(epochs int, seed uint64, batch int, lr float64, dir, out string) error {
	if epochs < 1 || batch < 1 || !(lr > 0) {
		return fmt.Errorf("--epochs %d, --batch %d, --lr %g: want all positive", epochs, batch, lr)
	}
	train, err := data.LoadMNIST(dir, true)
	if err != nil {
		return err
	}
	test, err := data.LoadMNIST(dir, false)
	if err != nil {
		return err
	}
	fmt.Printf("train %d, test %d digits; BLAS: %s\n", train.Len(), test.Len(), ganlite.BLAS())

	start := time.Now()
	rnd := rand.New(rand.NewPCG(seed, 0x5eed))
	net := metrics.NewClassifierNet(rnd)
	opt := ganlite.NewAdam(lr, 0.9, 0.999)
	clf := metrics.NewClf(net)
	loader := train.Sampler()
	x := mat.NewDense(batch, 784, nil)
	labels := make([]int, batch)
	grad := mat.NewDense(batch, 10, nil)
	steps := train.Len() / batch
	acc := 0.0
	for epoch := 1; epoch <= epochs; epoch++ {
		opt.LR = epochLR(lr, epoch, epochs)
		sum := 0.0
		for s := 0; s < steps; s++ {
			loader.SampleLabeled(x, labels, rnd)
			sum += ganlite.SoftmaxCrossEntropy(grad, net.Forward(x), labels)
			net.Backward(grad)
			opt.Step(net.Params())
		}
		acc = clf.Accuracy(test)
		fmt.Printf("epoch %d/%d  lr %.2g  loss %.4f  test accuracy %.2f%%  %s\n",
			epoch, epochs, opt.LR, sum/float64(steps), 100*acc, time.Since(start).Round(100*time.Millisecond))
	}

	ckpt := &ganlite.Checkpoint{
		Meta: map[string]string{
			"model":         "MNIST classifier (metrics.NewClassifierNet)",
			"command":       fmt.Sprintf("go run ./cmd/train-classifier --epochs %d --seed %d --batch %d --lr %g", epochs, seed, batch, lr),
			"test_accuracy": fmt.Sprintf("%.4f", acc),
		},
		Nets: map[string]*ganlite.Sequential{metrics.ClassifierNetName: net},
	}
	if err := ganlite.Save(out, ckpt); err != nil {
		return err
	}
	fmt.Printf("saved %s (test accuracy %.2f%%, %s)\n", out, 100*acc, time.Since(start).Round(100*time.Millisecond))
	return nil
}

// epochLR keeps the base rate for the first half of the epochs and halves it
// in each later epoch: large steps to learn, then small ones to settle.
func epochLR(base float64, epoch, epochs int) float64 {
	half := (epochs + 1) / 2
	if epoch <= half {
		return base
	}
	return base * math.Pow(0.5, float64(epoch-half))
}
