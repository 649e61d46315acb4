// Package data provides the data sets of the ganlite course: MNIST and
// small toy distributions whose densities are known.
//
// MNIST:
//   - MNIST returns the 10,000-digit MNIST test set embedded in the
//     package, so lessons work offline with no set-up.
//   - LoadMNIST reads the standard IDX files (gzipped or not) from a folder,
//     e.g. the 60,000 training digits.
//   - Download fetches the four files from public mirrors into the user's
//     cache folder, verified against their published SHA-256 sums.
//   - ReadImages and ReadLabels parse IDX files defensively: broken input
//     gives an error naming the file, never a panic or a giant allocation.
//
// A Set holds images as rows of a *mat.Dense scaled to [-1, 1]; its
// Sampler draws batches in shuffled epochs.
//
// Toy distributions, each with Sample(dst, rnd) filling every row of dst:
//   - Gaussian1D and Mixture1D on the line, with a Density for plots in the
//     style of Goodfellow et al. 2014, Figure 1;
//   - NewRing (8 Gaussians on the unit circle) and NewGrid (25 Gaussians on
//     {-4,-2,0,2,4}²), the mode-collapse benchmarks of VEEGAN and PacGAN.
//
// Every Sample method and Loader implements ganlite.Sampler. All randomness
// comes from an explicit *rand.Rand (math/rand/v2): one seed, one result.
package data
