package content

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"brief/internal/diag"
	"brief/internal/lazyre"
	"brief/internal/sanitize"
)

// frontMatter is the YAML block at the top of an article, kept as a node so
// every message can point at the offending key.
type frontMatter struct {
	node *yaml.Node // the mapping; nil when the file has no front matter
	line int        // line of the mapping's first key in the file
}

var IDPattern = lazyre.New(`^[a-z0-9][a-z0-9-]*$`)

// versionPattern is a pack version brief can order against another:
// numbers with dots, an optional leading v, an optional -suffix or
// +suffix ("1.2.0", "v2", "1.0.0-beta"). A word such as "one" would
// sort after every number and lock out each real update.
var versionPattern = lazyre.New(`^v?[0-9]+(\.[0-9]+)*([-+][0-9A-Za-z.+-]+)?$`)

// VersionProblem says what is wrong with a pack version, "" if nothing.
func VersionProblem(v string) string {
	if v == "" || versionPattern().MatchString(v) {
		return ""
	}
	return fmt.Sprintf("version %q is not a version like 1.2.0 (numbers with dots, so that a newer one can be told from an older)", diag.Clip(v, 40))
}

// splitFrontMatter separates the "---" delimited YAML block from the body
// and returns the line on which the body starts.
func splitFrontMatter(path string, data []byte) (frontMatter, []byte, int, error) {
	if !bytes.HasPrefix(data, []byte("---\n")) && !bytes.HasPrefix(data, []byte("---\r\n")) {
		return frontMatter{}, nil, 0, diag.Errorf(path, 1, 1, "missing front matter: an article starts with a line \"---\", YAML with at least a title, and another \"---\"")
	}
	rest := data[bytes.IndexByte(data, '\n')+1:]
	end := -1
	for off := 0; off < len(rest); {
		nl := bytes.IndexByte(rest[off:], '\n')
		lineEnd := len(rest)
		if nl >= 0 {
			lineEnd = off + nl
		}
		if string(bytes.TrimRight(rest[off:lineEnd], "\r \t")) == "---" {
			end = off
			break
		}
		if nl < 0 {
			break
		}
		off = lineEnd + 1
	}
	if end < 0 {
		return frontMatter{}, nil, 0, diag.Errorf(path, 1, 1, "front matter is not closed: add a line \"---\" after it")
	}
	yamlText := rest[:end]
	body := rest[end:]
	body = body[min(len(body), bytes.IndexByte(body, '\n')+1):]
	if bytes.IndexByte(rest[end:], '\n') < 0 {
		body = nil
	}
	bodyLine := 2 + bytes.Count(yamlText, []byte("\n")) + 1

	var doc yaml.Node
	if err := yaml.Unmarshal(yamlText, &doc); err != nil {
		line, col, msg := YAMLSyntaxAt(yamlText, err)
		return frontMatter{}, nil, 0, diag.Errorf(path, line+1, col, "front matter: %s", msg)
	}
	if len(doc.Content) == 0 {
		return frontMatter{}, nil, 0, diag.Errorf(path, 2, 1, "front matter is empty: it needs at least a title")
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode {
		return frontMatter{}, nil, 0, diag.Errorf(path, m.Line+1, m.Column, "front matter must be a mapping of keys such as title: and byline:")
	}
	return frontMatter{node: m, line: 2}, body, bodyLine, nil
}

// opening is where a quoted value or a flow list or mapping begins, by
// its first character: " ' [ or {.
type opening struct {
	line, col int // 1-based, within the YAML text; col counts characters
	char      rune
}

// message says what was left open and how to close it.
func (o opening) message() string {
	switch o.char {
	case '[':
		return "the [ list that starts here is never closed: end it with ]"
	case '{':
		return "the { mapping that starts here is never closed: end it with }"
	}
	return fmt.Sprintf("the quoted value that starts here is never closed: end it with %c", o.char)
}

// blockScalarLine matches a line whose value is a block scalar (| or >),
// whose indented lines below are text, not YAML to scan.
var blockScalarLine = lazyre.New(`(^|[:-][ \t]+)[|>][-+0-9]*[ \t]*(#.*)?$`)

// findUnclosed scans YAML text for a quoted value or flow collection that
// is opened and never closed (the innermost, when lists nest), the way a
// person reading it would: a quote opens a value only where a value can
// start (after "key: ", "- ", "[", "{" or ","); a doubled single quote and
// \" do not close one; comments and block scalar text are skipped. It is a locator for an error yaml.v3 has
// already found, not a parser.
func findUnclosed(text []byte) (opening, bool) {
	var quote *opening
	var flows []opening
	blockIndent := -1 // the indentation of a block scalar's key while skipping its text
	for i, raw := range strings.Split(string(text), "\n") {
		line := []rune(strings.TrimRight(raw, "\r"))
		indent := len(line) - len(strings.TrimLeft(string(line), " "))
		if quote == nil && len(flows) == 0 && blockIndent >= 0 {
			if strings.TrimSpace(string(line)) == "" || indent > blockIndent {
				continue
			}
			blockIndent = -1
		}
		lastMark := -1 // index of the last non-blank character outside quotes
		for j := 0; j < len(line); j++ {
			c := line[j]
			if quote != nil {
				switch {
				case quote.char == '"' && c == '\\':
					j++ // an escaped character, \" included
				case c == quote.char && c == '\'' && j+1 < len(line) && line[j+1] == '\'':
					j++ // '' is a quote inside a single-quoted value
				case c == quote.char:
					quote = nil
					lastMark = j
				}
				continue
			}
			switch {
			case c == '#' && (j == 0 || line[j-1] == ' ' || line[j-1] == '\t'):
				j = len(line) // a comment runs to the end of the line
				continue
			case (c == '"' || c == '\'' || c == '[' || c == '{') && valueStarts(line, lastMark, j):
				o := opening{line: i + 1, col: j + 1, char: c}
				if c == '[' || c == '{' {
					flows = append(flows, o)
				} else {
					quote = &o
				}
			case (c == ']' || c == '}') && len(flows) > 0 && closes(flows[len(flows)-1].char, c):
				flows = flows[:len(flows)-1]
			}
			if c != ' ' && c != '\t' {
				lastMark = j
			}
		}
		if quote == nil && len(flows) == 0 && blockScalarLine().MatchString(string(line)) {
			blockIndent = indent
		}
	}
	if quote != nil {
		return *quote, true
	}
	if len(flows) > 0 {
		return flows[len(flows)-1], true
	}
	return opening{}, false
}

// valueStarts reports whether a value can begin at line[j], the last
// non-blank character before it being at line[mark] (-1: none): at the
// start of a line, after "key: " or a "- " item marker, or after [ { or ,
// inside a flow collection.
func valueStarts(line []rune, mark, j int) bool {
	if mark < 0 {
		return true
	}
	switch line[mark] {
	case '[', '{', ',':
		return true
	case ':':
		return mark < j-1 // "key: value", not "a:b"
	case '-':
		return mark < j-1 && strings.Trim(string(line[:mark]), " -") == ""
	}
	return false
}

// closes reports whether c ends a flow collection opened with open.
func closes(open, c rune) bool {
	return open == '[' && c == ']' || open == '{' && c == '}'
}

// apply copies the front matter into the article, checking each field.
// It reports every problem, not the first, joined: a teacher fixes them
// in one go.
func (fm frontMatter) apply(path string, a *Article) error {
	m := fm.node
	pos := func(n *yaml.Node) (int, int) { return n.Line + fm.line - 1, n.Column }
	seen := map[string]bool{}
	bad := map[string]bool{} // keys whose value is wrong, said already
	var errs []error
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		kl, kc := pos(k)
		vl, vc := pos(v)
		if seen[k.Value] {
			errs = append(errs, diag.Errorf(path, kl, kc, "front matter: %q is given twice", k.Value))
			continue
		}
		seen[k.Value] = true
		scalar := func() (string, error) {
			if v.Kind != yaml.ScalarNode {
				return "", diag.Errorf(path, vl, vc, "front matter: %s must be a single value", k.Value)
			}
			return sanitize.Line(v.Value), nil
		}
		var err error
		switch k.Value {
		case "id":
			a.ID, err = scalar()
			if err == nil && !IDPattern().MatchString(a.ID) {
				err = diag.Errorf(path, vl, vc, "front matter: id %q may hold only a-z, 0-9 and '-'", a.ID)
			}
		case "title":
			a.Title, err = scalar()
		case "byline":
			a.Byline, err = scalar()
		case "source":
			a.Source, err = scalar()
		case "language":
			a.Language, err = scalar()
		case "published":
			var s string
			if s, err = scalar(); err == nil && s != "" {
				a.Published, err = parseDate(s)
				if err != nil {
					err = diag.Errorf(path, vl, vc, "front matter: published %q is not a date like 2023-09-17", s)
				}
			}
		case "tags":
			err = fm.tags(path, v, a)
		default:
			err = diag.Errorf(path, kl, kc, "front matter: unknown key %q (known: id, title, byline, source, published, language, tags)", k.Value)
		}
		if err != nil {
			errs = append(errs, err)
			bad[k.Value] = true
		}
	}
	if strings.TrimSpace(a.Title) == "" && !bad["title"] {
		errs = append(errs, diag.Errorf(path, fm.line, 1, "front matter: title is missing"))
	}
	return errors.Join(errs...)
}

// tags reads the tags list into the article.
func (fm frontMatter) tags(path string, v *yaml.Node, a *Article) error {
	if v.Kind != yaml.SequenceNode {
		return diag.Errorf(path, v.Line+fm.line-1, v.Column, "front matter: tags must be a list, like [politics, asia]")
	}
	for _, t := range v.Content {
		if t.Kind != yaml.ScalarNode {
			return diag.Errorf(path, t.Line+fm.line-1, t.Column, "front matter: each tag must be a single word or phrase")
		}
		a.Tags = append(a.Tags, sanitize.Line(t.Value))
	}
	return nil
}

// parseDate accepts the date forms front matter commonly holds.
func parseDate(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", time.RFC3339, "2006-01-02 15:04", "2006-01-02T15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("not a date: %q", s)
}
