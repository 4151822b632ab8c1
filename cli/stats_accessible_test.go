package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
)

// `brief stats --accessible` prints the stats as sentences a screen
// reader reads well, never in colour, even when colour is forced and a
// style asked for.
func TestStatsAccessible(t *testing.T) {
	dir := t.TempDir()
	s := openDataStore(t, dir)
	recordAttempt(t, s, "russia-dprk-summit-2023", time.Now().Add(-time.Minute), time.Minute, 1, 1, 0, 1)
	tests := map[string][]string{
		"forced colour":    {"CLICOLOR_FORCE=1", "TERM=xterm-256color", "COLORTERM=truecolor"},
		"no terminal info": nil,
	}
	for name, environ := range tests {
		t.Run(name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := Execute(context.Background(), Env{
				Version: "test", Args: []string{"--data-dir", dir, "--style", "dark", "stats", "--accessible"},
				Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Environ: environ,
			})
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			got := out.String()
			if i := strings.IndexAny(got, "\x1b▁█░·—–…’“”"); i >= 0 {
				t.Errorf("output holds %q at byte %d:\n%q", []rune(got[i:])[0], i, got)
			}
			for _, want := range []string{
				"Daily streak: 1 day\n",
				"Accuracy over the last 30 days: 75% on 1 day with answers; today 75%.\n",
				"Article: Russia, North Korea leaders' meeting under global spotlight. Best: 75%. Last: 75%. Average: 75%. Tries: 1.\n",
				"Mastery, recall: 75%.\n",
			} {
				if !strings.Contains(got, want) {
					t.Errorf("output lacks %q:\n%s", want, got)
				}
			}
		})
	}
}

// With nothing answered it says so, as --plain does, in words.
func TestStatsAccessibleWithNothingRecorded(t *testing.T) {
	out, errOut, code := runIn(t, emptyDataDir(t), "", "stats", "--accessible")
	want := "No quizzes taken yet. Run brief quiz to take one.\n"
	if code != 0 || out != want {
		t.Errorf("exit %d, stderr %q, stdout %q; want %q", code, errOut, out, want)
	}
}

// A folder with no score database is the same error as for --plain.
func TestStatsAccessibleWithoutAStore(t *testing.T) {
	_, errOut, code := runIn(t, t.TempDir()+"/missing", "", "stats", "--accessible")
	if code == 0 || !strings.Contains(errOut, "no score database") {
		t.Errorf("exit %d, stderr %q; want the missing database named", code, errOut)
	}
}
