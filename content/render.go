package content

import (
	"brief/internal/sanitize"
	"fmt"
	"strings"
	"sync"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/ansi"
)

// Styles lists the Glamour styles brief offers; "auto" is resolved by the
// caller from the terminal's background before a Renderer is made.
var Styles = []string{"auto", "dark", "light", "notty", "ascii", "dracula", "tokyo-night", "pink"}

// MaxTextWidth is the widest brief wraps text, however wide the terminal:
// lines much longer than this are tiring to read.
const MaxTextWidth = 100

// Renderer renders sanitized Markdown with one Glamour style, keeping one
// Glamour renderer per width. Glamour renderers are not safe for concurrent
// use, so each width's renderer has its own lock.
type Renderer struct {
	style  string
	config *ansi.StyleConfig // the style's settings, when not Glamour's own (NewPlainRenderer)
	mu     sync.Mutex
	byW    map[int]*widthRenderer
}

type widthRenderer struct {
	mu sync.Mutex
	tr *glamour.TermRenderer
}

// NewRenderer makes a renderer for a Glamour style name (see Styles).
func NewRenderer(style string) (*Renderer, error) {
	if style == "auto" || style == "" {
		style = "dark"
	}
	if !validStyle(style) {
		return nil, fmt.Errorf("unknown style %q: use one of %s", style, strings.Join(Styles, ", "))
	}
	return &Renderer{style: style, byW: map[int]*widthRenderer{}}, nil
}

func validStyle(s string) bool {
	for _, v := range Styles {
		if v == s {
			return true
		}
	}
	return false
}

// Style is the Glamour style the renderer uses.
func (r *Renderer) Style() string { return r.style }

// Render turns Markdown into terminal text wrapped to width columns. The
// input is sanitized first and the output filtered after, so nothing but
// styling and safe links reaches the terminal. Markdown that would take
// Glamour more than a moment, such as thousands of nested quotes, is shown
// as plain text instead (see boundMarkdown).
func (r *Renderer) Render(md string, width int) (string, error) {
	if width < 10 {
		width = 10
	}
	wr, err := r.forWidth(width)
	if err != nil {
		return "", err
	}
	md = sanitize.Text(md)
	if r.style == "ascii" {
		md = asciiTypography.Replace(md)
	}
	md = holdHyphens(boundMarkdown(md))
	wr.mu.Lock()
	out, err := wr.tr.Render(md)
	wr.mu.Unlock()
	if err != nil {
		return "", fmt.Errorf("render: %w", err)
	}
	return releaseHyphens(TrimPadding(sanitize.Rendered(out))), nil
}

func (r *Renderer) forWidth(width int) (*widthRenderer, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if wr, ok := r.byW[width]; ok {
		return wr, nil
	}
	style := glamour.WithStandardStyle(r.style)
	if r.config != nil {
		style = glamour.WithStyles(*r.config)
	}
	tr, err := glamour.NewTermRenderer(style, glamour.WithWordWrap(width))
	if err != nil {
		return nil, fmt.Errorf("glamour style %s: %w", r.style, err)
	}
	wr := &widthRenderer{tr: tr}
	r.byW[width] = wr
	return wr, nil
}

// TrimPadding removes the styled spaces Glamour pads every line with. On a
// styled line it ends the line with a reset so no style leaks into the
// next; an unstyled line is simply trimmed.
func TrimPadding(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for len(s) > 0 {
		line, rest, found := strings.Cut(s, "\n")
		trimmed := trimLinePadding(line)
		b.WriteString(trimmed)
		if strings.Contains(trimmed, "\x1b[") {
			b.WriteString("\x1b[0m")
		}
		if found {
			b.WriteByte('\n')
		}
		s = rest
	}
	return b.String()
}

// trimLinePadding cuts trailing spaces and the SGR sequences among them,
// scanning back from the end of the line.
func trimLinePadding(line string) string {
	end := len(line)
	for end > 0 {
		switch c := line[end-1]; {
		case c == ' ':
			end--
		case c == 'm':
			start := strings.LastIndex(line[:end], "\x1b[")
			if start < 0 || !isSGRParams(line[start+2:end-1]) {
				return line[:end]
			}
			end = start
		default:
			return line[:end]
		}
	}
	return ""
}

func isSGRParams(p string) bool {
	for i := 0; i < len(p); i++ {
		if c := p[i]; (c < '0' || c > '9') && c != ';' && c != ':' {
			return false
		}
	}
	return true
}
