package study

import (
	"math"
	"testing"
	"time"

	"brief/content"
)

// The clock reads the same in the plain quiz and on the full screen.
func TestCountdown(t *testing.T) {
	tests := map[string]struct {
		d    time.Duration
		want string
	}{
		"none left":           {0, "0:00"},
		"negative":            {-time.Second, "0:00"},
		"part of a second":    {300 * time.Millisecond, "0:01"},
		"a started second":    {7*time.Minute + 11*time.Second + time.Millisecond, "7:12"},
		"minutes":             {10*time.Minute + 5*time.Second, "10:05"},
		"an hour and a bit":   {time.Hour + 30*time.Second, "1:00:30"},
		"a 90-minute exam":    {90 * time.Minute, "1:30:00"},
		"over an hour":        {time.Hour + 2*time.Minute + 3*time.Second, "1:02:03"},
		"a day-long deadline": {25 * time.Hour, "25:00:00"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := Countdown(tc.d); got != tc.want {
				t.Errorf("Countdown(%v) = %q, want %q", tc.d, got, tc.want)
			}
		})
	}
}

// A percentage is whole, rounded, and stays 0–100 whatever a damaged
// score row holds.
func TestPercent(t *testing.T) {
	tests := map[string]struct {
		points, max float64
		want        int
	}{
		"all right":         {5, 5, 100},
		"rounded half up":   {1, 8, 13},
		"nothing to score":  {0, 0, 0},
		"infinite totals":   {math.Inf(1), math.Inf(1), 0},
		"infinite points":   {math.Inf(1), 10, 0},
		"not a number":      {math.NaN(), 10, 0},
		"more than the max": {12, 10, 100},
		"negative points":   {-3, 10, 0},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := Percent(tc.points, tc.max); got != tc.want {
				t.Errorf("Percent(%v, %v) = %d, want %d", tc.points, tc.max, got, tc.want)
			}
		})
	}
}

func TestSectionLabel(t *testing.T) {
	a, err := content.ParseArticle("a.md", []byte("---\ntitle: A\n---\nLead.\n\n## Rescue efforts\n\nText.\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		article *content.Article
		section string
		want    string
	}{
		"by slug":            {a, "rescue-efforts", "Rescue efforts"},
		"by heading":         {a, "rescue efforts", "Rescue efforts"},
		"none":               {a, "", WholeArticle},
		"blank":              {a, "  ", WholeArticle},
		"unknown name":       {a, "elsewhere", "elsewhere"},
		"no article to hand": {nil, "", WholeArticle},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := SectionLabel(tc.article, tc.section); got != tc.want {
				t.Errorf("SectionLabel(%q) = %q, want %q", tc.section, got, tc.want)
			}
		})
	}
}

func TestQuoteMarks(t *testing.T) {
	if o, c := QuoteMarks(true); o != `"` || c != `"` {
		t.Errorf("ascii quotes = %s %s", o, c)
	}
	if o, c := QuoteMarks(false); o != "“" || c != "”" {
		t.Errorf("quotes = %s %s", o, c)
	}
}

func TestAgo(t *testing.T) {
	tests := map[time.Duration]string{
		30 * time.Second:   "just now",
		time.Minute:        "1 minute ago",
		59 * time.Minute:   "59 minutes ago",
		time.Hour:          "1 hour ago",
		47 * time.Hour:     "47 hours ago",
		48 * time.Hour:     "2 days ago",
		24 * 9 * time.Hour: "9 days ago",
	}
	for d, want := range tests {
		if got := Ago(d); got != want {
			t.Errorf("Ago(%v) = %q, want %q", d, got, want)
		}
	}
}

func TestNothingDueNotice(t *testing.T) {
	if got := NothingDueNotice(time.Time{}); got != "Nothing is due for review. Questions you miss in a quiz come back here the next day." {
		t.Errorf("with nothing scheduled: %q", got)
	}
	next := time.Date(2026, 12, 8, 0, 0, 0, 0, time.Local)
	if got := NothingDueNotice(next); got != "Nothing is due for review. Next review: Tuesday 8 December 2026" {
		t.Errorf("with a question scheduled: %q", got)
	}
}
