package sanitize_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brief/internal/sanitize"
	"brief/internal/sanitize/sanitizetest"
)

func TestTextRemovesHostileSequences(t *testing.T) {
	for inputName, in := range sanitizetest.HostileInputs {
		for placeName, place := range sanitizetest.Placements {
			t.Run(inputName+" in "+placeName, func(t *testing.T) {
				got := sanitize.Text(place.Wrap(in.Payload))
				if place.Title {
					got = sanitize.Line(place.Wrap(in.Payload))
				}
				if v := sanitizetest.TextViolation(got); v != "" {
					t.Errorf("Text left %s in %q", v, got)
				}
				for _, bad := range in.Forbidden {
					if strings.Contains(got, bad) {
						t.Errorf("Text left %q in %q", bad, got)
					}
				}
				for _, word := range []string{"before", "after"} {
					if !strings.Contains(got, word) {
						t.Errorf("Text lost %q: %q", word, got)
					}
				}
			})
		}
	}
}

func TestTextKeepsDefaultArticle(t *testing.T) {
	files, err := filepath.Glob("../../content/defaultpack/*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no default article found: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if got := sanitize.Text(string(data)); got != string(data) {
				t.Errorf("Text changed the default article at byte %d", sanitizetest.FirstDifference(got, string(data)))
			}
		})
	}
}

func TestTextKeepsOrdinaryText(t *testing.T) {
	cases := map[string]string{
		"typographic quotes":     "“Quoted” and ‘single’ — with an em dash – and an en dash…",
		"accented letters":       "Café, naïve, Zürich, São Paulo, Łódź, Ærøskøbing",
		"decomposed accents":     "Cafe\u0301 and Vie\u0302\u0323t",
		"CJK":                    "北朝鮮と韓国、대한민국, 中华人民共和国",
		"emoji":                  "Summit 🇷🇺🇰🇵 👍🏽 ❤️ 1️⃣",
		"emoji ZWJ sequences":    "Family 👨\u200d👩\u200d👧 and 🏳️\u200d🌈",
		"Persian ZWNJ":           "می\u200cخواهم",
		"Devanagari ZWJ":         "क्\u200dष",
		"Markdown":               "# Title\n\n> quote\n\n- item\n\t- tabbed\n\n`code` **bold** [link](https://example.org)\n",
		"harmless references":    "&amp; &lt;b&gt; &eacute; &#233; &#x1F600; &copy; &nbsp;",
		"ampersands in prose":    "AT&T, R&D, Q&A & more; &#; &#x; &unknownentity;",
		"non-breaking spaces":    "10\u00a0km and\u202fnarrow",
		"right-to-left script":   "السلام عليكم and שלום",
		"CRLF free line endings": "one\ntwo\n",
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			if got := sanitize.Text(text); got != text {
				t.Errorf("sanitize.Text(%q) = %q, want it unchanged", text, got)
			}
		})
	}
}

