package home

import (
	"strings"

	"brief/content"
	"brief/ui/common"
)

// StudentMsg brings the home screen the student's name (shown in its
// header) and the assignment of each article of a pack that sets one
// (shown under the article), loaded at start and again after a quiz.
type StudentMsg struct {
	Name string
	// Assignment is the line of an article's assignment as the student
	// stands with it ("exam · 12 questions · 15:00 · due Monday · 1 of 2
	// attempts left", study.Assigned.Line), or "". Called while drawing:
	// it must only look up what is in memory.
	Assignment func(p *content.Pack, a *content.Article) string
}

// student is what StudentMsg last brought.
type student struct {
	name       string
	assignment func(p *content.Pack, a *content.Article) string
}

// header is the title line: brief and its tagline, and at the right the
// student's name once they have given it.
func (h *Screen) header() string {
	s := h.theme.Styles
	left := s.AppName.Render("brief") + s.Subtle.Render(s.Glyphs().Dot+"read the news, then test yourself")
	return " " + common.Spread(s, left, s.Meta.Render(h.student.name), h.width-1)
}

// assignmentLines is an article's assignment under its facts, broken
// between its parts to fit (due day and attempts left matter most), or
// nothing.
func (h *Screen) assignmentLines(it homeItem) []string {
	if h.student.assignment == nil {
		return nil
	}
	line := common.OneLine(h.student.assignment(it.pack, it.article))
	if line == "" {
		return nil
	}
	s := h.theme.Styles
	var out []string
	for _, l := range packNote("Assignment: "+line, h.width-4) {
		l = strings.ReplaceAll(l, " · ", s.Glyphs().Dot) // the style's dot: ASCII in --style ascii
		out = append(out, "    "+s.Cut(s.Note.Render(l), h.width-4))
	}
	return out
}
