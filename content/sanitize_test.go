package content

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// hostileInputs are the payloads a pack might carry, each with the pieces
// that must survive neither CleanText nor the whole rendering pipeline
// (beyond the generic checks of cleanTextViolation and renderedViolation).
var hostileInputs = map[string]struct {
	payload   string
	forbidden []string
}{
	"OSC 52 clipboard write":   {"\x1b]52;c;aGVsbG8gd29ybGQ=\a", []string{"]52;", "aGVsbG8gd29ybGQ="}},
	"OSC 52 with ST":           {"\x1b]52;c;aGVsbG8=\x1b\\", []string{"]52;", "aGVsbG8="}},
	"OSC 0 window title":       {"\x1b]0;pwned title\a", []string{"]0;", "pwned"}},
	"CSI clear screen":         {"\x1b[2J", []string{"[2J"}},
	"CSI cursor home":          {"\x1b[H\x1b[?25l", []string{"[H", "[?25l"}},
	"decimal reference to ESC": {"&#27;[31m", []string{"&#27;", "\x1b[31m"}},
	"padded decimal reference": {"&#0027;]0;pwned&#7;", []string{"&#0027;", "&#7;", "\x1b]0;", "\a"}},
	"hex reference to ESC":     {"&#x1b;[2J", []string{"&#x1b;", "\x1b[2J"}},
	"hex reference to C1 CSI":  {"&#X9B;2J", []string{"&#X9B;"}},
	"reference without ;":      {"&#27[2J", []string{"&#27", "\x1b[2J"}},
	"named invisible":          {"&shy;&ZeroWidthSpace;&lrm;", []string{"&shy;", "&ZeroWidthSpace;", "&lrm;"}},
	"reference to CR":          {"&#13;", []string{"&#13;"}},
	"raw C1 CSI U+009B":        {"\u009b2J", nil},
	"raw 8-bit CSI byte":       {"\x9b2J", nil},
	"C1 OSC U+009D":            {"\u009d0;pwned\u009c", nil},
	"lone carriage return":     {"B\rA", nil},
	"DCS request status":       {"\x1bP$qm\x1b\\", []string{"$q"}},
	"APC kitty graphics":       {"\x1b_Gf=100;AAAA\x1b\\", []string{"Gf=100"}},
	"two-byte ESC sequences":   {"\x1bc\x1b(0\x1b7", []string{"(0"}},
	"bidi override":            {"\u202egnp.exe\u202c", nil},
	"bidi isolates":            {"\u2066x\u2069\u200f\u061c", nil},
	"zero-width characters":    {"a\u200bb\u2060c\ufeffd\u00ade\U000e0041\u180e", nil},
	"combining-mark flood":     {"Z" + strings.Repeat("\u0301\u0336", 100), nil},
	"C0 controls and DEL":      {"\x00\x07\x08\x0b\x0c\x7f", nil},
}

// placements put a payload where Markdown treats it differently. title
// values go through CleanLine, the others through CleanText.
var placements = map[string]struct {
	wrap  func(payload string) string
	title bool
}{
	"title":       {func(p string) string { return "before " + p + " after" }, true},
	"paragraph":   {func(p string) string { return "Some text.\n\nbefore " + p + " after\n" }, false},
	"code span":   {func(p string) string { return "before `x" + p + "x` after\n" }, false},
	"fenced code": {func(p string) string { return "```\nbefore " + p + " after\n```\n" }, false},
	"table cell":  {func(p string) string { return "| a | b |\n|---|---|\n| before " + p + " after | c |\n" }, false},
}

// cleanTextViolation describes the first character CleanText must never
// produce, or returns "".
func cleanTextViolation(s string) string {
	if !utf8.ValidString(s) {
		return "invalid UTF-8"
	}
	marks := 0
	for i, r := range s {
		switch {
		case r < 0x20 && r != '\n' && r != '\t', r == 0x7f:
			return fmt.Sprintf("control %U at byte %d", r, i)
		case isDroppedRune(r):
			return fmt.Sprintf("C1, bidi or invisible %U at byte %d", r, i)
		case r == '\u2028' || r == '\u2029':
			return fmt.Sprintf("line separator %U at byte %d", r, i)
		}
		if unicode.Is(unicode.M, r) {
			marks++
			if marks > maxCombiningMarks {
				return fmt.Sprintf("%d combining marks in a row at byte %d", marks, i)
			}
		} else {
			marks = 0
		}
	}
	return ""
}

