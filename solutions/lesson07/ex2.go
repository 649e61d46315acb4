package lesson07

// SmoothedLabels returns the discriminator's targets for a shuffled batch
// with one-sided label smoothing (Salimans et al. 2016, §3.4): a real row
// (isReal[i] true) gets the label realLabel, e.g. 0.9 instead of 1, and a
// fake row gets 0. Only the real side is smoothed: a fake label above 0
// would reward D for calling fakes partly real and so reinforce G's
// mistakes where the data has no mass.
func SmoothedLabels(isReal []bool, realLabel float64) []float64 {
	labels := make([]float64, len(isReal))
	for i, r := range isReal {
		if r {
			labels[i] = realLabel
		} else {
			labels[i] = 0
		}
	}
	return labels
}
