package stats

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"brief/content"
	"brief/quiz/scores"
)

// noise is what a screen reader reads out as noise rather than as stats:
// the sparkline's and bars' blocks, the dots, dashes and ellipsis the
// plain stats use, and box lines.
const noise = "▁▂▃▄▅▆▇█░▒▓·—–…│─\x1b"

// spokenStats is the accessible stats of st, as `brief stats
// --accessible` prints them with the embedded pack installed.
func spokenStats(t *testing.T, st *scores.Stats, width int) string {
	t.Helper()
	var b bytes.Buffer
	if err := WriteSpoken(&b, st, []*content.Pack{statsPack(t)}, width); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestWriteSpokenGolden(t *testing.T) {
	out := spokenStats(t, statsFixture(), 0)
	if i := strings.IndexAny(out, noise); i >= 0 {
		t.Errorf("accessible stats hold %q at byte %d:\n%s", []rune(out[i:])[0], i, out)
	}
	for _, title := range []string{"Russia, North Korea leaders’ meeting under global spotlight", "budget-2026"} {
		if !strings.Contains(out, "Article: "+title+". ") {
			t.Errorf("the article %q is not named whole:\n%s", title, out)
		}
	}
	golden.RequireEqual(namedTB{t, "stats_spoken"}, out)
}

// Each fact of the plain stats is said, in words where the plain stats
// draw a glyph.
func TestWriteSpokenSaysEachFact(t *testing.T) {
	out := spokenStats(t, statsFixture(), 0)
	for _, want := range []string{
		"Daily streak: 4 days\n",
		"Time spent reading: 3 minutes 21 seconds\n",
		"Time spent quizzing: 1 hour 15 minutes\n",
		"Accuracy over the last 30 days: 50% on 20 days with answers; today 100%.\n",
		"Best day: 100% on 12 May. Worst day: 0% on 3 May.\n",
		"Last 7 days: 70%, up from 43% in the 23 days before.\n",
		"Mastery, critical: no answers yet.\n",
		"Whole article: 75% correct, reading speed not measured.\n",
		"Introduction: no answers yet, reading speed 180 words a minute.\n",
		"Struggling: no answers yet, skimmed, not read.\n",
		"spending: 38% correct, reading speed not measured.\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("accessible stats lack %q:\n%s", want, out)
		}
	}
}

func TestWriteSpokenCases(t *testing.T) {
	oneDay := &scores.Stats{Answers: 2, Streak: 1, Articles: []scores.ArticleStats{
		{PackID: "brief-default", ArticleID: "russia-dprk-summit-2023", Attempts: 1, Last: 50, Average: 50},
	}}
	today := time.Date(2026, 5, 12, 0, 0, 0, 0, time.UTC)
	for i := range scores.StatsDays {
		oneDay.Daily = append(oneDay.Daily, scores.DayAccuracy{Day: today.AddDate(0, 0, i-(scores.StatsDays-1))})
	}
	oneDay.Daily[scores.StatsDays-3] = scores.DayAccuracy{Day: today.AddDate(0, 0, -2), Answers: 2, Points: 1, Max: 2, Percent: 50}
	tests := map[string]struct {
		stats        *scores.Stats
		want, unwant []string
	}{
		"nothing answered": {&scores.Stats{}, []string{"No quizzes taken yet. Run brief quiz to take one.\n"}, []string{"reading"}},
		"only reading": {&scores.Stats{ReadingTime: 90 * time.Second},
			[]string{"No quizzes taken yet.", "\n\nTime spent reading: 1 minute 30 seconds.\n"}, nil},
		"one day, not today, no full attempt": {oneDay,
			[]string{"50% on 1 day with answers; no answers yet today.\n", "Best: none yet. Last: 50%."},
			[]string{"Best day", "Last 7 days"}},
		"no finished quiz": {&scores.Stats{Answers: 1}, []string{"Articles: no finished quiz yet.\n"}, nil},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out := spokenStats(t, tc.stats, 0)
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tc.unwant {
				if strings.Contains(out, w) {
					t.Errorf("output says %q:\n%s", w, out)
				}
			}
		})
	}
}

// The trend says which way the last week went against the days before,
// and nothing when either has no answers to compare.
func TestTrendSentence(t *testing.T) {
	week := func(earlier, recent float64, earlierAnswered bool) []scores.DayAccuracy {
		days := make([]scores.DayAccuracy, 10)
		for i := range days {
			p := recent
			if i < 3 {
				if !earlierAnswered {
					continue
				}
				p = earlier
			}
			days[i] = scores.DayAccuracy{Answers: 1, Points: p / 100, Max: 1, Percent: p}
		}
		return days
	}
	tests := map[string]struct {
		days []scores.DayAccuracy
		want string
	}{
		"better":              {week(40, 60, true), "Last 7 days: 60%, up from 40% in the 3 days before."},
		"worse":               {week(80, 60, true), "Last 7 days: 60%, down from 80% in the 3 days before."},
		"alike when rounded":  {week(60.2, 59.9, true), "Last 7 days: 60%, the same as 60% in the 3 days before."},
		"nothing to compare":  {week(0, 60, false), ""},
		"no days before them": {week(40, 60, true)[3:], ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := trendSentence(tc.days); got != tc.want {
				t.Errorf("trend = %q, want %q", got, tc.want)
			}
		})
	}
}

// Wrapped for a terminal, lines break between words, never inside one.
func TestWriteSpokenWraps(t *testing.T) {
	out := spokenStats(t, statsFixture(), 40)
	for _, l := range strings.Split(out, "\n") {
		if len([]rune(l)) > 40 {
			t.Errorf("line wider than 40: %q", l)
		}
	}
	if whole := spokenStats(t, statsFixture(), 0); !slices.Equal(strings.Fields(out), strings.Fields(whole)) {
		t.Errorf("wrapping cut or lost words:\n%s", out)
	}
}

// Times are said in words, rounded as the plain stats round them.
func TestSpokenDuration(t *testing.T) {
	tests := map[time.Duration]string{
		0:                               "none",
		300 * time.Millisecond:          "0 seconds",
		61 * time.Second:                "1 minute 1 second",
		3*time.Minute + 21*time.Second:  "3 minutes 21 seconds",
		12*time.Minute + 20*time.Second: "12 minutes",
		59*time.Minute + 59*time.Second: "1 hour",
		26*time.Hour + 2*time.Minute:    "26 hours 2 minutes",
	}
	for d, want := range tests {
		t.Run(want, func(t *testing.T) {
			if got := spokenDuration(d); got != want {
				t.Errorf("spokenDuration(%v) = %q, want %q", d, got, want)
			}
		})
	}
}
