// Package ganlite is a small, readable library for learning how generative
// adversarial networks (GANs) work, built on gonum's mat.Dense.
//
// # The story
//
// A GAN is a game between two networks (Goodfellow et al. 2014). The
// generator G is a forger: from random noise z it paints a fake sample
// G(z). The discriminator D is a detective: shown a sample, it outputs a
// logit, its belief that the sample is real. D is trained to tell real
// from fake (GAN.DStep); G is trained to fool D, with D held still
// (GAN.GStep). When neither can improve, G's fakes look like the data and
// D can only guess: D(x) ≈ 0.5 everywhere.
//
// # Reading order
//
//  1. param.go, layer.go: a Param is a value W with its gradient G; a Layer
//     has Forward and Backward.
//  2. linear.go, activation.go: y = x·W + b, and ReLU, LeakyReLU, Tanh,
//     Sigmoid, each with its backward pass written out.
//  3. sequential.go: chaining layers, NewMLP, freezing a network.
//  4. loss.go: BCE from logits, the two generator losses, MSE, softmax
//     cross-entropy.
//  5. optimizer.go, sgd.go, adam.go: turning gradients into updates.
//  6. autoencoder.go: a first generative model, trained on reconstruction.
//  7. gan.go: the two training steps, Step and Train; validate.go checks
//     the settings first, history.go records every step.
//  8. checkpoint.go: saving networks to a versioned file and loading them.
//
// # Conventions
//
// A batch is a *mat.Dense with one sample per row. Forward and Backward
// return buffers owned by the layer, reused on the next call, so that a
// training step allocates nothing once the batch size is fixed; Predict,
// Generate, SampleZ, Encode and Decode return copies the caller owns.
// Backward WRITES gradients (it never adds to them). Every random draw
// comes from a *rand.Rand passed in by the caller (math/rand/v2): one
// seed gives bit-identical results. Misuse, such as a batch of the wrong
// width, panics with a message naming the shapes; a NaN or Inf during
// Train is returned as an error naming the step.
//
// Matrix products go through gonum's mat.Dense.Mul and therefore blas64:
// plugging in OpenBLAS with blas64.Use(netlib.Implementation{}) speeds up
// every layer without changing this package.
package ganlite