func TestCleanTextRemovesHostileSequences(t *testing.T) {
	for inputName, in := range hostileInputs {
		for placeName, place := range placements {
			t.Run(inputName+" in "+placeName, func(t *testing.T) {
				got := CleanText(place.wrap(in.payload))
				if place.title {
					got = CleanLine(place.wrap(in.payload))
				}
				if v := cleanTextViolation(got); v != "" {
					t.Errorf("CleanText left %s in %q", v, got)
				}
				for _, bad := range in.forbidden {
					if strings.Contains(got, bad) {
						t.Errorf("CleanText left %q in %q", bad, got)
					}
				}
				for _, word := range []string{"before", "after"} {
					if !strings.Contains(got, word) {
						t.Errorf("CleanText lost %q: %q", word, got)
					}
				}
			})
		}
	}
}

func TestCleanTextKeepsDefaultArticle(t *testing.T) {
	files, err := filepath.Glob("defaultpack/*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no default article found: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if got := CleanText(string(data)); got != string(data) {
				t.Errorf("CleanText changed the default article at byte %d", firstDifference(got, string(data)))
			}
		})
	}
}

func firstDifference(a, b string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

func TestCleanTextKeepsOrdinaryText(t *testing.T) {
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
			if got := CleanText(text); got != text {
				t.Errorf("CleanText(%q) = %q, want it unchanged", text, got)
			}
		})
	}
}

