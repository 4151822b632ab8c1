package stats

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
	"brief/ui/common"
)

// statsFixture is a month of practice on the default article and on an
// article of a pack that is no longer installed, ending on 12 May 2026.
func statsFixture() *scores.Stats {
	today := time.Date(2026, 5, 12, 0, 0, 0, 0, time.UTC)
	st := &scores.Stats{
		Articles: []scores.ArticleStats{
			{PackID: "brief-default", ArticleID: "russia-dprk-summit-2023", Attempts: 3, Best: 92.5, HasBest: true, Last: 80, Average: 71.66},
			{PackID: "gone-pack", ArticleID: "budget-2026", Attempts: 1, Best: 40, HasBest: true, Last: 40, Average: 40},
		},
		Levels: []scores.Mastery{
			{Level: "recall", Answers: 40, Points: 36, Max: 40, Fraction: 0.9},
			{Level: "inference", Answers: 20, Points: 11, Max: 20, Fraction: 0.55},
			{Level: "critical"},
		},
		Sections: []scores.SectionStats{
			{PackID: "brief-default", ArticleID: "russia-dprk-summit-2023", Section: "", Answers: 4, Points: 3, Max: 4, Fraction: 0.75},
			{PackID: "brief-default", ArticleID: "russia-dprk-summit-2023", Section: "hermit-kingdom", Answers: 30, Points: 21, Max: 30, Fraction: 0.7, Reading: 2 * time.Minute, Words: 460, WPM: 230},
			{PackID: "brief-default", ArticleID: "russia-dprk-summit-2023", Section: "lead", Reading: time.Minute, Words: 180, WPM: 180},
			// Read faster than anyone reads, and only passed through.
			{PackID: "brief-default", ArticleID: "russia-dprk-summit-2023", Section: "struggling", Reading: 20 * time.Second, Words: 311, WPM: 933},
			{PackID: "brief-default", ArticleID: "russia-dprk-summit-2023", Section: "missile-programs", Reading: time.Second},
			{PackID: "gone-pack", ArticleID: "budget-2026", Section: "spending", Answers: 26, Points: 10, Max: 26, Fraction: 10.0 / 26},
		},
		Streak:      4,
		Answers:     60,
		ReadingTime: 3*time.Minute + 21*time.Second,
		QuizTime:    75 * time.Minute,
	}
	for i := range scores.StatsDays {
		d := scores.DayAccuracy{Day: today.AddDate(0, 0, i-(scores.StatsDays-1))}
		if i%3 != 1 { // every third day without answers
			d.Answers, d.Max = 4, 4
			d.Points = float64(i % 5)
			d.Percent = 100 * d.Points / d.Max
		}
		st.Daily = append(st.Daily, d)
	}
	return st
}

// statsPack is the embedded pack, whose titles the stats look up.
func statsPack(tb testing.TB) *content.Pack {
	tb.Helper()
	p, err := content.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// statsKey is the key press of a key name the stats screen uses.
func statsKey(k string) tea.KeyPressMsg {
	if k == "esc" {
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	}
	return tea.KeyPressMsg{Code: rune(k[0]), Text: k}
}

// namedTB gives a golden file a name of its own: testdata/<name>.golden.
type namedTB struct {
	testing.TB
	name string
}

func (n namedTB) Name() string { return n.name }

// statsScreen builds a stats screen of the given size.
func statsScreen(t testing.TB, st *scores.Stats, width, height int) *Screen {
	t.Helper()
	s := New(st, []*content.Pack{statsPack(t)}, common.DefaultStyles(true))
	s.Update(tea.WindowSizeMsg{Width: width, Height: height})
	return s
}

func TestStatsScreenGolden(t *testing.T) {
	tests := map[string]struct {
		stats         *scores.Stats
		width, height int
	}{
		"stats_80x40":       {statsFixture(), 80, 40},
		"stats_40x12":       {statsFixture(), 40, 12},
		"stats_empty_40x12": {&scores.Stats{}, 40, 12},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			view := statsScreen(t, tc.stats, tc.width, tc.height).View()
			golden.RequireEqual(namedTB{t, name}, ansi.Strip(view))
		})
	}
}

func TestWriteStatsGolden(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, statsFixture(), []*content.Pack{statsPack(t)}, 0); err != nil {
		t.Fatal(err)
	}
	if b.String() != ansi.Strip(b.String()) {
		t.Error("plain stats hold escape sequences")
	}
	golden.RequireEqual(namedTB{t, "stats_plain"}, b.String())
}

func TestStatsScreenFitsEverySize(t *testing.T) {
	for _, st := range []*scores.Stats{statsFixture(), {}} {
		for width := common.MinWidth; width <= 110; width++ {
			for _, height := range []int{common.MinHeight, 12, 24} {
				s := statsScreen(t, st, width, height)
				lines := strings.Split(s.View(), "\n")
				if len(lines) > height {
					t.Fatalf("%dx%d: %d lines", width, height, len(lines))
				}
				for _, l := range lines {
					if w := ansi.StringWidth(l); w > width {
						t.Fatalf("%dx%d: line %q is %d wide", width, height, ansi.Strip(l), w)
					}
				}
			}
		}
	}
}

