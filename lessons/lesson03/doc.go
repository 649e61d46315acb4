// Package lesson03 holds the checks and helpers of lesson 03, the detective
// (notebook notebooks/03-detective.ipynb, source 03-detective.md here).
//
// Exercises: Ex1, the labelled, shuffled batch of real and fake rows, and
// Ex2, a numerically stable binary cross-entropy from logits. Helpers:
// NewDetective builds the lesson's discriminator, TrainDetective trains it
// against a fixed forger with the library's GAN.DStep, and Probs, Verdicts
// and SameWeights help look at the result.
//
// The reference solutions live in solutions/lesson03.
package lesson03
