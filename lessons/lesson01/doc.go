// Package lesson01 holds the checks and helpers of lesson 01, the
// autoencoder recalled (notebook notebooks/01-autoencoder.ipynb, source
// 01-autoencoder.md here).
//
// Exercises: Ex1, the reconstruction loss (mean squared error), and Ex2, the
// encode–decode pass. Helpers: NewAutoencoder builds the lesson's small
// MNIST autoencoder and Train trains it with a live progress line; latent.go
// has the small tools the notebook uses to look at the latent space (the
// codes' spread, nearest-code distances, interpolation).
//
// The reference solutions live in solutions/lesson01.
package lesson01