func TestStatsScreenKeys(t *testing.T) {
	tests := map[string]struct {
		keys     []string
		wantBack bool
		check    func(t *testing.T, s *Screen)
	}{
		"esc goes back": {keys: []string{"esc"}, wantBack: true},
		"q quits, as on every screen": {keys: []string{"q"}, check: func(t *testing.T, s *Screen) {
			if _, cmd := s.Update(statsKey("q")); cmd == nil {
				t.Fatal("q does nothing")
			} else if _, quit := cmd().(common.SaveAndQuitMsg); !quit {
				t.Error("q does not quit")
			}
		}},
		"j scrolls down": {keys: []string{"j", "j"}, check: func(t *testing.T, s *Screen) {
			if s.vp.YOffset() != 2 {
				t.Errorf("offset %d after two lines down, want 2", s.vp.YOffset())
			}
		}},
		"G then g returns to the top": {keys: []string{"G", "g"}, check: func(t *testing.T, s *Screen) {
			if !s.vp.AtTop() {
				t.Error("not at the top")
			}
		}},
		"G shows the last section": {keys: []string{"G"}, check: func(t *testing.T, s *Screen) {
			if !strings.Contains(ansi.Strip(s.View()), "spending") {
				t.Errorf("the last section is not in view:\n%s", ansi.Strip(s.View()))
			}
		}},
		"? shows every key": {keys: []string{"?"}, check: func(t *testing.T, s *Screen) {
			if !strings.Contains(ansi.Strip(s.View()), "bottom") {
				t.Errorf("full help lacks the bottom key:\n%s", ansi.Strip(s.View()))
			}
		}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			s := statsScreen(t, statsFixture(), 40, 12)
			var back bool
			for _, k := range tc.keys {
				_, cmd := s.Update(statsKey(k))
				if cmd != nil {
					_, back = cmd().(common.BackMsg)
				}
			}
			if back != tc.wantBack {
				t.Errorf("back = %v, want %v", back, tc.wantBack)
			}
			if tc.check != nil {
				tc.check(t, s)
			}
		})
	}
}

func TestStatsScreenLoads(t *testing.T) {
	tests := map[string]struct {
		msg  LoadedMsg
		want string
	}{
		"stats arrive":     {LoadedMsg{Stats: statsFixture()}, "Daily streak  4 days"},
		"nothing recorded": {LoadedMsg{Stats: &scores.Stats{}}, "No quizzes taken yet — press esc and take one."},
		"store failed":     {LoadedMsg{Err: fmt.Errorf("database is locked")}, "Could not load the stats: database is locked"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			s := statsScreen(t, nil, 80, 24)
			if !strings.Contains(s.View(), "Loading your stats") {
				t.Fatalf("no loading note:\n%s", s.View())
			}
			s.Update(tc.msg)
			if got := ansi.Strip(s.View()); !strings.Contains(got, tc.want) {
				t.Errorf("view lacks %q:\n%s", tc.want, got)
			}
		})
	}
}

func TestLoadStatsCmd(t *testing.T) {
	store, err := scores.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	id, err := store.StartAttempt(scores.AttemptInfo{PackID: "p", ArticleID: "a", Mode: scores.ModePractice})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"q1", "q2"} {
		if err := store.RecordAnswer(quiz.AnswerRecord{AttemptID: id, PackID: "p", ArticleID: "a", QuestionID: q,
			Level: "recall", Points: 1, Max: 1}); err != nil {
			t.Fatal(err)
		}
	}
	msg, ok := LoadCmd(store)().(LoadedMsg)
	if !ok || msg.Err != nil || msg.Stats.Answers != 2 {
		t.Fatalf("got %#v, want the stats of 2 answers", msg)
	}
	msg = LoadCmd(nil)().(LoadedMsg)
	if msg.Err == nil || !strings.Contains(msg.Err.Error(), "not being saved") {
		t.Errorf("no store: err = %v, want a note that scores are not saved", msg.Err)
	}
}

