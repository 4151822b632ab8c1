package cli

import (
	"brief/internal/sanitize"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// repeatf writes format n times, with the repeat's number as its argument.
func repeatf(format string, n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, format, i)
	}
	return b.String()
}

// TestImportRefusesWhatWouldNotLoad: a bank with too many questions, or
// too much text for a question file, is refused before it is converted
// (a 4 MB GIFT bank took 3.6 GB and 19 s to be refused), and nothing is
// written.
func TestImportRefusesWhatWouldNotLoad(t *testing.T) {
	tests := map[string]struct {
		name, input string
		wantStderr  string
	}{
		"250,000 GIFT questions": {
			name: "bank.gift", input: repeatf("::t%d::Q{T}\n\n", 250000),
			wantStderr: "bank.gift:4001:1: error: over the limit of 2000 questions in one file (this is question 2001): split the file into smaller ones\n1 error(s): nothing written",
		},
		"100,000 Aiken questions": {
			name: "bank.aiken.txt", input: repeatf("Q%d?\nA. yes\nB. no\nANSWER: A\n\n", 100000),
			wantStderr: "bank.aiken.txt:10001:1: error: over the limit of 2000 questions in one file (this is question 2001)",
		},
		"a file over 4 MiB": {
			name: "page.txt", input: strings.Repeat("Some text. ", 500000),
			wantStderr: "brief: page.txt is over the limit of 4 MiB for a file to import\n",
		},
		"a 4 MB option": {
			name: "bank.gift", input: "Q? {=" + strings.Repeat("a", 4<<20-100) + " ~b}\n",
			wantStderr: "bank.gift: the question file made from it would be 8.0 MiB or more, over the limit of 1 MiB for a question file: split it into smaller files and import each: nothing written",
		},
		"2,000 questions of 600 bytes": {
			name: "bank.gift", input: repeatf("::t%d::"+strings.Repeat("x", 600)+"{T}\n\n", 2000),
			wantStderr: "bank.gift: the question file made from it would be 1.2 MiB or more, over the limit of 1 MiB",
		},
		"2,000 questions whose YAML is over 1 MiB": {
			name: "bank.gift", input: repeatf("::t%d::"+strings.Repeat("x", 500)+"{T}\n\n", 2000),
			wantStderr: "bank.gift: the question file made from it would be 1.1 MiB or more, over the limit of 1 MiB",
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			work := t.TempDir()
			if err := os.WriteFile(filepath.Join(work, tc.name), []byte(tc.input), 0o644); err != nil {
				t.Fatal(err)
			}
			out, errOut, code := teach(t, work, t.TempDir(), "import", tc.name)
			if code != exitFailure || !strings.Contains(errOut, tc.wantStderr) {
				t.Fatalf("exit %d\nstdout %s\nstderr %.2000s", code, out, errOut)
			}
			if entries, _ := os.ReadDir(work); len(entries) != 1 {
				t.Errorf("files written for a refused import: %v", entries)
			}
		})
	}
}

