package stats

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"brief/content"
	"brief/quiz/scores"
)

// Answers an older brief stored under a section's heading and answers
// stored under its slug show as one row, their figures added up.
func TestStatsShowASectionStoredUnderTwoNamesOnce(t *testing.T) {
	pack, err := content.Load(fstest.MapFS{
		"pack.yaml": {Data: []byte("id: floods\n")},
		"floods.md": {Data: []byte("---\ntitle: Floods\n---\nRain fell.\n\n## Rescue efforts\n\nBoats came.\n")},
	}, "floods")
	if err != nil {
		t.Fatal(err)
	}
	st := &scores.Stats{Answers: 4, Sections: []scores.SectionStats{
		{PackID: "floods", ArticleID: "floods", Section: "Rescue efforts", Answers: 2, Points: 2, Max: 2, Fraction: 1},
		{PackID: "floods", ArticleID: "floods", Section: "rescue-efforts", Answers: 2, Points: 0, Max: 2, Fraction: 0},
	}}
	var out bytes.Buffer
	if err := Write(&out, st, []*content.Pack{pack}, 80); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out.String(), "Rescue efforts"); n != 1 {
		t.Fatalf("the section shows %d times, want once:\n%s", n, out.String())
	}
	for _, l := range strings.Split(out.String(), "\n") {
		if strings.Contains(l, "Rescue efforts") && !strings.Contains(l, "50%") {
			t.Errorf("row %q, want the two halves' 50%%", l)
		}
	}
}
