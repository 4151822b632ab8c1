package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// brief scores --answers lists every answer of every finished attempt, one
// row each, with what was given.
func TestScoresListsEachAnswer(t *testing.T) {
	pack, data := classPack(t), t.TempDir()
	if _, errOut, code := runIn(t, data, strings.Repeat("a\n", 8), "quiz", pack, "--plain", "--seed", "4"); code != 0 {
		t.Fatalf("quiz: %s", errOut)
	}
	out, errOut, code := runIn(t, data, "", "scores", "--answers", "--format", "json")
	if code != 0 {
		t.Fatalf("scores --answers: %s", errOut)
	}
	var rows []struct {
		Attempt  int64   `json:"attempt"`
		Question string  `json:"question"`
		Mode     string  `json:"mode"`
		Given    string  `json:"given"`
		Points   float64 `json:"points"`
		Max      float64 `json:"max"`
	}
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 8 || rows[0].Attempt != 1 || rows[0].Mode != "practice" || rows[0].Max != 1 || rows[0].Question == "" {
		t.Fatalf("rows: %+v", rows)
	}
	csvOut, _, code := runIn(t, data, "", "scores", "--answers", "--format", "csv")
	if code != 0 || !strings.HasPrefix(csvOut, "when,attempt,pack,pack_version,article,mode,question,section,level,given,points,max,skipped,seconds\r\n") {
		t.Errorf("csv:\n%s", csvOut)
	}
	if !strings.Contains(csvOut, ",practice,q") {
		t.Errorf("csv rows lack the mode and question:\n%s", csvOut)
	}
	if _, errOut, code := runIn(t, data, "", "scores", "--answers"); code != exitUsage || !strings.Contains(errOut, "csv or json") {
		t.Errorf("--answers as a table: exit %d, %q", code, errOut)
	}
}
