package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/ganlite/ganlite/ganlite"
)

// progress reports training progress: on a terminal a bar redrawn in place
// with "\r" (at most 10 times a second), otherwise a plain line about every
// tenth of the run, so logs and CI output stay readable.
type progress struct {
	w      io.Writer
	tty    bool
	total  int
	start  time.Time
	last   time.Time
	every  int // non-TTY: print every this many steps
	cols   int // terminal width (TTY only); the bar line is cut to fit
	done   int
	latest ganlite.StepStats
}

func newProgress(w io.Writer, total int) *progress {
	every := total / 10
	if every < 1 {
		every = 1
	}
	p := &progress{w: w, total: total, start: time.Now(), every: every, cols: 80}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.tty = true
		if c, _, err := term.GetSize(int(f.Fd())); err == nil && c > 20 {
			p.cols = c
		}
	}
	return p
}

// step records one finished step (the callback of GAN.Train).
func (p *progress) step(s ganlite.StepStats) {
	p.done++
	p.latest = s
	now := time.Now()
	if p.tty {
		if now.Sub(p.last) >= 100*time.Millisecond || p.done == p.total {
			p.last = now
			p.drawBar(now)
		}
		return
	}
	if p.done%p.every == 0 || p.done == p.total {
		p.printLine(now)
	}
}

func (p *progress) rate(now time.Time) float64 {
	sec := now.Sub(p.start).Seconds()
	if sec <= 0 {
		return 0
	}
	return float64(p.done) / sec
}

func (p *progress) drawBar(now time.Time) {
	const width = 20
	filled := width * p.done / p.total
	bar := strings.Repeat("=", filled) + strings.Repeat(" ", width-filled)
	r := p.rate(now)
	eta := "?"
	if r > 0 {
		eta = fmtDuration(time.Duration(float64(p.total-p.done) / r * float64(time.Second)))
	}
	line := fmt.Sprintf("[%s] %d/%d %.1f steps/s ETA %s  D %.3f G %.3f D(x) %.2f D(G(z)) %.2f",
		bar, p.done, p.total, r, eta, p.latest.D.Loss, p.latest.G.Loss, p.latest.D.DReal, p.latest.D.DFake)
	if rs := []rune(line); len(rs) > p.cols-1 {
		line = string(rs[:p.cols-1]) // a wrapped line would break the \r redraw
	}
	// \x1b[K clears what a longer previous line left behind.
	fmt.Fprintf(p.w, "\r%s\x1b[K", line)
}

func (p *progress) printLine(now time.Time) {
	fmt.Fprintf(p.w, "step %d/%d  D loss %.4f  G loss %.4f  D(x) %.3f  D(G(z)) %.3f  %.1f steps/s\n",
		p.done, p.total, p.latest.D.Loss, p.latest.G.Loss, p.latest.D.DReal, p.latest.D.DFake, p.rate(now))
}

// finish ends the bar's line on a terminal.
func (p *progress) finish() {
	if p.tty {
		fmt.Fprintln(p.w)
	}
}

// fmtDuration prints d as m:ss.
func fmtDuration(d time.Duration) string {
	s := int(d.Round(time.Second).Seconds())
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
