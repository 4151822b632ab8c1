package quiz

import (
	"strings"

	"brief/ui/common"
)

// rows are the panel's rows now: the choice of the assignment only when
// it can be taken.
func (p *StartPanel) rows() []startRow {
	return p.choices.rows(p.mayTake())
}

// View draws the article's title, the assignment if the pack sets one,
// the rows (or the question of the student's name), a note and the keys,
// in the quiz's column.
func (p *StartPanel) View() string {
	if p.width <= 0 || p.height <= 0 {
		return ""
	}
	if common.TooSmall(p.width, p.height) {
		return common.TooSmallView(p.theme.Styles, p.width, p.height)
	}
	x, w := common.QuizColumn(p.width)
	s := p.theme.Styles
	head := []string{s.Cut(s.Title.Render("Quiz: "+common.OneLine(p.cfg.Article.Title)), w), ""}
	about := p.assignmentLines(w)
	foot := append([]string{""}, p.noteLines(w)...)
	if p.help.ShowAll {
		foot = append(foot, strings.Split(p.help.View(p.keys), "\n")...)
	} else {
		foot = append(foot, common.FitHints(p.help, w, p.hints()))
	}
	room := p.height - len(head) - len(foot)
	body := p.bodyLines(w)
	if len(about)+len(body) > room && len(about) > 1 {
		// A small terminal: the assignment in one line, cut.
		about = []string{s.Cut(strings.Join(about[:len(about)-2], " "), w), ""}
	}
	body = p.window(body, room-len(about))
	out := append(head, about...)
	out = append(out, common.PadLines(body, max(0, room-len(about)))...)
	out = append(out, foot...)
	return common.Fit(strings.Join(common.Indent(out, x), "\n"), p.width, p.height)
}

// assignmentLines are the assignment as set, wrapped, and a blank line;
// nothing for a pack that sets none.
func (p *StartPanel) assignmentLines(w int) []string {
	if p.assigned == nil {
		return nil
	}
	s := p.theme.Styles
	line := strings.ReplaceAll(p.assigned.Line(p.cfg.Now()), " · ", s.Glyphs().Dot) // ASCII in --style ascii
	out := common.WrapLines("Assignment: "+line, w)
	note := "Set by your teacher: it runs as set."
	if !p.mayTake() {
		note = "No attempts left: you can practise on your own."
	}
	out = append(out, common.WrapLines(s.Subtle.Render(note), w)...)
	return append(out, "")
}

// bodyLines are the rows, the one under the cursor marked, or the
// question of the student's name.
func (p *StartPanel) bodyLines(w int) []string {
	s := p.theme.Styles
	if p.loading {
		return []string{s.Subtle.Render("Reading the assignment…")}
	}
	if p.naming {
		out := common.WrapLines("Your name, as your teacher knows you:", w)
		out = append(out, p.name.View())
		return append(out, common.WrapLines(s.Subtle.Render("It goes on every result you hand in, and is asked only once."), w)...)
	}
	g := s.Glyphs()
	var out []string
	for i, r := range p.rows() {
		line := r.label() + ": " + p.choices.value(r)
		if i == p.at {
			out = append(out, s.Cursor.Render(g.Cursor)+s.Cut(s.Selected.Render(line), w-len([]rune(g.Cursor))))
			continue
		}
		out = append(out, strings.Repeat(" ", len([]rune(g.Cursor)))+s.Cut(line, w-len([]rune(g.Cursor))))
	}
	return out
}

// window is the part of the body that fits in height lines, with the
// cursor's row in it.
func (p *StartPanel) window(body []string, height int) []string {
	if height <= 0 {
		return nil
	}
	if len(body) <= height || p.naming {
		return body[:min(len(body), height)]
	}
	from := max(0, min(p.at-height+1, len(body)-height))
	return body[from : from+height]
}

// noteLines are why the last key did nothing, else what Enter starts:
// one line, cut, or two for the unfinished attempt it offers back.
func (p *StartPanel) noteLines(w int) []string {
	if p.problem == "" && !p.loading && !p.naming && p.resume != nil {
		lines := common.WrapLines(p.theme.Styles.Note.Render(p.resumeNote()), w)
		if len(lines) > 2 {
			lines = append(lines[:1], p.theme.Styles.Cut(strings.Join(lines[1:], " "), w))
		}
		return lines
	}
	return []string{p.noteLine(w)}
}

// noteLine is why the last key did nothing, else what Enter starts.
func (p *StartPanel) noteLine(w int) string {
	s := p.theme.Styles
	switch {
	case p.problem != "":
		return s.Cut(s.Error.Render(common.CleanError(p.problem)), w)
	case p.loading || p.naming:
		return ""
	case p.choices.assignment && p.mayTake():
		return s.Cut(s.Note.Render("Enter starts the assignment."), w)
	case p.choices.available() == 0:
		return s.Cut(s.Error.Render("No questions at this section and level."), w)
	}
	return s.Cut(s.Note.Render("Enter starts with what is shown."), w)
}

// hints are the one-line help: the keys of typing a name, or of the
// rows.
func (p *StartPanel) hints() []common.Hint {
	k := p.keys
	if p.naming {
		k.Start.SetHelp("enter", "save and start")
		return []common.Hint{{Binding: k.Start}, {Binding: k.Back}}
	}
	// esc goes before the help on a narrow line: the help names it, and
	// it is every screen's way back.
	return []common.Hint{{Binding: k.Start}, {Binding: k.Right}, {Binding: k.Down, Rank: 3}, {Binding: k.Back, Rank: 2}, {Binding: k.Help, Rank: common.HelpRank}}
}
