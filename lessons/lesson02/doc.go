// Package lesson02 holds the checks and helpers of lesson 02, from decoder
// to generator (notebook notebooks/02-generator.ipynb, source
// 02-generator.md here).
//
// Exercises: Ex1, sampling a batch of noise z from a given *rand.Rand, and
// Ex2, the generator's forward pass written by hand. Helpers: NewGenerator
// builds the lesson's untrained generator, Weights hands out its matrices
// for Ex2, TraceShapes prints the shape after every layer, and
// TrainToDigits shows why a generator cannot simply be trained with a
// pixel loss against random real digits.
//
// The reference solutions live in solutions/lesson02.
package lesson02
