package quiz

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"brief/ui/internal/uitest"
)

// The shared test helpers, under the names the quiz tests use.
var (
	defaultArticle = uitest.DefaultArticle
	sessionOf      = uitest.SessionOf
	testTheme      = uitest.Theme
	qzKey          = uitest.Key
	qzType         = uitest.Type
	qzPress        = uitest.Press
	qzLetter       = uitest.Letter
	shownAt        = uitest.ShownAt
	rightKeys      = uitest.RightKeys
	wrongKeys      = uitest.WrongKeys
	partialKeys    = uitest.PartialKeys
	qzView         = uitest.View
	quizFits       = uitest.Fits
	itemByID       = uitest.ItemByID
	testStore      = uitest.Store
	twoPacks       = uitest.TwoPacks
	colourSGR      = uitest.ColourSGR
	isASCII        = uitest.IsASCII
	lockStore      = uitest.LockStore
	recorded       = uitest.Recorded
)

const testSeed = uitest.Seed

// newTestQuiz opens a quiz on the given questions at 80x24.
func newTestQuiz(t testing.TB, cfg Config, ids ...string) *Screen {
	t.Helper()
	p, a := defaultArticle(t)
	cfg.Pack, cfg.Article = p, a
	if cfg.Session == nil {
		cfg.Session = sessionOf(t, a, ids...)
	}
	q := New(cfg, testTheme())
	q.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	return q
}
