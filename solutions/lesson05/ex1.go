package lesson05

import "github.com/ganlite/ganlite/ganlite"

// TrainLoop trains gan for exactly steps rounds. Each round is one
// gan.Step(real, batch): a D step on a fresh real batch, then a G step with
// D frozen. Every round's statistics go into the returned History, and
// progress (if not nil) is called after each round with them, e.g. to print
// a progress line or keep snapshots.
func TrainLoop(gan *ganlite.GAN, real ganlite.Sampler, steps, batch int, progress ganlite.StepFunc) *ganlite.History {
	h := &ganlite.History{}
	for i := 0; i < steps; i++ {
		s := gan.Step(real, batch) // K D steps, then one G step
		h.Add(s)
		if progress != nil {
			progress(s)
		}
	}
	return h
}
