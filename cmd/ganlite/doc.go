// Command ganlite trains, samples and evaluates the course's GANs from the
// shell.
//
//	ganlite train  [--data mnist|ring|grid|gauss1d] [--steps N] [--seed S]
//	               [--batch B] [--lr LR] [--beta1 B1] [--k K] [--loss ns|sat]
//	               [--out DIR] [--mnist-dir DIR]
//	ganlite sample [--ckpt FILE] [--n N] [--seed S] [--out FILE.png]
//	ganlite eval   [--ckpt FILE] [--n N] [--seed S]
//
// "ganlite train" with no flags trains the canonical MLP GAN on the
// embedded 10,000-image MNIST set (G 100→256→512→784 with LeakyReLU 0.2
// and a tanh output, D 784→512→256→1, batch 64, Adam lr 2e-4 β1 0.5) and
// writes into ./out:
//
//	samples.png  64 generated digits (toys: real vs generated scatter; gauss1d: histogram)
//	losses.png   D and G loss, D(x) and D(G(z)) per step
//	model.ckpt   G and D with metadata (data, steps, seed, lr, beta1, batch, zdim, k, loss)
//
// Each data set has its own defaults ("ganlite train -h" lists them);
// --mnist-dir trains on the 60,000 training digits from a folder of IDX
// files instead. On a terminal a progress bar shows steps/s and the time
// left; otherwise a plain line is printed every tenth of the run. The run
// ends with its wall time.
//
// "ganlite eval" prints, for the ring and grid, modes captured, the share
// of high-quality samples and the reverse KL of the mode histogram
// (2,500 samples, VEEGAN/PacGAN definitions); for gauss1d the mean and std
// of G(z) against the data's and mean D(x) on data; for MNIST the digits
// covered according to the shipped classifier, the label histogram, its
// KL to uniform and the Fréchet distance on classifier features next to the
// real-vs-real floor.
//
// Exit status: 0 success; 1 a run-time failure (missing or broken file,
// training diverged), reported on one line naming the file; 2 a bad
// command line, reported with the usage. Built with -tags openblas
// (the Makefile does this when libopenblas is installed), matrix products
// use OpenBLAS; the first output line names the BLAS in use.
package main
