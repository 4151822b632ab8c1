package cli

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"

	"brief/quiz/class"
	"brief/ui"
)

// classReportFormats are what `brief class report --format` writes.
var classReportFormats = []string{"table", "csv", "json", "moodle"}

type classReportOptions struct {
	pack   string
	format string
	table  string
	out    string
	force  bool
}

func newClassCommand(g *globalOptions, env Env) *cobra.Command {
	var packArg string
	var plain bool
	cmd := &cobra.Command{
		Use:   "class FILES...|DIR",
		Short: "Read the results your students handed in",
		Long: "class reads the files students write with brief hand-in and shows them full-screen:\n" +
			"the gradebook, each question's statistics and each student's strongest and weakest parts,\n" +
			"each sortable with s. Enter on a question shows the answers given as bars (with the question's\n" +
			"text when --pack names the pack); Enter on a student shows their attempts and answers.\n" +
			"Without a terminal (or with --plain) it prints what brief class report prints.",
		Example: "  brief class handins/\n  brief class handins/ --pack floods.brief.zip",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if plain || !interactive(env) {
				return runClassReport(g, &classReportOptions{format: "table", pack: packArg}, env, args)
			}
			return runClassScreen(cmd.Context(), g, env, args, packArg)
		},
	}
	cmd.Flags().StringVar(&packArg, "pack", "", "the pack the results are for, to show each question's text")
	cmd.Flags().BoolVar(&plain, "plain", false, "print the report instead of opening the full-screen view")
	cmd.AddCommand(newClassReportCommand(g, env))
	return cmd
}

// runClassScreen opens the class screen on the hand-ins args name.
func runClassScreen(ctx context.Context, g *globalOptions, env Env, args []string, packArg string) error {
	cfg := &ui.ClassConfig{}
	var known *class.Known
	if packArg != "" {
		p, err := openPack(g, packArg)
		if err != nil {
			return err
		}
		known = class.KnownOf(p)
		cfg.Prompts = ui.ClassPrompts{}
		for _, a := range p.Articles {
			for _, q := range a.Questions {
				cfg.Prompts[[2]string{a.ID, q.ID}] = class.QuestionText(&q)
			}
		}
	}
	handIns, problems := class.Load(args, known)
	for _, p := range problems {
		fmt.Fprintf(env.Stderr, "brief: %v\n", p)
	}
	if len(handIns) == 0 {
		return fmt.Errorf("no hand-in file could be read")
	}
	cfg.Report = class.BuildFor(handIns, known)
	return ui.Run(ui.Config{Style: g.style, Start: ui.StartClass, Class: cfg, Mouse: g.mouse}, programOptions(ctx, g, env)...)
}

func newClassReportCommand(g *globalOptions, env Env) *cobra.Command {
	o := &classReportOptions{}
	cmd := &cobra.Command{
		Use:   "report FILES...|DIR",
		Short: "A gradebook and question statistics from hand-in files",
		Long: "report reads hand-in files (or every .json file in a folder) and prints, for each pack:\n" +
			"  a gradebook: each student's attempts, best and last score, time, and late or missing work;\n" +
			"  each question's facility (share of the marks scored), discrimination (does it separate\n" +
			"  stronger students from weaker ones), the wrong answer most given and the median time, with\n" +
			"  the questions worth checking marked;\n" +
			"  each student's strongest and weakest section and level.\n" +
			"A file that cannot be read is reported with its place and the rest still counts. The same\n" +
			"attempt handed in twice counts once; results of different pack versions are reported apart.",
		Example: "  brief class report handins/\n  brief class report handins/ --format moodle -o grades.csv\n" +
			"  brief class report handins/*.json --format csv --table items",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runClassReport(g, o, env, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "table", "table, csv, json, or moodle (a grade import for Moodle)")
	f.StringVar(&o.pack, "pack", "", "the pack the results are for: a hand-in naming a question it lacks is refused")
	f.StringVar(&o.table, "table", class.TableGradebook, "with --format csv: gradebook, items or students")
	f.StringVarP(&o.out, "output", "o", "", "write to this file instead of the terminal")
	f.BoolVar(&o.force, "force", false, "overwrite the output file if it exists")
	return cmd
}

func runClassReport(g *globalOptions, o *classReportOptions, env Env, args []string) error {
	if !slices.Contains(classReportFormats, o.format) {
		return usageError{fmt.Errorf("--format %q: use %s", o.format, strings.Join(classReportFormats, ", "))}
	}
	if o.out != "" {
		if err := refuseExisting(o.out, o.force); err != nil {
			return err
		}
	}
	var known *class.Known
	if o.pack != "" {
		p, err := openPack(g, o.pack)
		if err != nil {
			return err
		}
		known = class.KnownOf(p)
	}
	handIns, problems := class.Load(args, known)
	for _, p := range problems {
		fmt.Fprintf(env.Stderr, "brief: %v\n", p)
	}
	if len(handIns) == 0 {
		return fmt.Errorf("no hand-in file could be read")
	}
	r := class.BuildFor(handIns, known)
	var buf bytes.Buffer
	var err error
	switch o.format {
	case "csv":
		err = class.WriteCSV(&buf, r, o.table)
	case "json":
		r.Problems = problems
		err = class.WriteJSON(&buf, r)
	case "moodle":
		err = class.WriteMoodle(&buf, r)
	default:
		err = writeClassTable(&buf, g, env, r, o.out == "")
	}
	if err != nil {
		return err
	}
	if o.out != "" {
		if err := writeOutput(o.out, buf.Bytes(), o.force); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "wrote the report on %s to %s\n", handInCount(handIns), showPath(o.out))
	} else if _, err := env.Stdout.Write(buf.Bytes()); err != nil {
		return err
	}
	if len(problems) > 0 {
		return exitError{exitFailure} // reported above; the rest was still written
	}
	return nil
}

// writeClassTable draws the report for the terminal, at its width and
// with the colours it shows; to a file or a pipe, plain.
func writeClassTable(buf *bytes.Buffer, g *globalOptions, env Env, r *class.Report, toStdout bool) error {
	opt := class.TableOptions{ASCII: g.style == "ascii"}
	tty := toStdout && isTerminal(env.Stdout)
	if tty {
		opt.Width = terminalWidth(env.Stdout)
	}
	var styled bytes.Buffer
	if err := class.WriteTable(&styled, r, opt); err != nil {
		return err
	}
	w := colorprofile.NewWriter(buf, env.Environ)
	if !tty || g.style == "notty" || g.style == "ascii" {
		w.Profile = colorprofile.NoTTY
	}
	_, err := w.Write(styled.Bytes())
	return err
}

// handInCount says how many hand-ins the report read, and how many of
// them hold a finished attempt: "6 hand-ins, 4 with a finished attempt".
func handInCount(handIns []*class.HandIn) string {
	finished := 0
	for _, h := range handIns {
		if h.HasFinished() {
			finished++
		}
	}
	if finished == len(handIns) {
		return count(len(handIns), "hand-in")
	}
	return fmt.Sprintf("%s, %d with a finished attempt,", count(len(handIns), "hand-in"), finished)
}
