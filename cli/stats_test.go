package cli

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"brief/content"
	"brief/quiz/scores"
	"brief/quiz/study"
)

func TestStatsPlain(t *testing.T) {
	dir := t.TempDir()
	s := openDataStore(t, dir)
	recordAttempt(t, s, "russia-dprk-summit-2023", time.Now().Add(-time.Minute), time.Minute, 1, 1, 0, 1)
	tests := map[string]struct {
		args []string
		want []string
	}{
		"every part": {
			args: []string{"--width", "80"},
			want: []string{
				"Daily streak  1 day\n",
				"Accuracy · last 30 days\n",
				"·▆\n", // nothing yesterday, 75% today
				"  Russia, North Korea leaders’ meeting under global s…    75%   75%   75%      1\n",
				"  recall     ",
			},
		},
		"narrow": {
			args: []string{"--width", "40"},
			want: []string{"Accuracy · last 30 days\n", "  Russia, North Korea leaders’ meeting …\n" + strings.Repeat(" ", 15) + "   75%   75%   75%      1\n"},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out, errOut, code := runIn(t, dir, "", append([]string{"stats", "--plain"}, tc.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			for _, want := range tc.want {
				if !strings.Contains(out, want) {
					t.Errorf("output lacks %q:\n%s", want, out)
				}
			}
			width := 80
			if tc.args[1] == "40" {
				width = 40
			}
			for _, l := range strings.Split(out, "\n") {
				if ansi.StringWidth(l) > width {
					t.Errorf("line wider than %d: %q", width, l)
				}
			}
		})
	}
}

func TestStatsPlainWithNothingRecorded(t *testing.T) {
	out, errOut, code := runIn(t, emptyDataDir(t), "", "stats")
	want := "No quizzes taken yet — run `brief quiz` to take one.\n"
	if code != 0 || out != want {
		t.Errorf("exit %d, stderr %q, stdout %q; want %q", code, errOut, out, want)
	}
}

func TestHomeStatus(t *testing.T) {
	dir := t.TempDir()
	s := openDataStore(t, dir)
	day := time.Now().AddDate(0, 0, -3)
	recordAttempt(t, s, "summit", day, time.Minute, 1, 0, 0, 0)   // 25%, misses b, c, d
	recordAttempt(t, s, "summit", day, time.Minute, 1, 0.5, 0, 1) // 62.5%, misses b, c
	recordAttempt(t, s, "budget", day, time.Minute, 1, 1)         // 100%, nothing missed
	recordAttempt(t, s, "never-missed", day, time.Minute, 0, 0)   // 0%
	// Not scores at the article: a quiz on 1 of its 4 questions, a retry
	// of them all after seeing the answers, and a review.
	for _, info := range []scores.AttemptInfo{
		{ArticleID: "parts", Mode: scores.ModePractice, Pool: 4, Started: day},
		{ArticleID: "parts", Mode: scores.ModePractice, Retry: true, Pool: 1, Started: day},
		{ArticleID: "parts", Mode: scores.ModeReview, Started: day},
	} {
		recordAttemptAs(t, s, info, time.Minute, 1)
	}
	// A full exam is, and says so; a practice attempt at as many wins
	// over it only with more.
	recordAttemptAs(t, s, scores.AttemptInfo{ArticleID: "budget", Mode: scores.ModeExam, Pool: 2, Started: day}, time.Minute, 1, 1)
	recordAttemptAs(t, s, scores.AttemptInfo{ArticleID: "exam-only", Mode: scores.ModeExam, Pool: 2, Started: day}, time.Minute, 1, 0)
	status, err := study.HomeStatus(s, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	pack := &content.Pack{Manifest: content.Manifest{ID: "brief-default"}}
	none, err := study.HomeStatus(nil, time.Now())
	if err != nil || none(pack, &content.Article{ID: "summit"}) != "" {
		t.Errorf("without a store: %v, want empty notes", err)
	}
	tests := map[string]struct {
		pack *content.Pack
		id   string
		want string
	}{
		"best of two and what is due": {pack, "summit", "best 62% (practice) · 3 due"},
		"all right: nothing due":      {pack, "budget", "best 100% (exam)"},
		"an exam's best":              {pack, "exam-only", "best 50% (exam) · 1 due"},
		"no full attempt, no best":    {pack, "parts", "1 due"},
		"a score of zero still shows": {pack, "never-missed", "best 0% (practice) · 2 due"},
		"never taken":                 {pack, "other", ""},
		"same id in another pack":     {&content.Pack{Manifest: content.Manifest{ID: "other-pack"}}, "summit", ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := status(tc.pack, &content.Article{ID: tc.id}); got != tc.want {
				t.Errorf("status = %q, want %q", got, tc.want)
			}
		})
	}
}
