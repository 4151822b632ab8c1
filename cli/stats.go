package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"brief/ui"
)

// statsOptions are the flags of `brief stats`.
type statsOptions struct {
	plain      bool
	accessible bool
	width      int
}

func newStatsCommand(g *globalOptions, env Env) *cobra.Command {
	o := &statsOptions{}
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Show your progress: scores, accuracy over time, mastery, streak",
		Long: "stats shows, per article, your best, last and average score; your accuracy each day of\n" +
			"the last 30 as a chart; how much you master each level of question and each section,\n" +
			"beside your reading speed there; your daily streak; and the time spent reading and quizzing.\n" +
			"In a terminal it opens full-screen; --plain (or output to a pipe) prints it.\n" +
			"--accessible prints it for a screen reader: the same facts in sentences, without charts.",
		Example: "  brief stats\n  brief stats --plain\n  brief stats --accessible",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runStats(cmd.Context(), g, o, env)
		},
	}
	cmd.Flags().BoolVar(&o.plain, "plain", false, "print the stats instead of opening the stats screen")
	cmd.Flags().BoolVar(&o.accessible, "accessible", false, "for screen readers: print the stats in sentences, with no charts or bars (implies --plain)")
	cmd.Flags().IntVar(&o.width, "width", 0, "wrap the printed stats at this many columns (default: the terminal's, else 80)")
	return cmd
}

func runStats(ctx context.Context, g *globalOptions, o *statsOptions, env Env) error {
	if o.width < 0 {
		return usageError{fmt.Errorf("--width must be positive, not %d", o.width)}
	}
	store, err := openStoreToRead(g)
	if err != nil {
		return err
	}
	defer store.Close()
	packs := listedPacks(g, env) // stats need titles and sections, which the index holds
	if !o.plain && !o.accessible && interactive(env) {
		return ui.Run(ui.Config{Packs: packs, Style: g.style, Store: store, Start: ui.StartStats, Mouse: g.mouse}, programOptions(ctx, g, env)...)
	}
	st, err := store.Stats(time.Now())
	if err != nil {
		return err
	}
	width := o.width
	if width == 0 {
		width = terminalWidth(env.Stdout) // 0 when not a terminal
	}
	if o.accessible {
		// Lines are wrapped only where a terminal would break a word, and
		// the titles' curly quotes and dashes straightened, as the quiz's
		// --accessible does.
		out := &plainWriter{w: env.Stdout, speak: spokenGlyphs.Replace}
		defer out.flush()
		return ui.WriteSpokenStats(out, st, packs, width)
	}
	return ui.WriteStats(env.Stdout, st, packs, width)
}
