package cli

import (
	"context"
	"fmt"
	"io"

	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"

	"brief/content"
	"brief/content/webfetch"
)

// readOptions are the flags of `brief read`.
type readOptions struct {
	article    string
	plain      bool
	accessible bool // --plain in words alone, for screen readers (printSpoken)
	width      int
}

func newReadCommand(g *globalOptions, env Env) *cobra.Command {
	o := &readOptions{}
	cmd := &cobra.Command{
		Use:   "read [PACK|ARTICLE.md|URL]",
		Short: "Open an article in the reader (or print it with --plain)",
		Long: "read opens an article in the reader: the built-in one, one of a pack (a folder, a .zip or\n" +
			"the id of an installed pack), an .md file, or a web page by its http or https address.\n" +
			"A web page is fetched, made an article as brief import makes one, and kept in the pack\n" +
			"saved-articles, so it can be opened again offline from the home screen.\n\n" +
			"--accessible prints the article for a screen reader: its words alone, with no colour and\n" +
			"no Markdown marks (no # before headings, no * around words, no bullets, quote bars or\n" +
			"rules), numbered lists as 1. 2. 3., a link's address in brackets after its text, quotes\n" +
			"and dashes straight. It ignores --style: it has no colour to choose.",
		Example: "  brief read\n" +
			"  brief read class-pack.brief.zip --article budget-2024\n" +
			"  brief read article.md --plain --style dark | less -R\n" +
			"  brief read --accessible --width 60\n" +
			"  brief read https://news.example/2024/06/floods.html",
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := ""
			if len(args) == 1 {
				path = args[0]
			}
			return runRead(cmd.Context(), g, o, env, path, false)
		},
	}
	cmd.Flags().StringVar(&o.article, "article", "", "the article to open, by id (default: the first)")
	cmd.Flags().BoolVar(&o.plain, "plain", false, "print the rendered article to stdout instead of opening the reader")
	cmd.Flags().BoolVar(&o.accessible, "accessible", false, "for screen readers: print the article's words alone, without colour or Markdown marks")
	cmd.Flags().IntVar(&o.width, "width", 0, "wrap text at this many columns (default: the terminal's, at most 100; 80 when not a terminal)")
	return cmd
}

// runRead opens the reader, or prints the article when asked to or when
// there is no terminal to show a reader in. home says the reader was
// reached with no arguments, so the TUI starts at the home screen.
func runRead(ctx context.Context, g *globalOptions, o *readOptions, env Env, path string, home bool) error {
	if o.width < 0 {
		return usageError{fmt.Errorf("--width must be positive, not %d", o.width)}
	}
	if webfetch.IsURL(path) {
		return readURL(ctx, g, o, env, path)
	}
	if o.plain || o.accessible || !interactive(env) {
		if path == content.DefaultPackID {
			path = ""
		}
		if path != "" {
			var err error
			if path, err = packPath(g, path); err != nil {
				return err
			}
		}
		p, err := content.OpenArticles(path)
		if err != nil {
			return err
		}
		a, err := pickArticle(p, o.article)
		if err != nil {
			return err
		}
		return printReadArticle(env, g.style, o, a)
	}
	var packs []*content.Pack
	if home {
		if packs = listedPacks(g, env); len(packs) == 0 {
			return fmt.Errorf("no pack could be loaded")
		}
	} else {
		p, err := openPack(g, path)
		if err != nil {
			return err
		}
		packs = []*content.Pack{p}
	}
	p := packs[0]
	a, err := pickArticle(p, o.article)
	if err != nil {
		return err
	}
	return runTUI(ctx, g, env, packs, p, a, home, o.width)
}

// printReadArticle prints the article `brief read` was asked for: in
// words alone with --accessible, else as --plain prints it.
func printReadArticle(env Env, style string, o *readOptions, a *content.Article) error {
	if o.accessible {
		return printSpoken(env, o.width, a)
	}
	return printArticleInColour(env, style, o.width, a)
}

// printSpoken prints an article for a screen reader: no escape sequence
// whatever the terminal or CLICOLOR_FORCE, and none of the Markdown
// marks it would read out (see content.SpokenRenderer).
func printSpoken(env Env, width int, a *content.Article) error {
	out, err := content.NewSpokenRenderer().Render(a.Document(), printWidth(env, width))
	if err != nil {
		return err
	}
	_, err = io.WriteString(env.Stdout, out)
	return err
}

// printWidth is the width a printed article is wrapped at: the one asked
// for, else the terminal's (at most content.MaxTextWidth), else 80.
func printWidth(env Env, width int) int {
	if width != 0 {
		return width
	}
	if w := terminalWidth(env.Stdout); isTerminal(env.Stdout) && w > 0 {
		return min(w, content.MaxTextWidth)
	}
	return 80
}

// printArticle renders an article to stdout, like `glow file.md`: styled
// for a terminal, plain for a pipe, colourless under NO_COLOR.
func printArticle(env Env, style string, width int, a *content.Article) error {
	tty := isTerminal(env.Stdout)
	width = printWidth(env, width)
	if style == "auto" {
		style = "notty"
		if tty {
			style = "dark"
			if !hasDarkBackground(env) {
				style = "light"
			}
		}
	}
	w := &colorprofile.Writer{Forward: env.Stdout, Profile: env.colourProfile()}
	if !tty {
		w.Profile = colorprofile.NoTTY
	}
	newRenderer := content.NewRenderer
	if w.Profile == colorprofile.NoTTY {
		newRenderer = content.NewPlainRenderer // nothing of the style but its layout would be shown
	}
	r, err := newRenderer(style)
	if err != nil {
		return usageError{err}
	}
	out, err := r.Render(a.Document(), width)
	if err != nil {
		return err
	}
	_, err = w.WriteString(out)
	return err
}
