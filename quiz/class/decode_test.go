package class

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const goodHandIn = `{
  "format": "brief-hand-in",
  "version": 1,
  "student": "Ana Perera",
  "brief_version": "1.2.0",
  "written": "2026-12-10T10:00:00Z",
  "pack": {"id": "floods", "version": "1.0.0", "content_hash": "sha256:abc"},
  "attempts": [
    {
      "id": 3, "article": "floods", "mode": "exam",
      "settings": {"questions": 2, "time_limit": "15m", "seed": 9},
      "started": "2026-12-10T09:00:00Z", "finished": "2026-12-10T09:12:00Z",
      "answers": [
        {"question": "q1", "type": "choice", "level": "recall", "section": "Rain", "given": "Colombo", "skipped": false, "points": 1, "max": 1, "seconds": 20},
        {"question": "q2", "type": "short", "level": "inference", "section": "Relief", "given": "tents", "skipped": false, "points": 0, "max": 1, "seconds": 41}
      ]
    }
  ]
}`

// A hand-in brief wrote is read whole, and its text is cleaned where it
// enters.
func TestDecodeReadsAHandIn(t *testing.T) {
	data := strings.Replace(goodHandIn, `"Ana Perera"`, `"Ana \u001b[31mPerera"`, 1)
	h, err := Decode("ana.json", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsRune(h.Student, 0x1b) || !strings.HasPrefix(h.Student, "Ana ") || !strings.HasSuffix(h.Student, "Perera") {
		t.Errorf("student %q: want the name without its escape", h.Student)
	}
	if len(h.Attempts) != 1 || len(h.Attempts[0].Answers) != 2 || h.Attempts[0].Duration().Minutes() != 12 {
		t.Errorf("read %+v", h)
	}
}

// Every way a file can be wrong is one located error a teacher can open
// the file at.
func TestDecodeLocatesWhatIsWrong(t *testing.T) {
	tests := map[string]struct{ from, to, want string }{
		"not JSON":          {`"student": "Ana Perera",`, `"student": "Ana Perera"`, `ana.json:5:3: is not valid JSON: '"' is not allowed here`},
		"cut short":         {"  ]\n}", "  ]\n", "ana.json:19:1: is not valid JSON: the file ends before its last value does (cut short?)"},
		"another format":    {`"brief-hand-in"`, `"gradebook"`, `ana.json:2:13: is not a brief hand-in file`},
		"a newer brief":     {`"version": 1`, `"version": 7`, "ana.json:3:14: was written by a newer brief (hand-in version 7"},
		"no student":        {`"Ana Perera"`, `""`, "ana.json:4:14: names no student"},
		"an unknown mode":   {`"mode": "exam"`, `"mode": "cheat"`, `ana.json:10:45: mode "cheat" is not practice, exam, retry or review`},
		"points above max":  {`"points": 0, "max": 1`, `"points": 5, "max": 1`, "ana.json:15:134: points 5 of 1 is not between 0 and the maximum"},
		"a wrong type":      {`"seconds": 41`, `"seconds": "slow"`, "ana.json:15:158: seconds should be a number, not a JSON string"},
		"a negative count":  {`"attempts": [`, `"unfinished": {"floods": -1}, "attempts": [`, `ana.json:8:28: unfinished attempts -1 on "floods"`},
		"finished too soon": {`"finished": "2026-12-10T09:12:00Z"`, `"finished": "2026-12-09T09:12:00Z"`, "ana.json:12:54: attempt finished before it started"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			data := strings.Replace(goodHandIn, tc.from, tc.to, 1)
			if data == goodHandIn {
				t.Fatalf("the test's edit %q did not apply", tc.from)
			}
			_, err := Decode("ana.json", []byte(data))
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("got %v, want %q…", err, tc.want)
			}
		})
	}
}

