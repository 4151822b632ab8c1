package cli

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"brief/content"
	"brief/quiz"
)

// classPack writes a pack of eight choice questions, the sixth keyed to
// the wrong option: "Kandy" is keyed, though the article says Colombo.
func classPack(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	var qs strings.Builder
	qs.WriteString("questions:\n")
	for i := range 8 {
		key := fmt.Sprintf("Right %d", i)
		if i == 5 {
			key = "Kandy"
		}
		fmt.Fprintf(&qs, "  - id: q%d\n    type: choice\n    level: recall\n    prompt: Question %d?\n    options: [%q, \"Colombo\", \"Other %d\", \"Else %d\"]\n    answer: %q\n",
			i, i, key, i, i, key)
	}
	files := map[string]string{
		"pack.yaml":        "id: floods\ntitle: Floods\nversion: 1.0.0\nauthor: Ms Perera\n",
		"floods.md":        "---\ntitle: Floods in Colombo\n---\nRain fell on Colombo.\n",
		"floods.quiz.yaml": qs.String(),
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// A seeded class of 30 students with known abilities takes the pack's
// exam through the plain quiz and hands in; the teacher's report gives
// each question's facility and discrimination as computed here from the
// answers the students meant to give, to 0.01, and flags the question
// whose key is wrong.
func TestClassReportOfASimulatedClass(t *testing.T) {
	packDir := classPack(t)
	p, err := content.Open(packDir)
	if err != nil {
		t.Fatal(err)
	}
	handIns := t.TempDir()
	rng := rand.New(rand.NewPCG(3, 5))
	var right [][]bool
	for s := range 30 {
		ability := -2 + 4*float64(s)/29
		sess, err := quiz.NewSession(p.Articles[0].Questions, quiz.SessionOptions{Seed: int64(s + 1)})
		if err != nil {
			t.Fatal(err)
		}
		rights := make([]bool, 8)
		var lines []string
		for i := range sess.Items {
			it := &sess.Items[i]
			q := it.Q
			n := int(q.ID[1] - '0')
			knows := rng.Float64() < 1/(1+math.Exp(-1+0.4*float64(n)-ability))
			pick := q.Answers[0]
			switch {
			case n == 5 && knows:
				pick = "Colombo" // what the article says, marked wrong
			case !knows:
				pick = q.Options[rng.IntN(len(q.Options))]
			}
			rights[n] = slices.Contains(q.Answers, pick)
			shown := slices.Index(it.View.OptionOrder, slices.Index(q.Options, pick))
			if it.View.OptionOrder == nil {
				shown = slices.Index(q.Options, pick)
			}
			lines = append(lines, string(rune('a'+shown)))
		}
		right = append(right, rights)
		data := t.TempDir()
		name := fmt.Sprintf("Student %02d", s)
		steps := [][]string{
			{"config", "name", name},
			{"quiz", packDir, "--plain", "--exam", "--seed", fmt.Sprint(s + 1)},
			{"hand-in", packDir, "-o", filepath.Join(handIns, fmt.Sprintf("s%02d.json", s))},
		}
		for _, args := range steps {
			if _, errOut, code := runIn(t, data, strings.Join(lines, "\n")+"\n", args...); code != 0 {
				t.Fatalf("%s: brief %s: exit %d: %s", name, strings.Join(args, " "), code, errOut)
			}
		}
	}
	out, errOut, code := runIn(t, t.TempDir(), "", "class", "report", handIns, "--format", "json")
	if code != 0 {
		t.Fatalf("class report: exit %d: %s", code, errOut)
	}
	var report struct {
		Packs []struct {
			Items []struct {
				ID             string   `json:"id"`
				Facility       float64  `json:"facility"`
				Discrimination *float64 `json:"discrimination"`
				Check          []string `json:"check"`
			} `json:"items"`
			Gradebook []struct{ Student string } `json:"gradebook"`
		} `json:"packs"`
	}
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatal(err)
	}
	if len(report.Packs) != 1 || len(report.Packs[0].Items) != 8 || len(report.Packs[0].Gradebook) != 30 {
		t.Fatalf("report: %s", out)
	}
	for _, it := range report.Packs[0].Items {
		n := int(it.ID[1] - '0')
		wantF, wantD := pointBiserial(right, n)
		if math.Abs(it.Facility-wantF) > 0.01 || it.Discrimination == nil || math.Abs(*it.Discrimination-wantD) > 0.01 {
			t.Errorf("%s: facility %.3f, discrimination %v; want %.3f, %.3f", it.ID, it.Facility, it.Discrimination, wantF, wantD)
		}
		if flagged := len(it.Check) > 0; n == 5 && !flagged {
			t.Errorf("the wrong-keyed question is not flagged: %+v", it)
		}
	}
}

// pointBiserial is a question's facility and its discrimination against
// the rest of each student's score, by the textbook formula
// (M1 − M0) / s · √(pq).
func pointBiserial(right [][]bool, q int) (float64, float64) {
	var ones, zeros, all []float64
	for _, rights := range right {
		rest := 0.0
		for i, r := range rights {
			if r && i != q {
				rest++
			}
		}
		rest /= float64(len(rights) - 1)
		all = append(all, rest)
		if rights[q] {
			ones = append(ones, rest)
		} else {
			zeros = append(zeros, rest)
		}
	}
	avg := func(xs []float64) float64 {
		sum := 0.0
		for _, x := range xs {
			sum += x
		}
		return sum / float64(len(xs))
	}
	m, ss := avg(all), 0.0
	for _, x := range all {
		ss += (x - m) * (x - m)
	}
	p := float64(len(ones)) / float64(len(all))
	return p, (avg(ones) - avg(zeros)) / math.Sqrt(ss/float64(len(all))) * math.Sqrt(p*(1-p))
}

// A hand-in that cannot be read is reported at its place and the rest of
// the class still reports; the exit status says something was wrong.
func TestClassReportKeepsGoingPastABadFile(t *testing.T) {
	packDir := classPack(t)
	data, handIns := t.TempDir(), t.TempDir()
	for _, args := range [][]string{
		{"config", "name", "Ana Perera"},
		{"quiz", packDir, "--plain", "--exam", "--seed", "1"},
		{"hand-in", packDir, "-o", filepath.Join(handIns, "ana.json")},
	} {
		if _, errOut, code := runIn(t, data, strings.Repeat("a\n", 8), args...); code != 0 {
			t.Fatalf("brief %s: exit %d: %s", strings.Join(args, " "), code, errOut)
		}
	}
	if err := os.WriteFile(filepath.Join(handIns, "ben.json"), []byte(`{"format": "brief-hand-in", "version": 9}`), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runIn(t, data, "", "class", "report", handIns, "--format", "moodle")
	if code != exitFailure || !strings.Contains(errOut, "ben.json:1:40: was written by a newer brief") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if !strings.HasPrefix(out, "Identifier,floods\nAna Perera,") {
		t.Errorf("the readable hand-in was not reported: %q", out)
	}
	if _, errOut, code := runIn(t, data, "", "hand-in", packDir, "-o", filepath.Join(handIns, "ana.json")); code == 0 || !strings.Contains(errOut, "exists") {
		t.Errorf("a second hand-in over the first: exit %d, %q", code, errOut)
	}
}
