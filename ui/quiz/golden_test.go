package quiz

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"brief/quiz/study"
	"brief/ui/common"
)

// quizGoldenTB names a golden file testdata/<name>.golden.
type quizGoldenTB struct {
	testing.TB
	name string
}

func (n quizGoldenTB) Name() string { return n.name }

// runQuizView opens a quiz as StartQuiz does (over the article's reader,
// recording through a writer on no store) at 80x24 in a Glamour style
// ("dark" draws Unicode, "notty" ASCII), presses keys and returns the
// window as the root draws it, without its styling. Practice and untimed
// exams show nothing that depends on the clock.
func runQuizView(t *testing.T, style string, cfg Config, keys []string) string {
	t.Helper()
	p, a := defaultArticle(t)
	cfg.Pack, cfg.Article = p, a
	cfg.OverReader, cfg.Writer = true, study.NewWriter(nil)
	var s common.Screen = New(cfg, common.Theme{Styles: common.StylesFor(style, true), IsDark: true})
	s, _ = deliver(s, s.(*Screen).Init())
	s, _ = s.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	for _, k := range keys {
		var cmd tea.Cmd
		s, cmd = s.Update(qzKey(k))
		s, _ = deliver(s, cmd)
	}
	return ansi.Strip(common.Fit(s.View(), 80, 24))
}

// resultsIDs are the questions of the results goldens.
var resultsIDs = []string{"venue", "sullivan", "timeline", "roles"}

// resultsKeys answer the results goldens' questions: right, skipped,
// wrong and partly right.
func resultsKeys(s *Screen) []string {
	keys := append(rightKeys(&s.Attempt().Session().Items[0]), "enter", "ctrl+s", "enter")
	keys = append(keys, wrongKeys(&s.Attempt().Session().Items[2])...)
	keys = append(keys, "enter")
	return append(append(keys, partialKeys(&s.Attempt().Session().Items[3])...), "enter")
}

func TestQuizGolden(t *testing.T) {
	_, a := defaultArticle(t)
	tests := map[string]struct {
		cfg   Config
		ids   []string
		keys  func(s *Screen) []string
		ascii bool // drawn in the notty style's ASCII
	}{
		"choice":       {ids: []string{"venue"}},
		"choice_ascii": {ids: []string{"venue"}, ascii: true},
		"multi":        {ids: []string{"crucial-time"}, keys: func(*Screen) []string { return []string{"down", "space"} }},
		"cloze":        {ids: []string{"summit-dates"}, keys: func(*Screen) []string { return append(qzType("four"), "tab") }},
		// Enter on the last blank with blank 2 empty asks first.
		"cloze_ask": {ids: []string{"summit-dates"}, keys: func(*Screen) []string { return append(qzType("four"), "enter", "enter", "1", "3", "enter") }},
		"order":     {ids: []string{"timeline"}, keys: func(*Screen) []string { return []string{"down", "K"} }},
		"match":     {ids: []string{"who-said-what"}, keys: func(*Screen) []string { return []string{"b"} }},
		"feedback_wrong": {ids: []string{"venue"}, keys: func(s *Screen) []string {
			return wrongKeys(&s.Attempt().Session().Items[0])
		}},
		// Each part of an answer of several parts marked, with what
		// belonged there, and a multi option's feedback under it.
		"feedback_multi": {ids: []string{"hedged-claims"}, keys: multiMixedKeys},
		"feedback_order": {ids: []string{"timeline"}, keys: func(s *Screen) []string {
			return partialKeys(&s.Attempt().Session().Items[0])
		}},
		"feedback_match_ascii": {ids: []string{"who-said-what"}, ascii: true, keys: func(s *Screen) []string {
			return partialKeys(&s.Attempt().Session().Items[0])
		}},
		"feedback_cloze": {ids: []string{"summit-dates"}, keys: func(s *Screen) []string {
			return partialKeys(&s.Attempt().Session().Items[0])
		}},
		// A typo forgiven says so; a miss shows one model answer.
		"feedback_typo":  {ids: []string{"sullivan"}, keys: func(*Screen) []string { return append(qzType("Jake Sulivan"), "enter") }},
		"feedback_short": {ids: []string{"summit-focus"}, keys: func(*Screen) []string { return append(qzType("oil"), "enter") }},
		"exam_overview": {cfg: Config{Exam: true}, ids: []string{"venue", "sullivan", "timeline"}, keys: func(s *Screen) []string {
			return append(rightKeys(&s.Attempt().Session().Items[0]), "!", "l")
		}},
		"results_summary":       {ids: resultsIDs, keys: resultsKeys},
		"results_summary_ascii": {ids: resultsIDs, keys: resultsKeys, ascii: true},
		"results_review": {ids: resultsIDs, keys: func(s *Screen) []string {
			return append(resultsKeys(s), "r")
		}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			cfg := tc.cfg
			cfg.Session = sessionOf(t, a, tc.ids...)
			var keys []string
			if tc.keys != nil {
				// The keys are worked out on a copy of the session, so the
				// program's session starts unanswered.
				keys = tc.keys(New(Config{Article: a, Session: sessionOf(t, a, tc.ids...)}, testTheme()))
			}
			style := "dark"
			if tc.ascii {
				style = "notty"
			}
			view := runQuizView(t, style, cfg, keys)
			file := "quiz_" + name
			if strings.HasPrefix(name, "results") {
				file = name
			}
			golden.RequireEqual(quizGoldenTB{t, file}, view)
		})
	}
}

// multiMixedKeys tick one right option and one wrong one that has
// feedback, then answer.
func multiMixedKeys(s *Screen) []string {
	it := &s.Attempt().Session().Items[0]
	q, n := it.Q, len(it.Q.Options)
	wrong := slices.IndexFunc(q.Options, func(o string) bool { return !slices.Contains(q.Answers, o) && q.Feedback[o] != "" })
	right := slices.Index(q.Options, q.Answers[0])
	return []string{qzLetter(shownAt(it.View.OptionOrder, n, right)), qzLetter(shownAt(it.View.OptionOrder, n, wrong)), "enter"}
}
