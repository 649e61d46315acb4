// Package lesson05 is lesson 05 of the course, forging digits: the full GAN
// on MNIST, with the canonical MLPs (G 100→256→512→784, D 784→512→256→1),
// a live progress line, loss curves, a fixed-noise sample grid over time and
// its animation, the digits the samples cover, and a longer-trained
// generator shipped with the course (LongG) to show where training leads.
//
// Exercises: Ex1, the training loop with logging; Ex2, latent interpolation
// with G.
//
// The shipped generator testdata/g-long.ckpt (embedded; LongG loads it) was
// made by the course's CLI with exactly these commands, run from the
// repository root (LongCommands holds them too; the second keeps only G):
//
//	go run -tags openblas ./cmd/ganlite train --data mnist --steps 10000 --seed 1 --out /tmp/l5/long
//	go run lessons/lesson05/mkckpt.go /tmp/l5/long/model.ckpt lessons/lesson05/testdata/g-long.ckpt \
//		"go run -tags openblas ./cmd/ganlite train --data mnist --steps 10000 --seed 1 --out /tmp/l5/long"
//
// It took 1966 s (5.1 steps/s) on the 2-core course machine while other
// jobs were running.
package lesson05
