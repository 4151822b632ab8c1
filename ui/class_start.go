package ui

import (
	"errors"

	"brief/quiz/class"
	classui "brief/ui/class"
)

// ClassPrompts gives each question's text by article and question id.
type ClassPrompts = classui.Prompts

// ClassConfig is what StartClass opens: a class report, and the text of
// its questions when the teacher named the pack (nil otherwise).
type ClassConfig struct {
	Report  *class.Report
	Prompts classui.Prompts
}

// newClassStart is the class screen on its own (`brief class`): going back
// from it leaves brief.
func newClassStart(cfg Config) (*Model, error) {
	if cfg.Class == nil || cfg.Class.Report == nil || len(cfg.Class.Report.Packs) == 0 {
		return nil, errors.New("no class report to show: no hand-in could be read")
	}
	m, err := newModel(cfg)
	if err != nil {
		return nil, err
	}
	m.start = m.push(stateClass, classui.New(cfg.Class.Report, cfg.Class.Prompts, m.theme.Styles), nil)
	return m, nil
}

// alone reports whether the interface was started on one screen that
// leaves brief when closed (`brief stats`, `brief class`).
func (m *Model) alone() bool {
	return (m.cfg.Start == StartStats || m.cfg.Start == StartClass) && len(m.stack) == 1
}
