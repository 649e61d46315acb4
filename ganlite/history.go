package ganlite

// History records the statistics of every training step, one entry per
// step in each slice, ready to plot.
type History struct {
	DLoss     []float64 // discriminator loss (BCE)
	GLoss     []float64 // generator loss
	DReal     []float64 // mean D(x) on real samples, a probability
	DFake     []float64 // mean D(G(z)) on fakes in the D step, a probability
	DGradNorm []float64 // L2 norm of D's gradients
	GGradNorm []float64 // L2 norm of G's gradients
}

// Add appends the statistics of one step.
func (h *History) Add(s StepStats) {
	h.DLoss = append(h.DLoss, s.D.Loss)
	h.GLoss = append(h.GLoss, s.G.Loss)
	h.DReal = append(h.DReal, s.D.DReal)
	h.DFake = append(h.DFake, s.D.DFake)
	h.DGradNorm = append(h.DGradNorm, s.D.GradNorm)
	h.GGradNorm = append(h.GGradNorm, s.G.GradNorm)
}

// Len returns the number of steps recorded.
func (h *History) Len() int { return len(h.DLoss) }

// newHistory returns an empty History with room for n steps.
func newHistory(n int) *History {
	return &History{
		DLoss:     make([]float64, 0, n),
		GLoss:     make([]float64, 0, n),
		DReal:     make([]float64, 0, n),
		DFake:     make([]float64, 0, n),
		DGradNorm: make([]float64, 0, n),
		GGradNorm: make([]float64, 0, n),
	}
}