func TestTextNormalises(t *testing.T) {
	cases := map[string]struct{ in, want string }{
		"CRLF becomes LF":              {"one\r\ntwo\r\n", "one\ntwo\n"},
		"lone CR becomes a space":      {"B\rA", "B A"},
		"CR CR LF":                     {"a\r\r\nb", "a \nb"},
		"line separator becomes LF":    {"a\u2028b\u2029c", "a\nb\nc"},
		"invalid UTF-8 becomes U+FFFD": {"a\xffb\xc3", "a\ufffdb\ufffd"},
		"raw C1 byte is dropped":       {"a\x9bb", "ab"},
		// Text damaged by double encoding holds C1 characters in the
		// middle of words: only they go, never the text after them.
		"mojibake quote keeps its sentence": {"She said â€œyesâ€\u009d and left the room.", "She said â€œyesâ€ and left the room."},
		"mojibake Cyrillic keeps its text":  {"Ð\u0090Ð»ÐµÐºÑ\u0081ÐµÐ¹ said the talks went well.", "ÐÐ»ÐµÐºÑÐµÐ¹ said the talks went well."},
		"C1 CSI takes no text with it":      {"Price rose \u009b10, said officials.", "Price rose 10, said officials."},
		"CSI removed with its parameters":   {"a\x1b[38;5;196mred\x1b[0m b", "ared b"},
		"OSC removed up to BEL":             {"a\x1b]0;title\ab", "ab"},
		"unterminated OSC ends at line":     {"a\x1b]52;c;AAAA\nnext line", "a\nnext line"},
		"ESC before a newline":              {"a\x1b\nb", "a\nb"},
		"ESC ESC":                           {"a\x1b\x1b[2Jb", "ab"},
		"ESC at the end":                    {"a\x1b", "a"},
		"reference to ESC":                  {"&#27;[31mred", "\ufffd[31mred"},
		"reference to C1 CSI":               {"&#x9b;2J", "\ufffd2J"},
		"reference to bidi override":        {"&#x202E;x", "\ufffdx"},
		"reference to NUL":                  {"&#0;x", "\ufffdx"},
		"reference spliced by removal":      {"&#2\u200b7;[31m", "\ufffd[31m"},
		"reference out of range":            {"&#99999999999;", "&#99999999999;"},
		"stray joiner in ASCII":             {"pay\u200dpal", "paypal"},
		"joiner before dropped character":   {"👨\u200d\u200b👩", "👨👩"},
		"marks capped at four":              {"e" + strings.Repeat("\u0301", 9) + "x", "e" + strings.Repeat("\u0301", 4) + "x"},
		"marks capped across removal":       {"e\u0301\u0301\u200b\u0301\u0301\u0301", "e\u0301\u0301\u0301\u0301"},
		"mark references capped":            {"e" + strings.Repeat("&#x301;", 6), "e" + strings.Repeat("&#x301;", 4) + "\ufffd&#x301;"},
		"mark references after raw marks":   {"e\u0301\u0301\u0301&#x301;&#x301;", "e\u0301\u0301\u0301&#x301;\ufffd"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := sanitize.Text(c.in); got != c.want {
				t.Errorf("sanitize.Text(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestTextIsIdempotent(t *testing.T) {
	for name, in := range sanitizetest.HostileInputs {
		t.Run(name, func(t *testing.T) {
			once := sanitize.Text("before " + in.Payload + " after")
			if twice := sanitize.Text(once); twice != once {
				t.Errorf("sanitize.Text(Text(x)) = %q, want %q", twice, once)
			}
		})
	}
}

func TestLine(t *testing.T) {
	cases := map[string]struct{ in, want string }{
		"newlines and tabs fold":     {"  Russia,\n\tNorth Korea \r\n leaders ", "Russia, North Korea leaders"},
		"escape sequence removed":    {"Title\x1b]0;pwned\a here", "Title here"},
		"lone CR keeps both words":   {"B\rA", "B A"},
		"non-breaking space stays":   {"10\u00a0km", "10\u00a0km"},
		"only controls become empty": {"\x1b[2J\x07\r\n", ""},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := sanitize.Line(c.in); got != c.want {
				t.Errorf("sanitize.Line(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestRendered(t *testing.T) {
	const link = "\x1b]8;id=1;https://example.org\a"
	const closeLink = "\x1b]8;;\a"
	cases := map[string]struct{ in, want string }{
		"plain text unchanged":        {"hello\nworld\n", "hello\nworld\n"},
		"SGR kept":                    {"\x1b[38;5;252mtext\x1b[m \x1b[38:2::1:2:3m", "\x1b[38;5;252mtext\x1b[m \x1b[38:2::1:2:3m"},
		"https link kept":             {link + "z" + closeLink, link + "z" + closeLink},
		"link with ST kept":           {"\x1b]8;;mailto:a@example.org\x1b\\m\x1b]8;;\x1b\\", "\x1b]8;;mailto:a@example.org\x1b\\m\x1b]8;;\x1b\\"},
		"javascript link dropped":     {"\x1b]8;id=2;javascript:alert(1)\ax" + closeLink, "x" + closeLink},
		"file link dropped":           {"\x1b]8;;file:///etc/passwd\ay" + closeLink, "y" + closeLink},
		"relative link dropped":       {"\x1b]8;;/etc/passwd\ay", "y"},
		"bare scheme dropped":         {"\x1b]8;;https://\ay", "y"},
		"link with space dropped":     {"\x1b]8;;https://a b\ay", "y"},
		"link with C1 ST dropped":     {"\x1b]8;;https://a\u009cy", "y"},
		"unterminated link dropped":   {"\x1b]8;;https://example.org\nnext", "\nnext"},
		"clipboard write dropped":     {"a\x1b]52;c;aGVsbG8=\ab", "ab"},
		"title dropped":               {"a\x1b]0;title\x1b\\b", "ab"},
		"clear screen dropped":        {"a\x1b[2Jb", "ab"},
		"private CSI dropped":         {"a\x1b[?1049hb", "ab"},
		"SGR with private marker":     {"a\x1b[>4;2mb", "ab"},
		"DCS dropped":                 {"a\x1bP$qm\x1b\\b", "ab"},
		"two-byte ESC dropped":        {"a\x1bcb\x1b(0c", "abc"},
		"lone ESC dropped":            {"a\x1b", "a"},
		"BEL and CR dropped":          {"a\a\r\nb\rc", "a\nbc"},
		"C1 dropped":                  {"a\u009b2Jb\x9bc", "a2Jbc"},
		"bidi override dropped":       {"a\u202eb", "ab"},
		"invalid UTF-8 replaced":      {"a\xffb", "a\ufffdb"},
		"tab kept":                    {"a\tb", "a\tb"},
		"ESC ESC keeps following SGR": {"\x1b\x1b[1mb", "\x1b[1mb"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			got := sanitize.Rendered(c.in)
			if got != c.want {
				t.Errorf("sanitize.Rendered(%q) = %q, want %q", c.in, got, c.want)
			}
			if v := sanitizetest.RenderedViolation(got); v != "" {
				t.Errorf("Rendered left %s in %q", v, got)
			}
		})
	}
}
