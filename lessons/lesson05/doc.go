// Package lesson05 is lesson 05 of the course, forging digits: the full GAN
// on MNIST, with the canonical MLPs (G 100→256→512→784, D 784→512→256→1),
// a live progress line, loss curves, a fixed-noise sample grid over time and
// its animation, the digits the samples cover, and a longer-trained
// generator shipped with the course (LongG) to show where training leads.
//
// Exercises: Ex1, the training loop with logging; Ex2, latent interpolation
// with G.
//
// The shipped generator g-long.ckpt was made by the course's CLI; LongCommand
// holds the exact commands.
package lesson05
