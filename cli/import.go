package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"brief/content"
	"brief/content/webfetch"
	"brief/content/webimport"
	"brief/internal/diag"
	"brief/internal/ids"
)

// importOptions are the flags of `brief import`.
type importOptions struct {
	out    string
	format string
	force  bool
}

// importFormats are what `brief import` reads, by --format name.
var importFormats = []string{"gift", "aiken", "text", "html"}

func newImportCommand(env Env) *cobra.Command {
	o := &importOptions{}
	cmd := &cobra.Command{
		Use:   "import FILE|URL",
		Short: "Make a question file from GIFT or Aiken, or an article from a web page",
		Long: "import converts what a teacher already has into brief's formats, by the file's extension:\n" +
			"  .gift, .aiken.txt   Moodle question banks → a .quiz.yaml question file\n" +
			"  .html, .htm         a saved web page → an .md article (main text, title, byline, date, site)\n" +
			"  .txt                text saved off a web page → an .md article, page chrome dropped;\n" +
			"                      a GIFT or Aiken bank saved as .txt (as Moodle downloads it) → questions\n" +
			"  http://, https://   a web page, fetched → an .md article, as from a saved page\n" +
			"Warnings say what a format holds that brief cannot (each located as file:line:col);\n" +
			"errors stop the import. The output goes beside the input unless -o says otherwise,\n" +
			"and an existing file is never overwritten without --force.",
		Example: "  brief import chapter3.gift\n" +
			"  brief import page.txt -o summit.md\n" +
			"  brief import https://news.example/2024/06/floods.html -o floods.md\n" +
			"  brief import bank.txt --format aiken -o bank.quiz.yaml",
		Args: oneArg("the file to import (.gift, .aiken.txt, .html or .txt) or the address of a web page"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if webfetch.IsURL(args[0]) {
				return importURL(cmd.Context(), env, o, args[0])
			}
			return runImport(env, o, args[0])
		},
	}
	cmd.Flags().StringVarP(&o.out, "output", "o", "", "the file to write (default: beside FILE, as .quiz.yaml or .md; for a URL, the title's slug .md here)")
	cmd.Flags().StringVar(&o.format, "format", "", "read FILE as gift, aiken, text or html, whatever its extension")
	cmd.Flags().BoolVar(&o.force, "force", false, "overwrite the output file if it exists")
	return cmd
}

// importFormat picks the format from --format or the file's name, and the
// input's name without its extension.
func importFormat(path, forced string) (format, base string, err error) {
	base = path
	for _, f := range []struct{ suffix, format string }{
		{".aiken.txt", "aiken"}, {".gift", "gift"}, {".html", "html"}, {".htm", "html"}, {".txt", "text"},
	} {
		if b, ok := trimSuffixFold(path, f.suffix); ok {
			base, format = b, f.format
			break
		}
	}
	if forced != "" {
		for _, f := range importFormats {
			if f == forced {
				if format == "" {
					base = strings.TrimSuffix(path, filepath.Ext(path))
				}
				return forced, base, nil
			}
		}
		return "", "", usageError{fmt.Errorf("--format %q: use %s", forced, strings.Join(importFormats, ", "))}
	}
	if format == "" {
		return "", "", usageError{fmt.Errorf("%s: cannot tell the format from the name: use .gift, .aiken.txt, .html or .txt, or give --format", path)}
	}
	return format, base, nil
}

func runImport(env Env, o *importOptions, path string) error {
	format, base, err := importFormat(path, o.format)
	if err != nil {
		return err
	}
	data, err := readInput(path)
	if err != nil {
		return err
	}
	// A binary file is refused once, before its format is guessed from
	// what it happens to hold.
	if d := content.CheckImport(path, data, format == "html"); d != nil {
		return d
	}
	if format == "text" && o.format == "" {
		if format, base, err = sniffText(env, path, base, data); err != nil {
			return err
		}
	}
	out := o.out
	if out == "" {
		out = base + content.QuizSuffix
		if format == "text" || format == "html" {
			out = base + ".md"
		}
	}
	if err := refuseExisting(out, o.force); err != nil {
		return err
	}
	switch format {
	case "gift", "aiken":
		return importQuestions(env, format, path, out, data, o.force)
	default:
		return importArticle(env, format, path, out, data, o.force)
	}
}

// readInput reads a file named on the command line, refusing one larger
// than anything brief would read from a pack.
func readInput(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, unwrapPath(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, content.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, unwrapPath(err))
	}
	if len(data) > content.MaxFileSize {
		return nil, fmt.Errorf("%s is over the limit of %s for a file to import", path, content.MaxFileSizeText)
	}
	return data, nil
}

// importArticle converts a saved web page to an article file.
func importArticle(env Env, format, path, out string, data []byte, force bool) error {
	var a *webimport.ImportedArticle
	var err error
	if format == "html" {
		a, err = webimport.ImportHTML(path, data)
	} else {
		a, err = webimport.ImportText(path, data)
	}
	if err != nil {
		return err
	}
	return writeArticle(env, path, out, a, force)
}

// writeArticle writes an imported article to out, its id the file's
// name, once it is known to load, and says what it holds. from names
// what it was made of in messages.
func writeArticle(env Env, from, out string, a *webimport.ImportedArticle, force bool) error {
	base, _ := trimSuffixFold(filepath.Base(out), ".md")
	a.ID = ids.Slug(base)
	if a.ID == "" {
		a.ID = ids.Slug(a.Title)
	}
	md := a.Markdown()
	art, err := content.ParseArticle(out, md)
	if err != nil {
		var d *diag.Diagnostic
		if errors.As(err, &d) {
			return fmt.Errorf("the article made from %s would not load: %w", from, err)
		}
		return err
	}
	if err := writeOutput(out, md, force); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "wrote %s: %q\n", showPath(out), art.Title)
	var meta []string
	if art.Byline != "" {
		meta = append(meta, "by "+art.Byline)
	}
	if art.Source != "" {
		meta = append(meta, art.Source)
	}
	if !art.Published.IsZero() {
		meta = append(meta, "published "+art.Published.Format("2006-01-02"))
	}
	meta = append(meta, count(len(art.Sections), "section"), count(art.Words(), "word"))
	fmt.Fprintf(env.Stdout, "  %s\n", strings.Join(meta, ", "))
	return nil
}