func TestCleanTextNormalises(t *testing.T) {
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
			if got := CleanText(c.in); got != c.want {
				t.Errorf("CleanText(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestCleanTextIsIdempotent(t *testing.T) {
	for name, in := range hostileInputs {
		t.Run(name, func(t *testing.T) {
			once := CleanText("before " + in.payload + " after")
			if twice := CleanText(once); twice != once {
				t.Errorf("CleanText(CleanText(x)) = %q, want %q", twice, once)
			}
		})
	}
}

func TestCleanLine(t *testing.T) {
	cases := map[string]struct{ in, want string }{
		"newlines and tabs fold":     {"  Russia,\n\tNorth Korea \r\n leaders ", "Russia, North Korea leaders"},
		"escape sequence removed":    {"Title\x1b]0;pwned\a here", "Title here"},
		"lone CR keeps both words":   {"B\rA", "B A"},
		"non-breaking space stays":   {"10\u00a0km", "10\u00a0km"},
		"only controls become empty": {"\x1b[2J\x07\r\n", ""},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := CleanLine(c.in); got != c.want {
				t.Errorf("CleanLine(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// renderedViolation describes the first thing CleanRendered must never
// produce, or returns "": every ESC must start an SGR sequence or an OSC 8
// link to http, https or mailto (or the empty OSC 8 closing a link), and no
// other control, C1 or bidi character may appear.
func renderedViolation(s string) string {
	if !utf8.ValidString(s) {
		return "invalid UTF-8"
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == 0x1b:
			n := allowedSequenceLen(s[i:])
			if n == 0 {
				return fmt.Sprintf("escape sequence %q at byte %d", s[i:min(len(s), i+24)], i)
			}
			i += n
			continue
		case c < 0x20 && c != '\n' && c != '\t', c == 0x7f:
			return fmt.Sprintf("control %#x at byte %d", c, i)
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if isDroppedRune(r) {
				return fmt.Sprintf("C1, bidi or invisible %U at byte %d", r, i)
			}
			i += size
			continue
		}
		i++
	}
	return ""
}

// allowedSequenceLen returns the length of the SGR or allowed OSC 8
// sequence at the start of s, or 0. It is written independently of
// CleanRendered's scanner so the two check each other.
func allowedSequenceLen(s string) int {
	if strings.HasPrefix(s, "\x1b[") {
		end := strings.IndexByte(s, 'm')
		if end < 0 || strings.Trim(s[2:end], "0123456789;:") != "" {
			return 0
		}
		return end + 1
	}
	body, ok := strings.CutPrefix(s, "\x1b]8;")
	if !ok {
		return 0
	}
	end, termLen := strings.IndexByte(body, '\a'), 1
	if st := strings.Index(body, "\x1b\\"); st >= 0 && (end < 0 || st < end) {
		end, termLen = st, 2
	}
	if end < 0 {
		return 0
	}
	_, uri, ok := strings.Cut(body[:end], ";")
	if !ok || strings.ContainsAny(body[:end], "\x1b\a\r\n\t ") {
		return 0
	}
	lower := strings.ToLower(uri)
	if uri != "" && !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") && !strings.HasPrefix(lower, "mailto:") {
		return 0
	}
	return len("\x1b]8;") + end + termLen
}

func TestCleanRendered(t *testing.T) {
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
			got := CleanRendered(c.in)
			if got != c.want {
				t.Errorf("CleanRendered(%q) = %q, want %q", c.in, got, c.want)
			}
			if v := renderedViolation(got); v != "" {
				t.Errorf("CleanRendered left %s in %q", v, got)
			}
		})
	}
}

func TestTooDeeplyNested(t *testing.T) {
	var deepList, indentedList, orderedList strings.Builder
	for level := range 10000 {
		deepList.WriteString(strings.Repeat("  ", level) + "- item\n")
	}
	for level := range 25 {
		indentedList.WriteString(strings.Repeat("    ", level) + "* item\n")
		orderedList.WriteString(strings.Repeat("   ", level) + "1. item\n")
	}
	article, err := os.ReadFile(filepath.Join("defaultpack", "russia-dprk-summit-2023.md"))
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]struct {
		md   string
		want bool
	}{
		"10,000 quote markers":          {strings.Repeat(">", 10000) + " deep\n", true},
		"10,000 spaced quote markers":   {strings.Repeat("> ", 10000) + "deep\n", true},
		"10,000-deep indented list":     {deepList.String(), true},
		"10,000 list markers on a line": {strings.Repeat("- ", 10000) + "deep\n", true},
		"25-deep four-space list":       {indentedList.String(), true},
		"25-deep ordered list":          {orderedList.String(), true},
		"quotes and lists mixed":        {strings.Repeat("> - ", 11) + "deep\n", true},
		"21 quote levels":               {strings.Repeat(">", 21) + " deep\n", true},
		"20 quote levels":               {strings.Repeat(">", 20) + " deep\n", false},
		"default article":               {string(article), false},
		"ordinary lists":                {"- a\n  - b\n    - c\n- d\n1. e\n2. f\n   1. g\n", false},
		"many sibling items":            {strings.Repeat("- item\n", 5000), false},
		"long thematic break":           {strings.Repeat("* ", 40) + "\n", false},
		"quotes inside a fence":         {"```\n" + strings.Repeat(">", 50) + "\n```\n", false},
		"numbers that are not lists":    {"2023. A year.\n" + strings.Repeat("1.5 ", 30) + "\n", false},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := TooDeeplyNested(c.md); got != c.want {
				t.Errorf("TooDeeplyNested = %v, want %v", got, c.want)
			}
		})
	}
}

func TestPlainFallback(t *testing.T) {
	cases := map[string]struct{ in, want string }{
		"markers kept":              {"> > quote\n- item\n", "> > quote\n- item\n"},
		"backtick fence replaced":   {"a\n```\nb\n", "a\nˋˋˋ\nb\n"},
		"indented long fence":       {"   `````go\n", "   ˋˋˋˋˋgo\n"},
		"tilde fence replaced":      {"~~~~\n", "˜˜˜˜\n"},
		"inline backticks kept":     {"a ``` b and `code`\n", "a ``` b and `code`\n"},
		"four-space indent kept":    {"    ```\n", "    ```\n"},
		"escape sequences cleaned":  {"a\x1b]0;x\a```\n", "a```\n"},
		"last line without newline": {"```", "ˋˋˋ"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := PlainFallback(c.in); got != c.want {
				t.Errorf("PlainFallback(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}
