package stats

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"brief/content"
	"brief/quiz/scores"
)

// WriteSpoken prints the stats for a screen reader, for `brief stats
// --accessible`: the facts [Write] prints, as sentences and "label: value"
// lines, without the sparkline, bars, dashes, column padding or cut
// titles a screen reader would read out as noise. width wraps lines
// between words; 0 leaves each line whole.
func WriteSpoken(w io.Writer, st *scores.Stats, packs []*content.Pack, width int) error {
	sp := spokenView{statsView{st: st, names: statsNames{packs: packs}}}
	var out []string
	for _, l := range sp.lines() {
		if width > 0 {
			l = ansi.Wordwrap(l, width, "")
		}
		out = append(out, l)
	}
	_, err := fmt.Fprintln(w, strings.Join(out, "\n"))
	return err
}

// spokenView says the stats a statsView draws, from the same data and
// names.
type spokenView struct{ statsView }

// lines says every part of the stats, with a blank line between parts.
func (sp spokenView) lines() []string {
	if sp.st.Answers == 0 {
		out := []string{"No quizzes taken yet. Run brief quiz to take one."}
		if sp.st.ReadingTime > 0 {
			out = append(out, "", "Time spent reading: "+spokenDuration(sp.st.ReadingTime)+".")
		}
		return out
	}
	var out []string
	for _, part := range [][]string{sp.overview(), sp.accuracy(), sp.articles(), sp.levels(), sp.sections()} {
		if len(part) == 0 {
			continue
		}
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, part...)
	}
	return out
}

// overview is the streak, the number of answers and the time spent.
func (sp spokenView) overview() []string {
	return []string{
		"Daily streak: " + streakText(sp.st.Streak),
		fmt.Sprintf("Answers: %d", sp.st.Answers),
		"Time spent reading: " + spokenDuration(sp.st.ReadingTime),
		"Time spent quizzing: " + spokenDuration(sp.st.QuizTime),
	}
}

// articles says each article's scores, its title whole.
func (sp spokenView) articles() []string {
	if len(sp.st.Articles) == 0 {
		return []string{"Articles: no finished quiz yet."}
	}
	var out []string
	for _, a := range sp.st.Articles {
		best := "none yet" // no full attempt yet: a part of the questions is no best
		if a.HasBest {
			best = formatPercent(a.Best)
		}
		out = append(out, fmt.Sprintf("Article: %s. Best: %s. Last: %s. Average: %s. Tries: %d.",
			sp.names.article(a.PackID, a.ArticleID), best, formatPercent(a.Last), formatPercent(a.Average), a.Attempts))
	}
	return out
}

// levels says the mastery of each level.
func (sp spokenView) levels() []string {
	var out []string
	for _, m := range sp.st.Levels {
		share := "no answers yet"
		if m.Answers > 0 {
			share = formatPercent(100 * m.Fraction)
		}
		out = append(out, "Mastery, "+m.Level+": "+share+".")
	}
	return out
}

// sections says each section's mastery and reading speed, under the
// title of its article, in the order the stats screen lists them.
func (sp spokenView) sections() []string {
	var out []string
	var lastPack, lastArticle string
	for i, sec := range sp.sortedSections() {
		if i == 0 || sec.PackID != lastPack || sec.ArticleID != lastArticle {
			lastPack, lastArticle = sec.PackID, sec.ArticleID
			out = append(out, "Sections of "+sp.names.article(sec.PackID, sec.ArticleID)+":")
		}
		share := "no answers yet"
		if sec.Answers > 0 {
			share = formatPercent(100*sec.Fraction) + " correct"
		}
		out = append(out, sp.names.section(sec.PackID, sec.ArticleID, sec.Section)+": "+share+", "+spokenSpeed(sec)+".")
	}
	return out
}

// spokenSpeed is a section's reading speed in words: "reading speed 230
// words a minute", "skimmed, not read", "reading speed not measured".
func spokenSpeed(sec scores.SectionStats) string {
	switch {
	case skimmed(sec):
		return "skimmed, not read"
	case sec.WPM > 0:
		return fmt.Sprintf("reading speed %.0f words a minute", sec.WPM)
	}
	return "reading speed not measured"
}

// spokenDuration is a time span in words, rounded as the plain stats
// round it: "3 minutes 5 seconds", "1 hour 15 minutes", "none".
func spokenDuration(d time.Duration) string {
	if d <= 0 {
		return "none"
	}
	h, m, s, _ := clock(d)
	var parts []string
	for _, p := range []struct {
		n         int
		one, many string
	}{{h, "hour", "hours"}, {m, "minute", "minutes"}, {s, "second", "seconds"}} {
		if p.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", p.n, plural(p.n, p.one, p.many)))
		}
	}
	if len(parts) == 0 {
		return "0 seconds" // under half a second, as the plain stats' "0s"
	}
	return strings.Join(parts, " ")
}