func TestSparkline(t *testing.T) {
	tests := map[string]struct {
		percents []float64
		present  []bool
		want     string
	}{
		"lowest to highest":                        {[]float64{0, 50, 100}, []bool{true, true, true}, "▁▅█"},
		"days without answers are gaps, not zeros": {[]float64{0, 0, 100}, []bool{true, false, true}, "▁·█"},
		"out of range is clamped":                  {[]float64{-20, 140}, []bool{true, true}, "▁█"},
		"nothing":                                  {nil, nil, ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := common.Sparkline(tc.percents, tc.present); got != tc.want {
				t.Errorf("sparkline = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestBar(t *testing.T) {
	tests := map[string]struct {
		fraction float64
		width    int
		want     string
	}{
		"empty":     {0, 4, "░░░░"},
		"half":      {0.5, 4, "██░░"},
		"full":      {1, 4, "████"},
		"over full": {1.5, 3, "███"},
		"no room":   {0.5, 0, ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			full, empty := common.Bar(tc.fraction, tc.width)
			if full+empty != tc.want {
				t.Errorf("bar = %q, want %q", full+empty, tc.want)
			}
		})
	}
}

func TestFormatDuration(t *testing.T) {
	tests := map[time.Duration]string{
		0:                               "none",
		42 * time.Second:                "42s",
		12*time.Minute + 20*time.Second: "12m",
		65 * time.Minute:                "1h 05m",
		26*time.Hour + 59*time.Minute:   "26h 59m",
		59*time.Minute + 59*time.Second: "1h 00m",
	}
	for d, want := range tests {
		t.Run(want, func(t *testing.T) {
			if got := formatDuration(d); got != want {
				t.Errorf("formatDuration(%v) = %q, want %q", d, got, want)
			}
		})
	}
}

// The title stays the title; where the view is in stats taller than the
// screen shows apart from it, at the right, and not at all when they fit.
func TestStatsScrollIndicator(t *testing.T) {
	tests := map[string]struct {
		stats     *scores.Stats
		height    int
		keys      []string
		wantRight string // the end of the title line; "" for none
	}{
		"fits":          {&scores.Stats{}, 12, nil, ""},
		"at the top":    {statsFixture(), 12, nil, "↓ more · 0%"},
		"in the middle": {statsFixture(), 12, []string{"j", "j"}, "↑↓ more · "},
		"at the bottom": {statsFixture(), 12, []string{"G"}, "↑ more · 100%"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			s := statsScreen(t, tc.stats, 60, tc.height)
			for _, k := range tc.keys {
				s.Update(statsKey(k))
			}
			top := strings.TrimRight(ansi.Strip(strings.Split(s.View(), "\n")[0]), " ")
			if !strings.HasPrefix(top, " brief · your progress") {
				t.Errorf("title line %q does not start with the title", top)
			}
			rest := strings.TrimSpace(strings.TrimPrefix(top, " brief · your progress"))
			if tc.wantRight == "" && rest != "" {
				t.Errorf("title line %q shows %q when the stats fit", top, rest)
			}
			if tc.wantRight != "" && !strings.HasPrefix(rest, tc.wantRight) {
				t.Errorf("title line %q ends %q, want %q", top, rest, tc.wantRight)
			}
		})
	}
}

// The footer offers only the scroll keys that can move the view, and the
// help key says what it does next.
func TestStatsScrollKeysAndHelpLabel(t *testing.T) {
	tests := map[string]struct {
		stats         *scores.Stats
		width, height int
		keys          []string
		want, unwant  []string
	}{
		"nothing scrolls": {
			stats: &scores.Stats{}, width: 40, height: 12,
			want: []string{"esc back", "? more keys"}, unwant: []string{"down", "page down"},
		},
		"at the top of tall stats": {
			stats: statsFixture(), width: 40, height: 12,
			want: []string{"↓/j down"},
		},
		"at the bottom": {
			stats: statsFixture(), width: 40, height: 12, keys: []string{"G"},
			unwant: []string{"↓/j down", "page down"},
		},
		"full help that fits": {
			stats: statsFixture(), width: 80, height: 40, keys: []string{"?"},
			want: []string{"close help"}, unwant: []string{"more keys"},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			s := statsScreen(t, tc.stats, tc.width, tc.height)
			for _, k := range tc.keys {
				s.Update(statsKey(k))
			}
			help := ansi.Strip(s.help.View(s.keys))
			for _, w := range tc.want {
				if !strings.Contains(help, w) {
					t.Errorf("help %q lacks %q", help, w)
				}
			}
			for _, w := range tc.unwant {
				if strings.Contains(help, w) {
					t.Errorf("help %q offers %q", help, w)
				}
			}
		})
	}
}

// A section read faster than anyone reads, or only passed through, says
// "skimmed" rather than a speed no one would believe.
func TestSectionSpeedSaysSkimmed(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, statsFixture(), []*content.Pack{statsPack(t)}, 100); err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{}
	for _, line := range strings.Split(b.String(), "\n") {
		for _, name := range []string{"Introduction", "Struggling", "Hermit kingdom", "Missile"} {
			if strings.Contains(line, name) {
				rows[name] = line
			}
		}
	}
	for name, want := range map[string]string{"Introduction": "180 wpm", "Hermit kingdom": "230 wpm", "Struggling": "skimmed", "Missile": "skimmed"} {
		if !strings.HasSuffix(strings.TrimSpace(rows[name]), want) {
			t.Errorf("%s row = %q, want it to end %q", name, rows[name], want)
		}
	}
	if strings.Contains(b.String(), "933") {
		t.Errorf("the stats give a speed of 933 wpm:\n%s", b.String())
	}
	if !strings.Contains(b.String(), "Reading       3m 21s") {
		t.Errorf("reading time is not given to the second under ten minutes:\n%s", b.String())
	}
}
