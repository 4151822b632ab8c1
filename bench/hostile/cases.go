package main

import (
	"bufio"
	"bytes"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	_ "modernc.org/sqlite"
)

// secretMarker is in every file outside a pack that a link in it points
// to: it must reach no output, no zip brief writes and no data folder.
const secretMarker = "HOSTILE-SECRET"

// payload is what the hostile file names carry: a window title (OSC 0,
// ended by BEL) and a clear screen (CSI 2J).
const payload = "\x1b]0;FNAMEPWN\x07\x1b[2J"

// forgedLine is the line a file name holding newlines tries to add to
// lint's output.
const forgedLine = "FAKE: no problems found"

// cases are the hostile inputs of the December 2026 report
// (shared/findings/hostile-input-2026-12.md), each made as the report
// describes it and run with the commands it names.
var cases = []hostileCase{
	{
		name: "link-relative", finding: "C1", build: buildLinkRelative, secret: true,
		steps: []step{
			{dir: "home", args: []string{"pack", "Downloads/evilpack", "-o", "../out/evilpack.brief.zip", "--force"}},
			{dir: "home", args: []string{"add", "Downloads/evilpack"}},
		},
	},
	{
		name: "link-absolute", finding: "C1", build: buildLinkAbsolute, secret: true,
		steps: []step{
			{args: []string{"lint", "leaky"}},
			{args: []string{"read", "leaky", "--article", "leak", "--plain"}},
			{args: []string{"pack", "leaky", "-o", "out/leaky.brief.zip", "--force"}},
		},
	},
	{
		name: "fifo-article", finding: "M1", build: buildFIFOArticle,
		steps: []step{
			{args: []string{"lint", "fifo-pack"}},
			{args: []string{"read", "fifo-pack", "--article", "hang", "--plain"}},
		},
	},
	{
		name: "fifo-quiz", finding: "M1", build: buildFIFOQuiz,
		steps: []step{
			{args: []string{"quiz", "fifo-quiz", "--plain"}, stdin: "t\n"},
			{args: []string{"pack", "fifo-quiz", "-o", "out/fifo.brief.zip"}},
		},
	},
	{
		name: "gift-dev-stdin", finding: "M1", build: buildTTYPack,
		steps: []step{
			{args: []string{"quiz", "tty-pack", "--plain"}, openStdin: true},
		},
	},
	{
		name: "quote-1600", finding: "H1", build: article("dq1600", repeat(">", 1600, "\n")),
		steps: []step{{args: []string{"read", "dq1600", "--plain"}}},
	},
	{
		name: "quote-10000", finding: "H1", build: article("dq10000", repeat(">", 10000, "\n")),
		steps: []step{{args: []string{"read", "dq10000", "--plain"}}},
	},
	{
		name: "list-2000", finding: "H1", build: article("deeplist", deepList),
		steps: []step{{args: []string{"read", "deeplist", "--plain"}}},
	},
	{
		name: "emph-100k", finding: "H2", build: article("emph100k", emphasis(100_000)),
		steps: []step{{args: []string{"read", "emph100k", "--plain"}}},
	},
	{
		name: "emph-50k", finding: "H2", build: article("emph50k", emphasis(50_000)),
		steps: []step{{args: []string{"read", "emph50k", "--plain"}}},
	},
	{
		name: "table-2000x500", finding: "M9", build: article("table", wideTable),
		steps: []step{{args: []string{"read", "table", "--plain"}}},
	},
	{
		name: "refdefs-100k", finding: "M9", build: article("refdefs", refDefs),
		steps: []step{{args: []string{"read", "refdefs", "--plain"}}},
	},
	{
		name: "sections-100k", finding: "M8", build: article("sections", sections),
		steps: []step{
			{args: []string{"lint", "sections"}},
			{args: []string{"read", "sections", "--plain"}},
		},
	},
	{
		name: "gift-dup-20k", finding: "H3", build: file("dup-20k.gift", giftDup(20_000)),
		steps: []step{{args: []string{"lint", "dup-20k.gift"}}},
	},
	{
		name: "gift-dup-100k", finding: "H3", build: file("dup-100k.gift", giftDup(100_000)),
		steps: []step{{args: []string{"lint", "dup-100k.gift"}}},
	},
	{
		name: "gift-dup-pack", finding: "H3", build: buildGiftDupPack,
		steps: []step{
			{args: []string{"add", "giftdup"}},
			{args: []string{"list"}, afterPrev: true},
		},
	},
	{
		name: "import-gift-250k", finding: "M7", build: file("nodup-250k.gift", giftDistinct(250_000)),
		steps: []step{{args: []string{"import", "nodup-250k.gift", "-o", "out/x.quiz.yaml", "--force"}}},
	},
	{
		name: "import-aiken-100k", finding: "M7", build: file("many.aiken.txt", aikenMany(100_000)),
		steps: []step{{args: []string{"import", "many.aiken.txt", "-o", "out/z.quiz.yaml", "--force"}}},
	},
	{
		name: "gift-6x4MB-pack", finding: "M6", build: buildGiftMultiPack,
		steps: []step{
			{args: []string{"add", "gift-multi"}},
			{args: []string{"list"}, afterPrev: true},
		},
	},
	{
		name: "points-1e308", finding: "M3", build: buildPointsPack,
		steps: []step{
			{args: []string{"quiz", "points", "--plain", "--seed", "1"}, stdin: "t\nt\n"},
			{args: []string{"scores", "--format", "json"}, afterPrev: true},
		},
	},
	{
		name: "db-version-neg", finding: "M4", build: buildNegativeVersionDB,
		steps: []step{
			{args: []string{"scores"}},
			{args: []string{"quiz", "tf", "--plain", "--seed", "1"}, stdin: "t\n"},
		},
	},
	{
		name: "names-escapes", finding: "M2", build: buildEscapeNames,
		steps: []step{
			{args: []string{"import", "bank" + payload + ".gift"}},
			{args: []string{"import", "aiken" + payload + ".aiken.txt"}},
			{args: []string{"import", "page" + payload + ".html"}},
			{args: []string{"import", "notes" + payload + ".txt"}},
			{args: []string{"draft", "art" + payload + ".md"}},
			{args: []string{"pack", "packdir" + payload}},
		},
	},
	{
		name: "names-newline", finding: "L1", build: buildNewlineNames, forged: forgedLine,
		steps: []step{
			{args: []string{"lint", "fname-pack"}},
			{args: []string{"pack", "fname-pack", "-o", "out/fname.brief.zip"}},
		},
	},
	{
		name: "html-class-4MB", finding: "L14", build: file("hugeattr.html", hugeAttr),
		steps: []step{{args: []string{"import", "hugeattr.html", "-o", "out/h.md", "--force"}}},
	},
}

