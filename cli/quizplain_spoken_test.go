package cli

import (
	"strings"
	"testing"
)

// --accessible writes words a screen reader says, not glyphs it reads
// out as "middle dot", "right arrow", "em dash" or underscore by
// underscore: blanks are "(blank 1)", a pair is "x to y", dashes are
// hyphens and quotes straight. Every question is skipped, so that every
// right answer (matches and cloze included) is printed too.
func TestAccessibleQuizSpeaksWords(t *testing.T) {
	_, total := rightAnswers(t, 5)
	out, errOut, code := runIn(t, t.TempDir(), strings.Repeat("\n", total), "quiz", "--accessible", "--seed", "5")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	noGlyphSpoken(t, out)
	for _, want := range []string{"(blank 1)", " to ", "Question 1 of ", ", recall, 1 point\n", "A to D)"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	// --plain keeps its glyphs.
	plain, _, _ := runIn(t, t.TempDir(), strings.Repeat("\n", total), "quiz", "--plain", "--seed", "5")
	if !strings.Contains(plain, " · ") || !strings.Contains(plain, "[1]_____") {
		t.Errorf("--plain lost its separators or blanks")
	}
}

// A review under --accessible speaks as the quiz does: no glyph a screen
// reader would read out, in the heading, the questions or the results.
func TestAccessibleReviewSpeaksWords(t *testing.T) {
	dir := t.TempDir()
	_, total := rightAnswers(t, 5)
	if _, errOut, code := runIn(t, dir, strings.Repeat("\n", total), "quiz", "--plain", "--seed", "5"); code != 0 {
		t.Fatalf("quiz: exit %d: %s", code, errOut)
	}
	out, errOut, code := runIn(t, dir, strings.Repeat("\n", total), "review", "--accessible", "--seed", "5")
	if code != 0 {
		t.Fatalf("review: exit %d: %s", code, errOut)
	}
	noGlyphSpoken(t, out)
	for _, want := range []string{"Nothing is due for review: going over the", "Review - ", "Question 1 of ", "(blank 1)", "Score: "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

// noGlyphSpoken fails for each glyph a screen reader would read out by
// name ("middle dot", "right arrow", underscore by underscore) in out.
func noGlyphSpoken(t *testing.T, out string) {
	t.Helper()
	for _, glyph := range []string{"·", "→", "—", "–", "’", "‘", "“", "”", "…", "_____"} {
		if i := strings.Index(out, glyph); i >= 0 {
			t.Errorf("%q is printed: %q", glyph, out[max(0, i-60):min(len(out), i+40)])
		}
	}
}