// A hand-in counts its unfinished attempts by article; one from a brief
// before the count has none, and is read as before.
func TestDecodeReadsUnfinishedCounts(t *testing.T) {
	data := strings.Replace(goodHandIn, `"attempts": [`, `"unfinished": {"floods": 2}, "attempts": [`, 1)
	h, err := Decode("ana.json", []byte(data))
	if err != nil || h.Unfinished["floods"] != 2 {
		t.Fatalf("read %v, %v; want 2 unfinished on floods", h, err)
	}
	if h, err := Decode("ana.json", []byte(goodHandIn)); err != nil || h.Unfinished != nil {
		t.Errorf("a hand-in without the count: %v, %v", h.Unfinished, err)
	}
}

// A file over the cap is refused before it is parsed; the rest of the
// class still reports.
func TestLoadKeepsGoingPastBadFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("ana.json", goodHandIn)
	write("ben.json", strings.Replace(goodHandIn, "Ana Perera", "Ben Silva", 1))
	write("broken.json", "{")
	write("huge.json", `{"format":"brief-hand-in","version":1,"student":"`+strings.Repeat("x", MaxFileBytes)+`"}`)
	write("notes.txt", "not a hand-in")
	hs, problems := Load([]string{dir, filepath.Join(dir, "ana.json")}, nil)
	if len(hs) != 2 {
		t.Errorf("read %d hand-ins, want 2 (ana once, ben)", len(hs))
	}
	if len(problems) != 2 {
		t.Fatalf("problems %q, want broken.json and huge.json", problems)
	}
	if !strings.Contains(problems[0].Error(), "broken.json:1:2: is not valid JSON") {
		t.Errorf("problem %q", problems[0])
	}
	if !strings.Contains(problems[1].Error(), "huge.json:1:1: is 16.1 MiB; a hand-in file is at most 16 MiB") {
		t.Errorf("problem %q", problems[1])
	}
}

// With the pack named, a hand-in for another pack, or naming a question the
// pack lacks, is refused at that place; the others still count.
func TestLoadChecksHandInsAgainstThePack(t *testing.T) {
	dir := t.TempDir()
	known := &Known{PackID: "floods", Version: "1.0.0", Questions: map[string]map[string]bool{"floods": {"q1": true, "q2": true}}}
	good := goodHandIn
	files := map[string]string{
		"dev.json":   strings.Replace(strings.Replace(good, "Ana Perera", "Dev", 1), `"version": "1.0.0"`, `"version": "1.1.0"`, 1),
		"ana.json":   good,
		"ben.json":   strings.Replace(strings.Replace(good, "Ana Perera", "Ben Silva", 1), `"question": "q2"`, `"question": "q9"`, 1),
		"eli.json":   strings.Replace(strings.Replace(good, "Ana Perera", "Eli", 1), `"attempts": [`, `"unfinished": {"budget": 1}, "attempts": [`, 1),
		"other.json": strings.Replace(strings.Replace(good, "Ana Perera", "Cai", 1), `"id": "floods"`, `"id": "budget"`, 1),
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	hs, problems := Load([]string{dir}, known)
	if len(hs) != 1 || hs[0].Student != "Ana Perera" || len(problems) != 4 {
		t.Fatalf("read %d, problems %q", len(hs), problems)
	}
	if !strings.Contains(problems[0].Error(), `ben.json:15:22: names the question "q9", which the article floods does not have`) {
		t.Errorf("problem %q", problems[0])
	}
	if !strings.Contains(problems[1].Error(), `dev.json:7:39: is for version 1.1.0 of floods, not the 1.0.0 given with --pack`) {
		t.Errorf("problem %q", problems[1])
	}
	if !strings.Contains(problems[2].Error(), `eli.json:8:28: names the article "budget", which the pack floods does not have`) {
		t.Errorf("problem %q", problems[2])
	}
	if !strings.Contains(problems[3].Error(), `other.json:7:18: is for the pack "budget", not "floods"`) {
		t.Errorf("problem %q", problems[3])
	}
}
