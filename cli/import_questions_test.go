package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportBanksAsTeachersHaveThem: Moodle downloads GIFT as .txt and
// Aiken files are .txt; both import as questions, and a question brief
// cannot hold is skipped at its own line while the rest are written. The
// intermediate question file is never named in a message.
func TestImportBanksAsTeachersHaveThem(t *testing.T) {
	tests := map[string]struct {
		name, input string
		wantOut     string // the written file, or "" for none
		wantCode    int
		wantStdout  string
		wantStderr  []string
	}{
		"GIFT saved as .txt by Moodle": {
			name: "questions-Course-20240101.txt", input: "// question: 1  name: Venue\n::Venue::Where? {=Vostochny ~Moscow}\n\n::Year::When? {#2023}\n",
			wantOut: "questions-Course-20240101.quiz.yaml", wantStdout: "wrote questions-Course-20240101.quiz.yaml: 2 questions\n",
			wantStderr: []string{"questions-Course-20240101.txt: read as GIFT questions (--format text imports it as an article instead)\n"},
		},
		"GIFT fixture name ending .gift.txt": {
			name: "bank.gift.txt", input: "$CATEGORY: $course$/Elections\n\nWho won? {=Kumara ~Premadasa}\n",
			wantOut: "bank.quiz.yaml", wantStdout: "wrote bank.quiz.yaml: 1 question\n",
		},
		"Aiken saved as .txt": {
			name: "bank.txt", input: "Where did they meet?\nA) Vostochny\nB) Moscow\nANSWER: A\n",
			wantOut: "bank.quiz.yaml", wantStdout: "wrote bank.quiz.yaml: 1 question\n",
			wantStderr: []string{"bank.txt: read as Aiken questions"},
		},
		"one bad GIFT question of three": {
			name: "bank.gift", input: "One? {T}\n\nTwo? {=a ~b\n\nThree? {F}\n",
			wantOut: "bank.quiz.yaml", wantStdout: "wrote bank.quiz.yaml: 2 of 3 questions (1 warning above)\n",
			wantStderr: []string{"bank.gift:3:6: warning: skipped: answer block opened with { is not closed with }\n"},
		},
		"nine options and shared match answers are kept": {
			name: "bank.gift", input: "Pick? {=1 ~2 ~3 ~4 ~5 ~6 ~7 ~8 ~9}\n\nMatch {=a -> X =b -> X =c -> Y}\n",
			wantOut: "bank.quiz.yaml", wantStdout: "wrote bank.quiz.yaml: 2 questions\n",
		},
		"a .txt with one stray brace block is asked about": {
			name: "notes.txt", input: "Meeting notes\n\nThe budget {= 12 million} was agreed.\n",
			wantCode: exitUsage, wantStderr: []string{"notes.txt:3:12: the file looks partly like a question bank (a GIFT answer block here)", "--format gift or --format aiken", "--format text"},
		},
		"a .txt with an ANSWER: line that is no letter and {the} is asked about": {
			name: "quiz.txt", input: "Quiz night\n\nWhich word is missing in {the} poem?\nANSWER: maybe\n",
			wantCode: exitUsage, wantStderr: []string{"quiz.txt:4:1: the file looks partly like a question bank (an ANSWER: line here)", "--format gift or --format aiken"},
		},
		"a .txt with text in braces beside option lines is asked about": {
			name: "quiz.txt", input: "Quiz\n\nThe capital is {Paris}.\nA. true\nB. false\n",
			wantCode: exitUsage, wantStderr: []string{"quiz.txt:3:16: the file looks partly like a question bank (text in braces here)"},
		},
		"a .txt quoting code in braces stays an article": {
			name: "page.txt", input: "Maps in Go\n\nWrite map[string]int{\"a\": 1} to make a map holding one key, and read it back with m[\"a\"].\n",
			wantOut: "page.md", wantStdout: "wrote page.md",
		},
		"prose .txt stays an article": {
			name: "page.txt", input: "Floods in Colombo\n\nBy Nirosha De Silva\n\nHeavy rain fell on Monday across the Western Province, and rivers rose.\n",
			wantOut: "page.md", wantStdout: "wrote page.md",
		},
		"nothing usable": {
			name: "bank.gift", input: "Essay? {}\n",
			wantCode: exitFailure, wantStderr: []string{"bank.gift:1:1: warning: skipped: essay", "none of its 1 question can be used by brief"},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			work := t.TempDir()
			if err := os.WriteFile(filepath.Join(work, tc.name), []byte(tc.input), 0o644); err != nil {
				t.Fatal(err)
			}
			out, errOut, code := teach(t, work, t.TempDir(), "import", tc.name)
			if code != tc.wantCode || !strings.HasPrefix(out, tc.wantStdout) {
				t.Fatalf("exit %d\nstdout %s\nstderr %s", code, out, errOut)
			}
			mustContain(t, "stderr", errOut, tc.wantStderr...)
			if strings.Contains(out+errOut, "questions.quiz.yaml") {
				t.Errorf("a message names the intermediate file:\n%s%s", out, errOut)
			}
			entries, _ := os.ReadDir(work)
			if tc.wantOut == "" {
				if len(entries) != 1 {
					t.Errorf("files written for a refused import: %v", entries)
				}
				return
			}
			if _, err := os.Stat(filepath.Join(work, tc.wantOut)); err != nil {
				t.Errorf("%s not written: %v (files %v)", tc.wantOut, err, entries)
			}
		})
	}
}
