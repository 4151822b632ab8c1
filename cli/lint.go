package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"brief/content"
	"brief/content/lint"
	"brief/internal/diag"
	"brief/internal/sanitize"
)

func newLintCommand(env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "lint [PATH...]",
		Short: "Check packs, articles and question files for mistakes",
		Long: "lint checks each pack (a folder or .zip), article (.md) or question file (.quiz.yaml)\n" +
			"and prints one line per problem as path:line:col: error|warning: message.\n" +
			"It exits 1 if any error was found. With no PATH it checks the built-in pack.",
		Example: "  brief lint my-pack/\n  brief lint budget.md budget.quiz.yaml",
		RunE: func(cmd *cobra.Command, args []string) error {
			var all []*diag.Diagnostic
			checked := strings.Join(args, ", ")
			if len(args) == 0 {
				all = lint.Pack(content.DefaultFS(), content.DefaultOrigin)
				checked = "the built-in pack"
			}
			for _, path := range args {
				diags, err := lint.Path(path)
				if err != nil {
					return err
				}
				all = append(all, diags...)
			}
			if len(all) == 0 {
				// On stderr, so that scripts reading the findings on
				// stdout still see nothing.
				fmt.Fprintf(env.Stderr, "no problems found in %s\n", checked)
				return nil
			}
			return reportDiagnostics(env, all, len(args))
		},
	}
}

// reportDiagnostics prints each finding and a summary, and turns errors
// into exit status 1.
func reportDiagnostics(env Env, diags []*diag.Diagnostic, files int) error {
	errs, warns := 0, 0
	for _, d := range diags {
		fmt.Fprintln(env.Stdout, sanitize.Text(d.String()))
		if d.Severity == diag.Warning {
			warns++
		} else {
			errs++
		}
	}
	if errs > 0 {
		fmt.Fprintf(env.Stderr, "%d error(s), %d warning(s)\n", errs, warns)
		return exitError{code: exitFailure}
	}
	if warns > 0 {
		fmt.Fprintf(env.Stderr, "no errors, %d warning(s)\n", warns)
	}
	return nil
}
