package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/peterh/liner"

	"brief/internal/sanitize"
)

// lineSource is where the plain quiz's answers come from: a terminal the
// student edits lines in, or a file or pipe a script feeds.
type lineSource interface {
	// show writes prompt before a line is read, on the quiz's goroutine,
	// when the source does not show it itself.
	show(prompt string)
	// read waits for the next line. It runs on a goroutine of its own, so
	// that the exam clock or ctrl+c can end the wait; it returns
	// errInputEnded at the end of input and errInterrupted on ctrl+c.
	read(prompt string) (string, error)
	// shown is told each line read, on the quiz's goroutine, to echo it
	// where nothing else shows it.
	shown(line string)
	// close gives the terminal back as it was found.
	close()
}

// newLineSource reads env's input: with line editing (arrows, history,
// ctrl+c) when brief's own stdin and stdout are a terminal, line by line
// otherwise.
func newLineSource(env Env, out io.Writer) lineSource {
	if isStdio(env.Stdin, os.Stdin) && isStdio(env.Stdout, os.Stdout) && interactive(env) && liner.TerminalSupported() {
		return newEditedLines(out)
	}
	return &scannedLines{in: bufio.NewScanner(env.Stdin), out: out, echoed: isTerminal(env.Stdin)}
}

// isStdio reports whether stream is the process's own f: the line editor
// reads os.Stdin and writes os.Stdout, whatever env says.
func isStdio(stream any, f *os.File) bool {
	s, ok := stream.(interface{ Fd() uintptr })
	return ok && s.Fd() == f.Fd()
}

// scannedLines reads lines as they come, for a script's pipe or file (or
// a terminal whose output goes elsewhere). Input from a pipe is not shown
// by anything, so each line read is echoed after its prompt ("> b"), and
// a saved transcript can be checked against its answers file.
type scannedLines struct {
	in     *bufio.Scanner
	out    io.Writer
	echoed bool // input is a terminal, which shows what is typed
}

func (s *scannedLines) show(prompt string) {
	fmt.Fprint(s.out, prompt)
	flushOutput(s.out)
}

func (s *scannedLines) read(string) (string, error) {
	if s.in.Scan() {
		return s.in.Text(), nil
	}
	if err := s.in.Err(); err != nil {
		return "", err
	}
	return "", errInputEnded
}

func (s *scannedLines) shown(line string) {
	if !s.echoed {
		fmt.Fprintln(s.out, sanitize.Line(line))
	}
}

func (s *scannedLines) close() {}

// editedLines reads lines with the line editor, which draws the prompt
// and the line being typed itself: arrows move in it, up and down bring
// back earlier answers, ctrl+c ends the quiz as it does full-screen.
type editedLines struct {
	ed  *liner.State
	out io.Writer // the quiz's output, written out before each prompt
}

func newEditedLines(out io.Writer) *editedLines {
	ed := liner.NewLiner()
	ed.SetCtrlCAborts(true)
	return &editedLines{ed: ed, out: out}
}

func (e *editedLines) show(string) { flushOutput(e.out) }

func (e *editedLines) read(prompt string) (string, error) {
	line, err := e.ed.Prompt(prompt)
	switch {
	case errors.Is(err, liner.ErrPromptAborted):
		return "", errInterrupted
	case errors.Is(err, io.EOF):
		return "", errInputEnded
	case err != nil:
		return "", err
	}
	if line != "" {
		e.ed.AppendHistory(line)
	}
	return line, nil
}

func (e *editedLines) shown(string) {}

// close restores the terminal, also when a read is still waiting (time
// ran out): nothing reads again after it.
func (e *editedLines) close() { _ = e.ed.Close() }
