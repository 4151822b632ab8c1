package quiz

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"brief/content"
	"brief/internal/profile"
	"brief/quiz/scores"
	"brief/quiz/study"
	"brief/ui/common"
)

// panelNow is the day the assignment goldens are drawn on, a Thursday:
// the assignment is due the Monday after.
var panelNow = time.Date(2026, 12, 10, 9, 0, 0, 0, time.Local)

// assignedPack is the default pack with an assignment: an exam of 3
// questions in 15 minutes, twice at most, due on Monday 14 December.
func assignedPack(t *testing.T) (*content.Pack, *content.Article) {
	t.Helper()
	p, a := defaultArticle(t)
	pc := *p
	pc.Assignment = &content.Assignment{Mode: content.AssignExam, Time: "15m", Questions: 3, Attempts: 2, Due: "2026-12-14"}
	return &pc, a
}

// openPanel opens the start panel at a size, reads what it reads, and
// presses keys; it returns the screen on top then.
func openPanel(t *testing.T, cfg StartConfig, style string, w, h int, keys ...string) common.Screen {
	t.Helper()
	if cfg.Pack == nil {
		cfg.Pack, cfg.Article = defaultArticle(t)
	}
	if cfg.Writer == nil {
		cfg.Writer = study.NewWriter(cfg.Store)
	}
	cfg.Now = func() time.Time { return panelNow }
	p := NewStartPanel(cfg, common.Theme{Styles: common.StylesFor(style, true), IsDark: true})
	var s common.Screen = p
	s, _ = deliver(s, p.Init())
	s, _ = s.Update(tea.WindowSizeMsg{Width: w, Height: h})
	for _, k := range keys {
		var cmd tea.Cmd
		s, cmd = s.Update(qzKey(k))
		s, _ = deliver(s, cmd)
	}
	return s
}

// panelView is the panel drawn without styling, cut to its size.
func panelView(s common.Screen, w, h int) string { return ansi.Strip(common.Fit(s.View(), w, h)) }

func TestStartPanelGolden(t *testing.T) {
	tests := map[string]struct {
		assigned bool
		style    string
		w, h     int
		keys     []string
	}{
		"defaults":                  {style: "dark", w: 80, h: 24},
		"defaults_40x12":            {style: "dark", w: 40, h: 12},
		"help_40x12":                {style: "dark", w: 40, h: 12, keys: []string{"?"}},
		"exam_ascii":                {style: "notty", w: 80, h: 24, keys: []string{"down", "right", "down", "right", "right", "right"}},
		"assignment":                {assigned: true, style: "dark", w: 80, h: 24},
		"assignment_40x12":          {assigned: true, style: "dark", w: 40, h: 12},
		"assignment_name":           {assigned: true, style: "dark", w: 80, h: 24, keys: []string{"enter"}},
		"assignment_practice_40x12": {assigned: true, style: "notty", w: 40, h: 12, keys: []string{"right", "down", "down", "down", "down"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			var cfg StartConfig
			if tc.assigned {
				cfg.Pack, cfg.Article = assignedPack(t)
				cfg.DataDir = t.TempDir()
			}
			s := openPanel(t, cfg, tc.style, tc.w, tc.h, tc.keys...)
			view := panelView(s, tc.w, tc.h)
			quizFits(t, view, tc.w, tc.h)
			golden.RequireEqual(quizGoldenTB{t, "start_" + name}, view)
		})
	}
}

// Enter on the panel as it opens starts what it shows: every question,
// in practice.
func TestStartPanelEnterTakesTheDefaults(t *testing.T) {
	_, a := defaultArticle(t)
	q, ok := openPanel(t, StartConfig{}, "dark", 80, 24, "enter").(*Screen)
	if !ok {
		t.Fatal("enter on the start panel did not start the quiz")
	}
	if got := q.Attempt().Len(); got != len(a.Questions) || q.Attempt().Exam() {
		t.Errorf("the defaults started %d questions, exam %v; want all %d in practice", got, q.Attempt().Exam(), len(a.Questions))
	}
}

// The rows set the count, the mode, the time limit, the section and the
// level of the quiz Enter starts.
func TestStartPanelSetsTheQuizUp(t *testing.T) {
	_, a := defaultArticle(t)
	// Questions one step down from all, exam, 5 minutes, the first
	// section that has questions, the first level.
	q, ok := openPanel(t, StartConfig{}, "dark", 80, 24, "left", "down", "right", "down", "right", "down", "right", "down", "right", "enter").(*Screen)
	if !ok {
		t.Fatal("enter did not start the quiz")
	}
	att := q.Attempt()
	if !att.Exam() || att.Limit() != 5*time.Minute {
		t.Errorf("exam %v, limit %v; want an exam of 5 minutes", att.Exam(), att.Limit())
	}
	level, section := att.Item(0).Q.Level, att.Item(0).Q.Section
	for i := range att.Len() {
		it := att.Item(i).Q
		if it.Level != level || it.Section != section {
			t.Errorf("question %s is %s in %q, want every question %s in %q", it.ID, it.Level, it.Section, level, section)
		}
	}
	if att.Len() >= len(a.Questions) {
		t.Errorf("%d questions: the section and level chosen did not narrow the quiz", att.Len())
	}
}

