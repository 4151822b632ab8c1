package cli

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"

	"brief/quiz/class"
)

// classReportFormats are what `brief class report --format` writes.
var classReportFormats = []string{"table", "csv", "json", "moodle"}

type classReportOptions struct {
	format string
	table  string
	out    string
	force  bool
}

func newClassCommand(g *globalOptions, env Env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "class",
		Short: "Read the results your students handed in",
		Long:  "class reads the files students write with brief hand-in and reports on them.",
		Args:  cobra.NoArgs,
	}
	cmd.AddCommand(newClassReportCommand(g, env))
	return cmd
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
	handIns, problems := class.Load(args)
	for _, p := range problems {
		fmt.Fprintf(env.Stderr, "brief: %v\n", p)
	}
	if len(handIns) == 0 {
		return fmt.Errorf("no hand-in file could be read")
	}
	r := class.Build(handIns)
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
		fmt.Fprintf(env.Stdout, "wrote the report on %s to %s\n", countNoun(len(handIns), "hand-in"), showPath(o.out))
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

// countNoun says n thing or n things.
func countNoun(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}
