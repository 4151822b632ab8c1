package cli

import (
	"bufio"
	"errors"
	"strings"
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
// waiting for one can be cut short by the exam clock. A line is read only
// when one is asked for, never ahead, so the input is consumed just as a
// plain read would consume it.
type lineFeed struct {
	in      *bufio.Scanner
	lines   chan scannedLine // holds one line at most, so a reader nobody waits for still ends
	pending bool             // a read is under way; ask for no other
}

// scannedLine is one read's outcome: a line, or why there is none.
type scannedLine struct {
	text string
	ok   bool
	err  error
}

// next starts reading a line, unless one is being read already, and
// returns where it arrives.
func (f *lineFeed) next() <-chan scannedLine {
	if !f.pending {
		f.pending = true
		go func() {
			ok := f.in.Scan()
			f.lines <- scannedLine{text: f.in.Text(), ok: ok, err: f.in.Err()}
		}()
	}
	return f.lines
}

// readLine waits for the next line of input. In a timed exam the wait
// ends when time is up, and a line that arrives after the deadline is
// refused, both with errTimeUp; input that ends returns errInputEnded,
// and ctrl+c errInterrupted.
func (p *plainQuiz) readLine() (string, error) {
	if p.feed == nil {
		p.feed = &lineFeed{in: p.in, lines: make(chan scannedLine, 1)}
	}
	var timeout <-chan time.Time
	if p.att.Timed() {
		now := p.now()
		if p.att.TimeUp(now) {
			return "", errTimeUp
		}
		timeout = p.after(p.att.Remaining(now))
	}
	select {
	case line := <-p.feed.next():
		p.feed.pending = false
		if !line.ok {
			if line.err != nil {
				return "", line.err
			}
			return "", errInputEnded
		}
		if p.att.TimeUp(p.now()) {
			return "", errTimeUp
		}
		return line.text, nil
	case <-timeout:
		return "", errTimeUp
	case <-p.done():
		return "", errInterrupted
	}
}

// done is closed when the quiz is to stop: ctrl+c, as on the full screen.
func (p *plainQuiz) done() <-chan struct{} {
	if p.ctx == nil {
		return nil
	}
	return p.ctx.Done()
}

// limitWord writes a time limit the way it is typed: 10m, 1h30m, 45s.
func limitWord(d time.Duration) string {
	s := d.Round(time.Second).String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}
