package lesson05

import (
	"fmt"
	"image"
	"time"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/ganlite"
	"github.com/ganlite/ganlite/ganlite/plots"
	"github.com/ganlite/ganlite/lessons/check"
)

// Recorder is the progress callback of the lesson's training: after every
// step it updates a live progress line, and every Every steps it keeps the
// generator's samples on a fixed batch of noise, so that the same latent
// codes can be watched turning into digits.
type Recorder struct {
	Frames []*mat.Dense // G(z) for the fixed noise, at step 0 and every Every steps
	Labels []string     // "step N" for each frame
	Every  int

	gan   *ganlite.GAN
	z     *mat.Dense
	steps int
	p     *check.Progress
	start time.Time
	done  int
}

// NewRecorder returns a Recorder for a training of steps steps of gan that
// keeps a frame every every steps, on the fixed noise z (rows of ZDim). It
// takes the first frame (step 0) at once.
func NewRecorder(gan *ganlite.GAN, steps, every int, z *mat.Dense) *Recorder {
	if every < 1 {
		panic(fmt.Sprintf("lesson05: NewRecorder: every is %d, want ≥ 1", every))
	}
	r := &Recorder{Every: every, gan: gan, z: z, steps: steps, p: check.NewProgress(steps, 0), start: time.Now()}
	r.frame(0)
	return r
}

// Func returns the callback to pass as the training loop's progress func.
func (r *Recorder) Func() ganlite.StepFunc {
	return func(s ganlite.StepStats) { r.Step(s) }
}

// Step records one training step: the progress line shows the losses and
// D's mean outputs on real and fake, and every Every steps a frame is kept.
func (r *Recorder) Step(s ganlite.StepStats) {
	r.done++
	if r.done%r.Every == 0 {
		r.frame(r.done)
	}
	r.p.Updatef(r.done, "D loss %.3f  G loss %.3f  D(x) %.2f  D(G(z)) %.2f",
		s.D.Loss, s.G.Loss, s.D.DReal, s.D.DFake)
}

// Done ends the progress line, printing the wall time.
func (r *Recorder) Done() { r.p.Done() }

// StepsPerSecond is the measured training speed so far.
func (r *Recorder) StepsPerSecond() float64 {
	return float64(r.done) / time.Since(r.start).Seconds()
}

// frame keeps G(z) after step i.
func (r *Recorder) frame(i int) {
	r.Frames = append(r.Frames, r.gan.Generate(r.z))
	r.Labels = append(r.Labels, fmt.Sprintf("step %d", i))
}

// Snapshots draws all frames stacked top to bottom, cols images per row,
// each block labelled with its step (plots.Snapshots).
func (r *Recorder) Snapshots(cols int) image.Image {
	return plots.Snapshots(r.Frames, r.Labels, cols, 1)
}

// GIFHTML returns an animation of the frames (each a grid with cols
// columns, upscaled by scale, captioned with its step) as an HTML <img>
// tag for display.HTML, delay hundredths of a second per frame.
func (r *Recorder) GIFHTML(cols, scale, delay int) (string, error) {
	var imgs []image.Image
	for i, f := range r.Frames {
		imgs = append(imgs, plots.Caption(plots.Grid(f, cols, scale), r.Labels[i]))
	}
	return plots.GIFHTML(plots.GIF(imgs, delay))
}
