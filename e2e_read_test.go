package main

import (
	"os/exec"
	"strings"
	"testing"
)

// A student runs brief, opens the article from the home screen, moves to
// the next section, and quits; the terminal is left as it was.
func TestEndToEndReadArticle(t *testing.T) {
	s := startTmux(t, 80, 24, nil)
	s.waitFor("Russia, North Korea leaders’ meeting")
	s.keys("Enter")
	s.waitFor("Russian Federation President Vladimir Putin")
	s.keys("]")
	screen := s.waitFor("Struggling")
	if !strings.Contains(screen, "Impoverished North Korea") {
		t.Errorf("after ] the Struggling section should be on screen:\n%s", screen)
	}
	s.keys("q")
	if status := s.exitStatus(); status != "0" {
		t.Errorf("brief exited with %s, want 0", status)
	}
	if after := s.screen(); strings.Contains(after, "Impoverished North Korea") || strings.Contains(after, "next section") {
		t.Errorf("the reader was left on screen after quitting:\n%s", after)
	}
}

// Piped output is the rendered article as plain text: no escape sequences,
// no trailing padding.
func TestEndToEndPlainReadToPipe(t *testing.T) {
	out, err := exec.Command(binary, "read").Output()
	if err != nil {
		t.Fatalf("brief read | …: %v", err)
	}
	text := string(out)
	for _, want := range []string{"Russia, North Korea leaders’ meeting under global spotlight", "By Fazli M. Auff", "## Hermit kingdom", "resort of Sochi"} {
		if !strings.Contains(strings.Join(strings.Fields(text), " "), want) {
			t.Errorf("plain output lacks %q", want)
		}
	}
	if strings.ContainsRune(text, '\x1b') {
		t.Errorf("plain output to a pipe holds escape sequences")
	}
	for i, line := range strings.Split(text, "\n") {
		if strings.HasSuffix(line, " ") {
			t.Errorf("line %d has trailing padding: %q", i+1, line)
			break
		}
	}
}

// Errors in what the user gives are one located line and exit status 1.
func TestEndToEndBadArticleIsLocatedError(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/bad.md"
	writeFile(t, path, "---\ntitle: [unclosed\n---\nBody.\n")
	cmd := exec.Command(binary, "read", path, "--plain")
	out, err := cmd.CombinedOutput()
	if code := exitCode(err); code != 1 {
		t.Fatalf("exit code %d, want 1; output:\n%s", code, out)
	}
	if !strings.HasPrefix(string(out), "brief: "+path+":") || strings.Contains(string(out), "goroutine") {
		t.Errorf("want one located error line, got:\n%s", out)
	}
}

// brief read --plain printed into a terminal is styled as the terminal
// can show (it used to learn nothing of TERM and print no colour at all),
// and NO_COLOR still turns colour off.
func TestEndToEndPlainReadInATerminalIsStyled(t *testing.T) {
	tests := map[string]struct {
		env    []string
		colour bool
	}{
		"a 256-colour terminal": {nil, true},
		"NO_COLOR":              {[]string{"NO_COLOR=1"}, false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			s := startTmux(t, 80, 24, tc.env, "read", "--plain", "--style", "dark")
			if status := s.exitStatus(); status != "0" {
				t.Fatalf("brief exited with %s, want 0", status)
			}
			styled := s.tmux("capture-pane", "-p", "-e", "-t", "0", "-S", "-200")
			if got := strings.Contains(styled, "\x1b[38;"); got != tc.colour {
				t.Errorf("coloured text on screen: %v, want %v:\n%.600q", got, tc.colour, styled)
			}
		})
	}
}

// Under --style ascii the whole full screen is ASCII typography, the
// home screen's titles and the reader's header as well as the text: a
// terminal that cannot show a curly quote never gets one.
func TestEndToEndASCIIStyleHasNoCurlyQuotes(t *testing.T) {
	s := startTmux(t, 80, 24, nil, "--style", "ascii")
	home := s.waitFor("Russia, North Korea leaders' meeting")
	s.keys("Enter")
	reader := s.waitFor("Russian Federation President Vladimir Putin")
	for name, screen := range map[string]string{"home": home, "reader": reader} {
		if strings.ContainsAny(screen, "‘’“”—–…") {
			t.Errorf("the %s screen shows typography an ASCII terminal cannot:\n%s", name, screen)
		}
	}
	s.keys("q")
	if status := s.exitStatus(); status != "0" {
		t.Errorf("brief exited with %s, want 0", status)
	}
}
