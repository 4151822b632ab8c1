package cli

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"brief/internal/sanitize"
	"brief/quiz/scores"
)

// scoresOptions are the flags of `brief scores`.
type scoresOptions struct {
	format  string
	article string
	since   string
	answers bool
}

func newScoresCommand(g *globalOptions, env Env) *cobra.Command {
	o := &scoresOptions{}
	cmd := &cobra.Command{
		Use:   "scores",
		Short: "Print your finished quiz attempts, to read or hand in",
		Long: "scores prints one row per finished attempt: when it started, the pack and its version,\n" +
			"the article, the mode (practice, exam, retry or review), how many questions it drew,\n" +
			"the points earned out of the points available, the percentage and the time spent answering.\n\n" +
			"--format csv is RFC 4180 with the header\n" +
			"when,pack,article,score,max,percent,duration_seconds,mode,questions,pack_version;\n" +
			"--format json is an array of objects with those keys. A column, once there, stays where it is\n" +
			"between versions (new ones come after); the table is for reading and may change.",
		Example: "  brief scores\n" +
			"  brief scores --format csv > scores.csv\n" +
			"  brief scores --article russia-dprk-summit-2023 --since 2026-03-01 --format json",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runScores(g, o, env)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "table", "table, csv or json")
	f.StringVar(&o.article, "article", "", "only attempts at this article (its id)")
	f.BoolVar(&o.answers, "answers", false, "one row per answer instead (with --format csv or json): when, attempt, pack, pack_version,\narticle, mode, question, section, level, given, points, max, skipped, seconds")
	f.StringVar(&o.since, "since", "", "only attempts started on or after this date: 2006-01-02, or RFC 3339 for a time")
	return cmd
}

func runScores(g *globalOptions, o *scoresOptions, env Env) error {
	switch o.format {
	case "table", "csv", "json":
	default:
		return usageError{fmt.Errorf("--format %q: use table, csv or json", o.format)}
	}
	if o.answers && o.format == "table" {
		return usageError{fmt.Errorf("--answers lists answers as --format csv or json")}
	}
	since, err := parseSince(o.since)
	if err != nil {
		return err
	}
	store, err := openStoreToRead(g)
	if err != nil {
		return err
	}
	defer store.Close()
	if o.answers {
		rows, err := store.AnswerRows(scores.AttemptFilter{ArticleID: o.article, Since: since})
		if err != nil {
			return err
		}
		return scores.WriteAnswers(env.Stdout, rows, o.format)
	}
	rows, err := store.Attempts(scores.AttemptFilter{ArticleID: o.article, Since: since})
	if err != nil {
		return err
	}
	if len(rows) == 0 && o.format == "table" && (o.article != "" || o.since != "") {
		// "No finished attempts yet" would be wrong when some exist and
		// only the filter left them all out.
		all, err := store.Attempts(scores.AttemptFilter{})
		if err != nil {
			return err
		}
		if len(all) > 0 {
			fmt.Fprintf(env.Stdout, "No finished attempts match %s (%s in all; brief scores alone lists them).\n",
				o.filterWords(), count(len(all), "attempt"))
			return nil
		}
	}
	return scores.WriteScores(env.Stdout, rows, o.format)
}

// filterWords names the filters given, as typed: "--article x --since y".
func (o *scoresOptions) filterWords() string {
	var words []string
	if o.article != "" {
		words = append(words, "--article "+sanitize.Line(o.article))
	}
	if o.since != "" {
		words = append(words, "--since "+sanitize.Line(o.since))
	}
	return strings.Join(words, " ")
}

// parseSince reads --since: a date (from the start of that day, local
// time) or an RFC 3339 time. Empty means no limit.
func parseSince(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.ParseInLocation(time.DateOnly, s, time.Local); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, usageError{fmt.Errorf("--since %q: give a date as 2006-01-02 or a time as 2006-01-02T15:04:05Z07:00", s)}
}
