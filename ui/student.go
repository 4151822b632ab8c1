package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/internal/profile"
	"brief/quiz/study"
	"brief/ui/home"
)

// studentNotes reads, in a command, the student's name and the
// assignment of each article of the packs that set one, as the student
// stands with it, for the home screen. A name or an assignment that
// cannot be read is left out: the start panel says why when it matters.
func (m *Model) studentNotes() tea.Cmd {
	packs, store, dir := m.cfg.Packs, m.cfg.Store, m.cfg.DataDir
	return func() tea.Msg {
		var msg home.StudentMsg
		if dir != "" {
			if pr, err := profile.Load(dir); err == nil {
				msg.Name = pr.Name
			}
		}
		type key struct{ pack, article string }
		lines := map[key]string{}
		now := time.Now()
		for _, p := range packs {
			if p.Assignment == nil {
				continue
			}
			for _, a := range p.Articles {
				if as, err := study.AssignmentAt(store, p, a, now); err == nil && as != nil && a.QuestionCount() > 0 {
					lines[key{p.ID, a.ID}] = as.Line(now)
				}
			}
		}
		msg.Assignment = func(p *content.Pack, a *content.Article) string { return lines[key{p.ID, a.ID}] }
		return msg
	}
}
