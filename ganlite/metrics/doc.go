// Package metrics measures how well a generator imitates its data, with the
// numbers the lessons report.
//
// Reading order:
//
//   - modes.go: mode coverage on the 2D mixtures (ring of 8, grid of 25) with the
//     VEEGAN/PacGAN definitions (Srivastava et al. 2017; Lin et al. 2018): modes
//     captured, share of high-quality samples (within 3σ of the nearest mode) and
//     the reverse KL of the mode histogram, on EvalSamples = 2,500 samples.
//
//   - hist.go: normalised 1D and 2D histograms and the KL and Jensen–Shannon
//     divergences between real and fake histograms.
//
//   - classifier.go: a small MNIST classifier (784→256→128→10 MLP, trained by
//     ganlite, ≥ 97% test accuracy) whose weights ship with the package
//     (classifier_embed.go); cmd/train-classifier retrains it:
//
//     go run ./cmd/train-classifier
//
//   - digits.go: which digits generated images show (histogram, digits covered,
//     KL to uniform) as judged by the classifier.
//
//   - frechet.go, fid.go: the Fréchet distance between Gaussians fitted to feature
//     sets (Heusel et al. 2017), on the classifier's 128-d features, always
//     reported beside RealFloor, the distance between two halves of real data.
//
// All functions are deterministic; the only random draw (RealFloor's split) takes
// a *rand.Rand. Programmer errors (shape mismatches, bad arguments) panic with a
// message starting "metrics:"; a damaged classifier file is an error.
package metrics