// write makes the file name under dir, with its folders.
func write(dir, name, data string) error {
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(data), 0o644)
}

// articleText is an article with a title and the given body.
func articleText(title, body string) string {
	return "---\ntitle: " + title + "\n---\n\n" + body
}

// tfQuestions is a question file of n true/false questions about
// "The sky is blue.", each with extra YAML lines (such as points).
func tfQuestions(n int, extra string) string {
	var b strings.Builder
	b.WriteString("questions:\n")
	for i := range n {
		fmt.Fprintf(&b, "  - id: q%d\n    type: truefalse\n    prompt: The article says the sky is blue.\n    answer: true\n    explain: It says so.\n    evidence: The sky is blue.\n%s", i+1, extra)
	}
	return b.String()
}

// A gen writes a generated input. Inputs are written as they are made,
// never built whole in memory: a child started by vfork, as Go starts
// one, counts this program's peak memory in its own max RSS.
type gen func(w *bufio.Writer)

// writeGen writes the file name under dir from g, with its folders.
func writeGen(dir, name string, g gen) error {
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	g(w)
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// article builds a folder pack dir holding one article, a.md, whose body
// body writes.
func article(dir string, body gen) func(*caseEnv) error {
	return func(c *caseEnv) error {
		return writeGen(c.dir, filepath.Join(dir, "a.md"), func(w *bufio.Writer) {
			w.WriteString(articleText("Hostile "+dir, ""))
			body(w)
		})
	}
}

// file builds one file that g writes.
func file(name string, g gen) func(*caseEnv) error {
	return func(c *caseEnv) error { return writeGen(c.dir, name, g) }
}

// repeat writes s n times, then end.
func repeat(s string, n int, end string) gen {
	return func(w *bufio.Writer) {
		for range n {
			w.WriteString(s)
		}
		w.WriteString(end)
	}
}

// deepList is 2,000 list items, each nested in the one before.
func deepList(w *bufio.Writer) {
	for i := range 2000 {
		for range i {
			w.WriteString("  ")
		}
		w.WriteString("- x\n")
	}
}

// emphasis is n '*', an x, then n '*'.
func emphasis(n int) gen {
	return func(w *bufio.Writer) {
		repeat("*", n, "x")(w)
		repeat("*", n, "\n")(w)
	}
}

// wideTable is a table of 2,000 columns and 500 rows.
func wideTable(w *bufio.Writer) {
	const cols, rows = 2000, 500
	w.WriteString("|")
	repeat("h|", cols, "\n|")(w)
	repeat("-|", cols, "\n")(w)
	for range rows {
		w.WriteString("|")
		repeat("x|", cols, "\n")(w)
	}
}

// refDefs is a paragraph with two reference links and 100,000
// reference-link definitions.
func refDefs(w *bufio.Writer) {
	w.WriteString("See [the first][r0] and [the last][r99999].\n\n")
	for i := range 100_000 {
		fmt.Fprintf(w, "[r%d]: https://example.com/%d\n", i, i)
	}
}

// sections is 100,000 sections, "## S<i>" and one line each.
func sections(w *bufio.Writer) {
	w.WriteString("The lead.\n\n")
	for i := range 100_000 {
		fmt.Fprintf(w, "## S%d\n\nLine %d.\n\n", i, i)
	}
}

// giftDup is n GIFT questions with the same title, ::T::Q{T}.
func giftDup(n int) gen { return repeat("::T::Q{T}\n\n", n, "") }

// giftDistinct is n GIFT true/false questions, each with its own title:
// 250,000 of them make 4.1 MB, under brief's 4 MiB limit on a file.
func giftDistinct(n int) gen {
	return func(w *bufio.Writer) {
		for i := range n {
			fmt.Fprintf(w, "::T%d::Q{T}\n\n", i)
		}
	}
}

// aikenMany is n Aiken questions of two options: 100,000 make 2.9 MB.
func aikenMany(n int) gen {
	return func(w *bufio.Writer) {
		for i := range n {
			fmt.Fprintf(w, "Q%d?\nA. a\nB. b\nANSWER: A\n\n", i)
		}
	}
}

// hugeAttr is a 4 MB web page whose story sits in an element with one
// 4 MB class attribute.
func hugeAttr(w *bufio.Writer) {
	w.WriteString("<!DOCTYPE html><html><head><title>Huge attribute</title></head><body><div class=\"")
	repeat("a", 4_000_000, "\"><h1>Huge attribute</h1>")(w)
	for i := range 20 {
		fmt.Fprintf(w, "<p>Paragraph %d of the story, long enough to count as text that a reader would want to keep.</p>", i)
	}
	w.WriteString("</div></body></html>\n")
}

// webPage is a small saved news page.
var webPage = "<!DOCTYPE html><html><head><title>Blue sky</title></head><body><article><h1>Blue sky</h1>" +
	strings.Repeat("<p>The sky over the city was blue again on Monday, the weather service said, after a week of rain that closed schools and roads.</p>", 6) +
	"</article></body></html>\n"

// secretFile is a stand-in for a private key or a credentials file.
func secretFile(what string) string {
	return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + secretMarker + " " + what + "\n-----END OPENSSH PRIVATE KEY-----\n"
}

// buildLinkRelative is the report's evilpack.tar unpacked in
// ~/Downloads: appendix.gift is a link to ../../.ssh/id_ed25519.
func buildLinkRelative(c *caseEnv) error {
	if err := write(c.dir, "home/.ssh/id_ed25519", secretFile("ssh key")); err != nil {
		return err
	}
	pack := filepath.Join(c.dir, "home/Downloads/evilpack")
	if err := write(pack, "pack.yaml", "id: evilpack\ntitle: Evil pack\nversion: 1.0.0\n"); err != nil {
		return err
	}
	if err := write(pack, "appendix.md", articleText("Appendix", "The sky is blue.\n")); err != nil {
		return err
	}
	return os.Symlink("../../.ssh/id_ed25519", filepath.Join(pack, "appendix.gift"))
}

// buildLinkAbsolute is the report's symlink-leak2, symlink-leak and
// symlink-pack: absolute links to a key, credentials, a shell history, an
// outside article and a stand-in for /etc/shadow.
func buildLinkAbsolute(c *caseEnv) error {
	outside := filepath.Join(c.dir, "outside")
	files := map[string]string{
		"id_ed25519":  secretFile("ssh key"),
		"credentials": "[default]\naws_secret_access_key = " + secretMarker + "-aws\n",
		"history":     "export TOKEN=" + secretMarker + "-history\n",
		"leak.md":     articleText("Leak", secretMarker+" outside article\n"),
		"shadow":      "root:" + secretMarker + "-shadow:19000:0:99999:7:::\n",
	}
	for name, text := range files {
		if err := write(outside, name, text); err != nil {
			return err
		}
	}
	pack := filepath.Join(c.dir, "leaky")
	for _, name := range []string{"key", "creds", "hist", "ok"} {
		if err := write(pack, name+".md", articleText(name, "The sky is blue.\n")); err != nil {
			return err
		}
	}
	links := map[string]string{
		"key.gift":     "id_ed25519",
		"creds.gift":   "credentials",
		"hist.gift":    "history",
		"leak.md":      "leak.md",
		"ok.quiz.yaml": "shadow",
	}
	for name, target := range links {
		if err := os.Symlink(filepath.Join(outside, target), filepath.Join(pack, name)); err != nil {
			return err
		}
	}
	return nil
}

// buildFIFOArticle is a folder pack whose hang.md is a FIFO.
func buildFIFOArticle(c *caseEnv) error {
	if err := write(c.dir, "fifo-pack/good.md", articleText("Good", "The sky is blue.\n")); err != nil {
		return err
	}
	return syscall.Mkfifo(filepath.Join(c.dir, "fifo-pack/hang.md"), 0o644)
}

// buildFIFOQuiz is a folder pack whose ok.quiz.yaml is a FIFO.
func buildFIFOQuiz(c *caseEnv) error {
	if err := write(c.dir, "fifo-quiz/ok.md", articleText("Ok", "The sky is blue.\n")); err != nil {
		return err
	}
	return syscall.Mkfifo(filepath.Join(c.dir, "fifo-quiz/ok.quiz.yaml"), 0o644)
}

// buildTTYPack is a folder pack whose ok.gift is a link to /dev/stdin.
func buildTTYPack(c *caseEnv) error {
	if err := write(c.dir, "tty-pack/ok.md", articleText("Ok", "The sky is blue.\n")); err != nil {
		return err
	}
	return os.Symlink("/dev/stdin", filepath.Join(c.dir, "tty-pack/ok.gift"))
}

// buildGiftDupPack is the report's giftdup.brief.zip as a folder: one
// article whose GIFT file holds 20,000 questions with the same title.
func buildGiftDupPack(c *caseEnv) error {
	if err := write(c.dir, "giftdup/pack.yaml", "id: giftdup\ntitle: Same titles\nversion: 1.0.0\n"); err != nil {
		return err
	}
	if err := write(c.dir, "giftdup/a.md", articleText("Same titles", "The sky is blue.\n")); err != nil {
		return err
	}
	return writeGen(c.dir, "giftdup/a.gift", giftDup(20_000))
}

// buildGiftMultiPack is the report's gift-multi-pack: six articles, each
// with a 4 MB GIFT file of 250,000 questions.
func buildGiftMultiPack(c *caseEnv) error {
	if err := write(c.dir, "gift-multi/pack.yaml", "id: gift-multi\ntitle: Six big GIFT files\nversion: 1.0.0\n"); err != nil {
		return err
	}
	for i := 1; i <= 6; i++ {
		name := fmt.Sprintf("gift-multi/a%d", i)
		if err := write(c.dir, name+".md", articleText(fmt.Sprintf("Article %d", i), "The sky is blue.\n")); err != nil {
			return err
		}
		if err := writeGen(c.dir, name+".gift", giftDistinct(250_000)); err != nil {
			return err
		}
	}
	return nil
}

// buildPointsPack is the report's quiz-points-weird: two questions worth
// 1e308 points each.
func buildPointsPack(c *caseEnv) error {
	if err := write(c.dir, "points/points.md", articleText("Points", "The sky is blue.\n")); err != nil {
		return err
	}
	return write(c.dir, "points/points.quiz.yaml", tfQuestions(2, "    points: 1e308\n"))
}

// buildNegativeVersionDB makes a real score database with a plain quiz,
// then sets its user_version to -5, as one bad header byte would.
func buildNegativeVersionDB(c *caseEnv) error {
	if err := write(c.dir, "tf/tf.md", articleText("True or false", "The sky is blue.\n")); err != nil {
		return err
	}
	if err := write(c.dir, "tf/tf.quiz.yaml", tfQuestions(1, "")); err != nil {
		return err
	}
	r := c.run(step{args: []string{"quiz", "tf", "--plain", "--seed", "1"}, stdin: "t\n"})
	if r.exit != "0" {
		return fmt.Errorf("the quiz that makes brief.db: exit %s: %s", r.exit, r.said)
	}
	db, err := sql.Open("sqlite", filepath.Join(c.data, "brief.db"))
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := db.Exec("PRAGMA user_version = -5"); err != nil {
		return err
	}
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil || v != -5 {
		return fmt.Errorf("user_version is %d (%v), not -5", v, err)
	}
	return nil
}

// buildEscapeNames is the report's cases/fnames: a GIFT, Aiken, web page,
// text and article file, and a pack folder, each named with an escape
// payload.
func buildEscapeNames(c *caseEnv) error {
	files := map[string]string{
		"bank" + payload + ".gift":           "::Sky::The sky is blue.{T}\n",
		"aiken" + payload + ".aiken.txt":     "Is the sky blue?\nA. Yes\nB. No\nANSWER: A\n",
		"page" + payload + ".html":           webPage,
		"notes" + payload + ".txt":           "Notes\n\nThe sky is blue.\n",
		"art" + payload + ".md":              articleText("Art", "In 2023, Jane Smith said the sky is blue over Paris, 42 times.\n"),
		"packdir" + payload + "/pack.yaml":   "id: fnpack\ntitle: Names\nversion: 1.0.0\n",
		"packdir" + payload + "/a.md":        articleText("A", "The sky is blue.\n"),
		"packdir" + payload + "/a.quiz.yaml": tfQuestions(1, ""),
	}
	for name, text := range files {
		if err := write(c.dir, name, text); err != nil {
			return err
		}
	}
	return nil
}

// buildNewlineNames is the report's fname-pack2: articles named with
// newlines that spell a forged line, and with an escape payload.
func buildNewlineNames(c *caseEnv) error {
	files := map[string]string{
		"pack.yaml":                          "id: fname-pack\ntitle: Names\nversion: 1.0.0\n",
		"ok.md":                              articleText("Ok", "The sky is blue.\n"),
		"nl\n" + forgedLine + "\n.md":        articleText("Newline", "The sky is blue.\n"),
		"esc" + payload + ".md":              articleText("Escape", "The sky is blue.\n"),
		"esc" + payload + ".quiz.yaml":       tfQuestions(1, ""),
		"nl\n" + forgedLine + "\n.quiz.yaml": tfQuestions(1, ""),
	}
	for name, text := range files {
		if err := write(filepath.Join(c.dir, "fname-pack"), name, text); err != nil {
			return err
		}
	}
	return nil
}

// leaks looks for secretMarker where a step may have put it: its output,
// the zips under out/ (entry by entry) and the data folder.
func leaks(c *caseEnv, output []byte) string {
	if bytes.Contains(output, []byte(secretMarker)) {
		return "secret in output"
	}
	if where := findSecret(filepath.Join(c.dir, "out")); where != "" {
		return "secret in " + where
	}
	if where := findSecret(c.data); where != "" {
		return "secret in data dir: " + where
	}
	return ""
}
