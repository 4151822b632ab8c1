package cli

import (
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/colorprofile"

	"brief/content"
)

// printArticleInColour prints an article as printArticle does, except
// that a pipe gets colour when the student asks for it (`brief read
// --plain --style dark | less -R`, or CLICOLOR_FORCE=1): printArticle
// alone gives a pipe the notty style always, and a pager shows raw
// Markdown markers. NO_COLOR still wins.
func printArticleInColour(env Env, style string, width int, a *content.Article) error {
	style, profile, ok := pipeColour(env, style)
	if !ok {
		return printArticle(env, style, width, a)
	}
	if width == 0 {
		width = 80
	}
	r, err := content.NewRenderer(style)
	if err != nil {
		return usageError{err}
	}
	out, err := r.Render(a.Document(), width)
	if err != nil {
		return err
	}
	w := colorprofile.NewWriter(env.Stdout, env.Environ)
	w.Profile = profile
	_, err = w.WriteString(out)
	return err
}

// pipeColour decides the style and colours of an article printed into a
// pipe, and reports whether the pipe gets colour at all: with --style
// naming a coloured style, or CLICOLOR_FORCE set (the dark style, unless
// --style says otherwise), and never under NO_COLOR or at a terminal
// (printArticle styles a terminal already).
func pipeColour(env Env, style string) (string, colorprofile.Profile, bool) {
	if isTerminal(env.Stdout) || envSet(env.Environ, "NO_COLOR") {
		return style, colorprofile.NoTTY, false
	}
	forced := envTrue(env.Environ, "CLICOLOR_FORCE")
	switch {
	case style == "auto" && forced:
		style = "dark"
	case style == "auto", style == "notty", style == "ascii":
		return style, colorprofile.NoTTY, false
	}
	// The colours the terminal showing the pipe's end can show, as its
	// TERM and COLORTERM say; a pager passes 256 colours on at least.
	return style, max(colorprofile.Env(env.Environ), colorprofile.ANSI256), true
}

// envValue is the value of name in environ, the last one set.
func envValue(environ []string, name string) (string, bool) {
	for _, kv := range slices.Backward(environ) {
		if k, v, ok := strings.Cut(kv, "="); ok && k == name {
			return v, true
		}
	}
	return "", false
}

// envSet reports whether name is set to something in environ.
func envSet(environ []string, name string) bool {
	v, ok := envValue(environ, name)
	return ok && v != ""
}

// envTrue reports whether name is set to a true value (1, true) in environ.
func envTrue(environ []string, name string) bool {
	v, _ := envValue(environ, name)
	b, _ := strconv.ParseBool(v)
	return b
}