// An assignment starts as set, drawn for the student: the name is asked
// once, saved in the data folder, and the draw follows Assigned.Seed.
func TestStartPanelTakesTheAssignment(t *testing.T) {
	p, a := assignedPack(t)
	dir := t.TempDir()
	st := testStore(t)
	keys := append([]string{"enter"}, qzType("Ana Perera")...)
	q, ok := openPanel(t, StartConfig{Pack: p, Article: a, Store: st, DataDir: dir}, "dark", 80, 24, append(keys, "enter")...).(*Screen)
	if !ok {
		t.Fatal("the assignment did not start after the name")
	}
	att := q.Attempt()
	if !att.Exam() || att.Limit() != 15*time.Minute || att.Len() != 3 {
		t.Errorf("exam %v, limit %v, %d questions; want the assignment's exam of 3 in 15 minutes", att.Exam(), att.Limit(), att.Len())
	}
	if pr, err := profile.Load(dir); err != nil || pr.Name != "Ana Perera" {
		t.Errorf("the name kept is %q (%v), want Ana Perera", pr.Name, err)
	}
	as, _ := study.AssignmentAt(st, p, a, panelNow)
	if want := as.Seed("Ana Perera", p.ID, a.ID); att.Session().Options.Seed != want {
		t.Errorf("drawn with seed %d, want the student's %d", att.Session().Options.Seed, want)
	}
	// The name is asked only once.
	if _, ok := openPanel(t, StartConfig{Pack: p, Article: a, Store: st, DataDir: dir}, "dark", 80, 24, "enter").(*Screen); !ok {
		t.Error("the name was asked again")
	}
}

// With every attempt used, the panel says so and starts practice.
func TestStartPanelWithNoAttemptsLeftOffersPractice(t *testing.T) {
	p, a := assignedPack(t)
	st := testStore(t)
	for range 2 {
		rec, err := st.Begin(scores.AttemptInfo{PackID: p.ID, PackVersion: p.Version, ArticleID: a.ID, Mode: scores.ModeExam, Assigned: true, Started: panelNow})
		if err != nil {
			t.Fatal(err)
		}
		if err := rec.Finish(panelNow); err != nil {
			t.Fatal(err)
		}
	}
	cfg := StartConfig{Pack: p, Article: a, Store: st, DataDir: t.TempDir()}
	view := panelView(openPanel(t, cfg, "dark", 80, 24), 80, 24)
	for _, want := range []string{"0 of 2 attempts left", "No attempts left"} {
		if !strings.Contains(view, want) {
			t.Errorf("the panel does not say %q:\n%s", want, view)
		}
	}
	q, ok := openPanel(t, cfg, "dark", 80, 24, "enter").(*Screen)
	if !ok || q.Attempt().Exam() {
		t.Fatal("enter with no attempts left did not start practice")
	}
}

// Practice on an assigned article stays possible, with the student's own
// settings, and is recorded as practice.
func TestStartPanelPractiseInsteadOfTheAssignment(t *testing.T) {
	p, a := assignedPack(t)
	q, ok := openPanel(t, StartConfig{Pack: p, Article: a, DataDir: t.TempDir()}, "dark", 80, 24, "right", "enter").(*Screen)
	if !ok {
		t.Fatal("practice did not start")
	}
	if q.Attempt().Exam() || q.Attempt().Len() != len(a.Questions) {
		t.Errorf("practice instead: exam %v, %d questions; want practice on all %d", q.Attempt().Exam(), q.Attempt().Len(), len(a.Questions))
	}
}

// A name that cannot be saved is said on the panel before the quiz covers
// it; enter then starts the assignment under that name all the same.
func TestStartPanelSaysWhenTheNameWasNotSaved(t *testing.T) {
	p, a := assignedPack(t)
	file := filepath.Join(t.TempDir(), "not-a-folder")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := StartConfig{Pack: p, Article: a, Store: testStore(t), DataDir: file}
	keys := append(append([]string{"enter"}, qzType("Ana Perera")...), "enter")
	s := openPanel(t, cfg, "dark", 80, 24, keys...)
	if v := panelView(s, 80, 24); !strings.Contains(v, "Your name was not saved") {
		t.Fatalf("the panel does not say the name was not saved:\n%s", v)
	}
	if _, ok := openPanel(t, cfg, "dark", 80, 24, append(keys, "enter")...).(*Screen); !ok {
		t.Error("enter after the notice did not start the assignment")
	}
}
