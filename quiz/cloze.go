package quiz

import (
	"fmt"
	"strings"
)

// MaxBlanks bounds the blanks of one cloze text, so a screen can show them.
const MaxBlanks = 20

// ClozeSegment is one piece of a cloze text: either literal text, or a
// blank the student fills in.
type ClozeSegment struct {
	Text    string   // the literal text; empty for a blank
	Answers []string // a blank's accepted answers, in the file's order; nil for literal text
}

// IsBlank reports whether the segment is a blank to fill in.
func (s ClozeSegment) IsBlank() bool { return s.Answers != nil }

// ParseCloze cuts a cloze text into literal text and blanks. A blank is
// written [[answer]] or [[answer|alternative|...]]. The text holds no
// escape: "[[" always opens a blank and "]]" always closes one.
func ParseCloze(text string) ([]ClozeSegment, error) {
	var segs []ClozeSegment
	blanks := 0
	rest := text
	for rest != "" {
		open := strings.Index(rest, "[[")
		if stray := strings.Index(rest, "]]"); stray >= 0 && (open < 0 || stray < open) {
			return nil, fmt.Errorf("\"]]\" after %q closes no blank: blanks are written [[answer]]", tail(rest[:stray]))
		}
		if open < 0 {
			segs = append(segs, ClozeSegment{Text: rest})
			break
		}
		if open > 0 {
			segs = append(segs, ClozeSegment{Text: rest[:open]})
		}
		rest = rest[open+2:]
		end := strings.Index(rest, "]]")
		blanks++
		if end < 0 {
			return nil, fmt.Errorf("blank %d is not closed: add \"]]\" after its answer", blanks)
		}
		inner := rest[:end]
		if strings.Contains(inner, "[[") {
			return nil, fmt.Errorf("blank %d is not closed before the next \"[[\"", blanks)
		}
		if blanks > MaxBlanks {
			return nil, fmt.Errorf("more than %d blanks: split the text into several questions", MaxBlanks)
		}
		var answers []string
		for alt := range strings.SplitSeq(inner, "|") {
			alt = cleanLine(alt)
			if alt == "" || Normalize(alt) == "" {
				return nil, fmt.Errorf("blank %d [[%s]] has an empty answer: write [[answer]] or [[answer|alternative]]", blanks, inner)
			}
			answers = append(answers, alt)
		}
		segs = append(segs, ClozeSegment{Answers: answers})
		rest = rest[end+2:]
	}
	return segs, nil
}

// Blanks returns the accepted answers of each blank of a cloze text, or
// nil if the text does not parse.
func Blanks(text string) [][]string {
	segs, err := ParseCloze(text)
	if err != nil {
		return nil
	}
	var out [][]string
	for _, s := range segs {
		if s.IsBlank() {
			out = append(out, s.Answers)
		}
	}
	return out
}

// tail shows the end of a long text, to point at a place in it.
func tail(s string) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) > 20 {
		return "…" + string(r[len(r)-20:])
	}
	return string(r)
}
