package cli

import (
	"context"
	"errors"
	"time"
)

// errTimeUp reports that a timed exam ran out of time while a question
// was being asked; the answer being waited for does not count.
var errTimeUp = errors.New("time is up")

// errInterrupted reports that the student pressed ctrl+c (or brief was
// told to stop) while a question was being asked; the answers given
// before it are saved, and the quiz can be resumed.
var errInterrupted = errors.New("interrupted")

// lineFeed reads the input's lines one at a time on a goroutine, so that
// waiting for one can be cut short by the exam clock or ctrl+c. A line is
// read only when one is asked for, never ahead, so the input is consumed
// just as a plain read would consume it.
type lineFeed struct {
	src     lineSource
	ctx     context.Context  // done on ctrl+c; nil never is
	lines   chan scannedLine // holds one line at most, so a reader nobody waits for still ends
	pending bool             // a read is under way; ask for no other
}

func newLineFeed(ctx context.Context, src lineSource) *lineFeed {
	return &lineFeed{src: src, ctx: ctx, lines: make(chan scannedLine, 1)}
}

// scannedLine is one read's outcome: a line, or why there is none.
type scannedLine struct {
	text string
	err  error
}

// next shows prompt and starts reading a line, unless one is being read
// already, and returns where it arrives.
func (f *lineFeed) next(prompt string) <-chan scannedLine {
	if !f.pending {
		f.pending = true
		f.src.show(prompt)
		go func() {
			text, err := f.src.read(prompt)
			f.lines <- scannedLine{text: text, err: err}
		}()
	}
	return f.lines
}

// read waits for the next line after prompt, until timeout fires
// (errTimeUp) or ctrl+c (errInterrupted); input that ends returns
// errInputEnded.
func (f *lineFeed) read(prompt string, timeout <-chan time.Time) (string, error) {
	var done <-chan struct{}
	if f.ctx != nil {
		done = f.ctx.Done()
	}
	select {
	case line := <-f.next(prompt):
		f.pending = false
		if line.err != nil {
			return "", line.err
		}
		f.src.shown(line.text)
		return line.text, nil
	case <-timeout:
		return "", errTimeUp
	case <-done:
		return "", errInterrupted
	}
}

// readLine waits for the next line of input after prompt. In a timed
// exam the wait ends when time is up, and a line that arrives after the
// deadline is refused, both with errTimeUp; input that ends returns
// errInputEnded, and ctrl+c errInterrupted.
func (p *plainQuiz) readLine(prompt string) (string, error) {
	if p.feed == nil {
		src := p.lines
		if src == nil {
			src = &scannedLines{in: p.in, out: p.out, echoed: p.echoed}
		}
		p.feed = newLineFeed(p.ctx, src)
	}
	var timeout <-chan time.Time
	if p.att.Timed() {
		now := p.now()
		if p.att.TimeUp(now) {
			return "", errTimeUp
		}
		timeout = p.after(p.att.Remaining(now))
	}
	line, err := p.feed.read(prompt, timeout)
	if err == nil && p.att.TimeUp(p.now()) {
		return "", errTimeUp
	}
	return line, err
}
