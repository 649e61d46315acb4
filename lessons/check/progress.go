package check

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode/utf8"
)

// barWidth is the number of cells in the progress bar.
const barWidth = 20

// Progress prints a live progress line for a long loop in a notebook:
//
//	[#########...........] 230/500  1.2s eta 1.4s  D 0.69 G 0.71
//
// Each print starts with "\r" and is padded to the widest line so far, so
// Jupyter (and a terminal) overwrite the line in place. Use it like
//
//	p := check.NewProgress(steps, 10)
//	for i := 1; i <= steps; i++ {
//		s := gan.Step(real, 64)
//		p.Update(i, fmt.Sprintf("D %.2f G %.2f", s.D.Loss, s.G.Loss))
//	}
//	p.Done()
//
// It is compiled Go, so calling Update every step is cheap; it prints only
// every few steps.
type Progress struct {
	// Out receives the output. Nil means os.Stdout, looked up at each print
	// (gophernotes redirects os.Stdout anew for every cell).
	Out io.Writer

	total, every int
	start        time.Time
	now          func() time.Time // the clock; tests replace it
	width        int              // widest line printed so far
	step         int              // last step passed to Update
	printed      int              // last step printed
	msg          string           // last message passed to Update
	format       string           // or the last format and args passed to Updatef
	args         []interface{}
}

// NewProgress returns a progress line for total steps that prints every
// every steps (and at the last step). every <= 0 means total/50, so about
// 50 prints. The clock starts now.
func NewProgress(total, every int) *Progress {
	if every <= 0 {
		every = total / 50
	}
	if every < 1 {
		every = 1
	}
	p := &Progress{total: total, every: every, now: time.Now}
	p.start = p.now()
	return p
}

// Update records that step steps are done (count from 1 to total) and, if
// step is a multiple of every or the last step, prints the line with msg.
func (p *Progress) Update(step int, msg string) {
	p.step, p.msg, p.format, p.args = step, msg, "", nil
	if p.due() {
		p.print()
	}
}

// Updatef is Update with a fmt.Sprintf message, formatted only when the
// line is printed, so calling it every step costs next to nothing.
func (p *Progress) Updatef(step int, format string, args ...interface{}) {
	p.step, p.msg, p.format, p.args = step, "", format, args
	if p.due() {
		p.print()
	}
}

// due reports whether the current step is one to print.
func (p *Progress) due() bool { return p.step%p.every == 0 || p.step >= p.total }

// Done prints the last state if it was not printed yet, ends the line and
// prints the wall time, e.g. "done: 500 steps in 2.4s (4.8 ms/step)".
func (p *Progress) Done() {
	if p.printed != p.step {
		p.print()
	}
	d := p.now().Sub(p.start)
	per := ""
	if p.step > 0 {
		per = fmt.Sprintf(" (%.3g ms/step)", float64(d.Microseconds())/1000/float64(p.step))
	}
	fmt.Fprintf(p.out(), "\ndone: %d steps in %s%s\n", p.step, round(d), per)
}

// print writes the current line.
func (p *Progress) print() {
	p.printed = p.step
	if p.format != "" {
		p.msg, p.format, p.args = fmt.Sprintf(p.format, p.args...), "", nil
	}
	frac := 1.0
	if p.total > 0 {
		frac = float64(p.step) / float64(p.total)
	}
	if frac < 0 {
		frac = 0
	}
	if frac > 1 {
		frac = 1
	}
	n := int(frac * barWidth)
	bar := strings.Repeat("#", n) + strings.Repeat(".", barWidth-n)
	elapsed := p.now().Sub(p.start)
	digits := len(fmt.Sprint(p.total))
	line := fmt.Sprintf("[%s] %*d/%d  %s", bar, digits, p.step, p.total, round(elapsed))
	if p.step > 0 && p.step < p.total {
		eta := time.Duration(float64(elapsed) * float64(p.total-p.step) / float64(p.step))
		line += " eta " + round(eta).String()
	}
	if p.msg != "" {
		line += "  " + p.msg
	}
	if n := utf8.RuneCountInString(line); n > p.width {
		p.width = n
	}
	fmt.Fprintf(p.out(), "\r%-*s", p.width, line)
}

// out returns where to print.
func (p *Progress) out() io.Writer {
	if p.Out != nil {
		return p.Out
	}
	return os.Stdout
}

// round rounds a duration for display: 0.1 s steps, or 1 ms below a second.
func round(d time.Duration) time.Duration {
	if d < time.Second {
		return d.Round(time.Millisecond)
	}
	return d.Round(100 * time.Millisecond)
}
