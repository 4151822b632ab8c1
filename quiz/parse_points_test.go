package quiz

import (
	"math"
	"strings"
	"testing"
)

// Points are capped, so that no pack can make a total infinite: two
// questions of 1e308 points once summed to +Inf, which broke the plain
// quiz's percentage and every JSON export of the student's scores.
func TestParsePointsAreCapped(t *testing.T) {
	huge := "questions:\n" +
		"  - {id: a, type: truefalse, prompt: P, answer: true, points: 1e308}\n" +
		"  - {id: b, type: truefalse, prompt: P, answer: true, points: 1001}\n"
	qs, diags := ParseFile("q.quiz.yaml", []byte(huge))
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	want := []string{
		"q.quiz.yaml:2:63: error: points must be at most 1000, got 1e+308",
		"q.quiz.yaml:3:63: error: points must be at most 1000, got 1001",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") || len(qs) != 0 {
		t.Errorf("got %d questions and\n%s\nwant none and\n%s", len(qs), strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	most := strings.ReplaceAll(strings.ReplaceAll(huge, "1e308", "1000"), "1001", "1000")
	qs, diags = ParseFile("q.quiz.yaml", []byte(most))
	if len(diags) > 0 || len(qs) != 2 {
		t.Fatalf("1000 points refused: %d questions, %v", len(qs), diags)
	}
	s, err := NewSession(qs, SessionOptions{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for i := range s.Items {
		s.Answer(i, rightResponse(s.Items[i].Q))
	}
	if points, max := s.Score(); points != 2000 || max != 2000 || math.IsInf(points, 0) {
		t.Errorf("score %v/%v, want 2000/2000", points, max)
	}
}