// TestImportWritesCleanText: the question file an import writes holds no
// escape sequence, control, bidi or invisible character, raw or as a YAML
// escape, though the bank is full of them: a teacher reviewing it with
// cat or in an editor sees the text brief will show.
func TestImportWritesCleanText(t *testing.T) {
	const (
		payload = "\x1b]0;GIFTTITLE\x07\x1b]52;c;cHduZWQ\x07\x1b[2J"
		rlo     = "\u202e"
	)
	tests := map[string]string{
		"bank.gift": "// [tag:x" + rlo + "]\n::Who" + payload + "::Who " + rlo + "met\u202c here\r\b? {=Kim\u009b ~Putin" + payload + " #No" + payload + "}\n\n" +
			"$CATEGORY: $course$/top/" + rlo + "\n\nSecond " + payload + "question\u2028now? {T}\n",
		"bank.aiken.txt": "Who " + rlo + "met\u202c here" + payload + "?\nA. Kim\u009b\nB) Put\bin\r\nANSWER: A\n",
	}
	for name, input := range tests {
		t.Run(name, func(t *testing.T) {
			work := t.TempDir()
			if err := os.WriteFile(filepath.Join(work, name), []byte(input), 0o644); err != nil {
				t.Fatal(err)
			}
			out, errOut, code := teach(t, work, t.TempDir(), "import", name)
			if code != exitOK {
				t.Fatalf("exit %d\nstdout %s\nstderr %s", code, out, errOut)
			}
			written, err := os.ReadFile(filepath.Join(work, "bank.quiz.yaml"))
			if err != nil {
				t.Fatal(err)
			}
			if sanitize.Text(string(written)) != string(written) || strings.ContainsAny(string(written), "\r\t\u2028\u2029") {
				t.Errorf("control, bidi or invisible characters written:\n%q", written)
			}
			if strings.Contains(string(written), `\`) || strings.Contains(string(written), "GIFTTITLE") {
				t.Errorf("escapes written:\n%s", written)
			}
		})
	}
}

// TestImportLongTitlesAndEmptyCategories: a Moodle title too long for an
// id gives a shortened one, a category of invisible characters gives no
// tag, and what still would not load is reported at its line in the bank.
func TestImportLongTitlesAndEmptyCategories(t *testing.T) {
	long := "This is a very long question title that goes well past the sixty four character limit of ids"
	tests := map[string]struct {
		input      string
		wantCode   int
		wantYAML   []string // lines the written file holds
		wantStderr string
	}{
		"long titles": {
			input:      "::" + long + "::First? {T}\n\n::" + long + "::Second? {F}\n",
			wantYAML:   []string{"  - id: this-is-a-very-long-question-title-that-goes-well-past-the-s\n", "  - id: this-is-a-very-long-question-title-that-goes-well-past-the-s-2\n"},
			wantStderr: "bank.gift:3:1: warning: id \"this-is-a-very-long-question-title-that-goes-well-past-the-s\" is already used by an earlier question; this one is \"this-is-a-very-long-question-title-that-goes-well-past-the-s-2\"\n",
		},
		"category of invisible characters": {
			input:    "$CATEGORY: $course$/top/\u202e\u200b\n\nQ? {T}\n\n$CATEGORY: $course$/\x1b]0;T\x07\n\nR? {T}\n",
			wantYAML: []string{"  - id: q1\n", "  - id: q2\n"},
		},
		"what would not load is skipped at its line in the bank": {
			input:      "First? {T}\n\n// 27 options\n  Pick one. {=a ~b ~c ~d ~e ~f ~g ~h ~i ~j ~k ~l ~m ~n ~o ~p ~q ~r ~s ~t ~u ~v ~w ~x ~y ~z ~zz}\n",
			wantYAML:   []string{"  - id: q1\n"},
			wantStderr: "bank.gift:4:3: warning: skipped: a choice question needs 2 to 26 options, this one has 27\n",
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			work := t.TempDir()
			if err := os.WriteFile(filepath.Join(work, "bank.gift"), []byte(tc.input), 0o644); err != nil {
				t.Fatal(err)
			}
			out, errOut, code := teach(t, work, t.TempDir(), "import", "bank.gift")
			if code != tc.wantCode || errOut != tc.wantStderr {
				t.Fatalf("exit %d\nstdout %s\nstderr %s", code, out, errOut)
			}
			if tc.wantCode != exitOK {
				if entries, _ := os.ReadDir(work); len(entries) != 1 {
					t.Errorf("files written for a refused import: %v", entries)
				}
				return
			}
			written, err := os.ReadFile(filepath.Join(work, "bank.quiz.yaml"))
			if err != nil {
				t.Fatal(err)
			}
			mustContain(t, "bank.quiz.yaml", string(written), tc.wantYAML...)
			if strings.Contains(string(written), "tags") {
				t.Errorf("empty tags written:\n%s", written)
			}
		})
	}
}
