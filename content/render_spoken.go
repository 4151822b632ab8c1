package content

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
	xansi "github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"brief/internal/sanitize"
)

// A screen reader reads a terminal's text aloud, marks and all: the notty
// style's "# " before a heading is "number sign", the "*" around the
// byline "star", a rule "dash dash dash…", a quote's "| " "vertical
// line", a bullet "bullet". SpokenRenderer prints an article for
// `brief read --accessible` as the notty style lays it out — margins,
// blank lines, wrapping, numbered lists — with every such mark emptied
// from the style. It is Glamour's own renderer with another style, not a
// second Markdown renderer, so it shows what the reader and --plain show.
// Only links need the document changed (see spokenLinks): no style can
// leave out an address that repeats the link's text.
type SpokenRenderer struct {
	style ansi.StyleConfig
}

// NewSpokenRenderer makes a renderer for words a screen reader reads
// out. It has no colour, so it takes no style.
func NewSpokenRenderer() *SpokenRenderer {
	return &SpokenRenderer{style: spokenStyle()}
}

// spokenStyle is Glamour's notty style without the marks a screen reader
// would read out. A numbered item keeps its "1. ", which is how a reader
// tells a list from the paragraphs around it; a bullet item is its text
// alone. A link's or an image's address is in brackets after its text.
func spokenStyle() ansi.StyleConfig {
	s := unstyled(styles.NoTTYStyleConfig) // a copy: Glamour's own is shared
	for _, h := range []*ansi.StyleBlock{&s.H1, &s.H2, &s.H3, &s.H4, &s.H5, &s.H6} {
		h.Prefix, h.Suffix = "", ""
	}
	quoteIndent := "  "
	s.BlockQuote.IndentToken = &quoteIndent
	for _, p := range []*ansi.StylePrimitive{&s.Emph, &s.Strong, &s.Strikethrough,
		&s.Item, &s.Code.StylePrimitive, &s.DefinitionDescription} {
		p.BlockPrefix, p.BlockSuffix, p.Prefix, p.Suffix = "", "", "", ""
	}
	s.DefinitionDescription.BlockPrefix = "\n"
	s.HorizontalRule.Format = ""
	s.Task.Ticked, s.Task.Unticked = "done: ", ""
	s.ImageText.Format = "Image: {{.text}}" // not the arrow, "right arrow" aloud
	s.Link.BlockPrefix, s.Link.BlockSuffix = "(", ")"
	s.Image.BlockPrefix, s.Image.BlockSuffix = "(", ")"
	space, none := " ", ""
	s.Table.CenterSeparator, s.Table.ColumnSeparator, s.Table.RowSeparator = &space, &space, &none
	return s
}

// Glyphs a screen reader names ("middle dot", "right arrow", "em dash",
// "left double quotation mark") are written as the quiz's --accessible
// writes them. Those that cannot make Markdown are replaced before
// rendering, so that lines are wrapped with them replaced; the others
// (a "–" or "•" made "-" at a line's start would make a list item) after,
// each one character for one, so that no line grows past the width.
var (
	spokenMarks      = []string{" · ", ", ", "·", ",", "…", "...", " → ", " to ", "→", " to "}
	spokenTypography = []string{
		"‘", "'", "’", "'", "‚", "'", "′", "'",
		"“", `"`, "”", `"`, "„", `"`, "″", `"`, "«", `"`, "»", `"`,
		"–", "-", "—", "-", "−", "-", "‐", "-", "‑", "-", "•", "-",
	}
	spokenBeforeRender = strings.NewReplacer(spokenMarks...)
	spokenAfterRender  = strings.NewReplacer(spokenTypography...)
	// SpokenGlyphs replaces all of them at once, in text that is not
	// Markdown: the plain quiz's lines and the spoken stats under
	// --accessible.
	SpokenGlyphs = strings.NewReplacer(append(slices.Clone(spokenMarks), spokenTypography...)...)
)

// Render turns Markdown into plain text wrapped to width columns, with no
// escape sequence of any kind (not even a link's). The input is
// sanitized and bounded as Renderer.Render does it.
func (r *SpokenRenderer) Render(md string, width int) (string, error) {
	md = holdHyphens(boundMarkdown(spokenBeforeRender.Replace(sanitize.Text(md))))
	var out bytes.Buffer
	if err := r.markdown(max(width, 10)).Convert([]byte(md), &out); err != nil {
		return "", fmt.Errorf("render: %w", err)
	}
	text := xansi.Strip(sanitize.Rendered(out.String()))
	return spokenAfterRender.Replace(releaseHyphens(TrimPadding(text))), nil
}

// markdown is a Markdown converter as Glamour makes one (the same
// extensions, the same renderer), with spokenLinks added.
func (r *SpokenRenderer) markdown(width int) goldmark.Markdown {
	md := goldmark.New(
		goldmark.WithExtensions(extension.GFM, extension.DefinitionList),
		goldmark.WithParserOptions(
			parser.WithAutoHeadingID(),
			parser.WithASTTransformers(util.Prioritized(spokenLinks{}, 1000)),
		),
	)
	ar := ansi.NewRenderer(ansi.Options{WordWrap: width, Styles: r.style})
	md.SetRenderer(renderer.NewRenderer(renderer.WithNodeRenderers(util.Prioritized(ar, 1000))))
	return md
}
