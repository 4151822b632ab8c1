package cli

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"brief/content"
	"brief/content/interchange"
	"brief/internal/diag"
)

// exportOptions are the flags of `brief export`.
type exportOptions struct {
	format  string
	article string
	out     string
	force   bool
}

func newExportCommand(g *globalOptions, env Env) *cobra.Command {
	o := &exportOptions{}
	cmd := &cobra.Command{
		Use:   "export [PACK]",
		Short: "Write a pack's questions as Moodle GIFT or Aiken",
		Long: "export writes the questions of a pack (a folder, .zip or .md article; the built-in pack\n" +
			"when none is given) in a format Moodle imports. Questions the format cannot hold are\n" +
			"skipped with a warning on stderr. With several articles, GIFT puts each in its own\n" +
			"$CATEGORY named after the article.",
		Example: "  brief export my-pack/ --format gift -o summit.gift\n" +
			"  brief export --format aiken --article russia-dprk-summit-2023",
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := ""
			if len(args) == 1 {
				path = args[0]
			}
			return runExport(g, env, o, path)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "gift", "gift or aiken")
	f.StringVar(&o.article, "article", "", "only this article's questions (its id)")
	f.StringVarP(&o.out, "output", "o", "", "the file to write (default: stdout)")
	f.BoolVar(&o.force, "force", false, "overwrite the output file if it exists")
	return cmd
}

func runExport(g *globalOptions, env Env, o *exportOptions, path string) error {
	encode := interchange.EncodeGIFT
	switch o.format {
	case "gift":
	case "aiken":
		encode = interchange.EncodeAiken
	default:
		return usageError{fmt.Errorf("--format %q: use gift or aiken", o.format)}
	}
	if o.out != "" {
		if err := refuseExisting(o.out, o.force); err != nil {
			return err
		}
	}
	p, err := openPack(g, path)
	if err != nil {
		return err
	}
	articles := p.Articles
	if o.article != "" {
		a, err := pickArticle(p, o.article)
		if err != nil {
			return err
		}
		articles = []*content.Article{a}
	}
	var buf bytes.Buffer
	written := 0
	for _, a := range articles {
		if len(a.Questions) == 0 {
			continue
		}
		data, diags := encode(a.Questions)
		printDiagnostics(env, diags)
		if o.format == "gift" && len(articles) > 1 {
			fmt.Fprintf(&buf, "$CATEGORY: %s\n\n", a.ID)
		}
		buf.Write(data)
		written += len(a.Questions) - skipped(diags)
	}
	if written == 0 {
		return fmt.Errorf("%s: no question could be written as %s", p.Origin, o.format)
	}
	if o.out == "" {
		_, err := env.Stdout.Write(buf.Bytes())
		return err
	}
	if err := writeOutput(o.out, buf.Bytes(), o.force); err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "wrote %s: %s\n", o.out, count(written, "question"))
	return nil
}

// skipped counts the questions an encoder left out: each is reported
// with one warning ending "; skipped".
func skipped(diags []*diag.Diagnostic) int {
	n := 0
	for _, d := range diags {
		if strings.HasSuffix(d.Msg, "skipped") {
			n++
		}
	}
	return n
}
