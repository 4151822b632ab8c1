package quiz

import (
	tea "charm.land/bubbletea/v2"

	"brief/internal/profile"
	"brief/quiz/study"
)

// assignmentLoadedMsg brings the start panel the pack's assignment as
// the student stands with it, and the student's name.
type assignmentLoadedMsg struct {
	assigned *study.Assigned
	student  string
	err      error
}

// loadAssignment reads, in a command, the attempts the assignment has
// used and the name the student gave before.
func loadAssignment(cfg StartConfig) tea.Cmd {
	return func() tea.Msg {
		as, err := study.AssignmentAt(cfg.Store, cfg.Pack, cfg.Article, cfg.Now())
		msg := assignmentLoadedMsg{assigned: as, err: err}
		if cfg.DataDir != "" {
			pr, perr := profile.Load(cfg.DataDir)
			msg.student = pr.Name
			if msg.err == nil {
				msg.err = perr
			}
		}
		return msg
	}
}

// loaded shows the assignment, chosen unless no attempt is left; when it
// cannot be read, the panel offers practice alone and says why.
func (p *StartPanel) loaded(msg assignmentLoadedMsg) *StartPanel {
	p.loading, p.student = false, msg.student
	if msg.err != nil {
		p.problem = "The assignment could not be read: " + msg.err.Error()
	}
	if msg.assigned != nil {
		p.assigned = msg.assigned
		p.choices.assignment = p.mayTake()
	}
	p.chooseUnfinished()
	return p
}

// nameSavedMsg reports that the student's name was saved (or why not).
type nameSavedMsg struct{ err error }

// askName turns the panel into the question of the student's name.
func (p *StartPanel) askName() tea.Cmd {
	p.naming = true
	p.name.SetValue("")
	return p.name.Focus()
}

// nameKey types the name; Enter keeps it (saved in the data folder) and
// starts the assignment, esc goes back to the choices.
func (p *StartPanel) nameKey(msg tea.KeyPressMsg) (*StartPanel, tea.Cmd) {
	switch msg.String() {
	case "esc":
		p.naming, p.problem = false, ""
		p.name.Blur()
		return p, nil
	case "enter":
		if why := profile.CheckName(p.name.Value()); why != "" {
			p.problem = "A name is needed: " + why + "."
			return p, nil
		}
		p.student, p.naming, p.problem = profile.Clean(p.name.Value()), false, ""
		p.name.Blur()
		return p, p.saveName()
	}
	p.problem = ""
	var cmd tea.Cmd
	p.name, cmd = p.name.Update(msg)
	return p, cmd
}

// saveName keeps the name in the data folder, in a command; then the
// assignment starts.
func (p *StartPanel) saveName() tea.Cmd {
	dir, name := p.cfg.DataDir, p.student
	return func() tea.Msg {
		if dir == "" {
			return nameSavedMsg{}
		}
		return nameSavedMsg{err: profile.Save(dir, profile.Profile{Name: name})}
	}
}
