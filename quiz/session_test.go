package quiz

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"
)

// bank is a file's worth of questions: ten of mixed types and levels.
func bank() []Question {
	var qs []Question
	levels := []Level{Recall, Recall, Inference, Critical, Recall}
	sections := []string{"lead", "The summit", "the-summit", "", "Sanctions"}
	for i := range 10 {
		q := Question{ID: fmt.Sprintf("q%d", i), Line: i + 1, Level: levels[i%5], Section: sections[i%5], Points: 1}
		switch i % 4 {
		case 0:
			q.Type, q.Options, q.Answers = Choice, []string{"a", "b", "c", "d"}, []string{"a"}
		case 1:
			q.Type, q.Items = Order, []string{"a", "b", "c"}
		case 2:
			q.Type, q.Pairs = Match, []Pair{{"x", "1"}, {"y", "2"}}
		default:
			q.Type, q.Truth = TrueFalse, true
		}
		qs = append(qs, q)
	}
	return qs
}

func ids(s *Session) []string {
	var out []string
	for _, it := range s.Items {
		out = append(out, it.Q.ID)
	}
	return out
}

func TestNewSessionChoosesQuestions(t *testing.T) {
	tests := map[string]struct {
		opts SessionOptions
		want []string // nil: check only the count
		n    int
	}{
		"all in file order":     {SessionOptions{Seed: 1}, []string{"q0", "q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9"}, 10},
		"by level":              {SessionOptions{Levels: []Level{Inference, Critical}}, []string{"q2", "q3", "q7", "q8"}, 4},
		"section slug matches":  {SessionOptions{Section: "the-summit"}, []string{"q1", "q2", "q6", "q7"}, 4},
		"section heading":       {SessionOptions{Section: "THE SUMMIT"}, []string{"q1", "q2", "q6", "q7"}, 4},
		"level and section":     {SessionOptions{Levels: []Level{Recall}, Section: "The summit"}, []string{"q1", "q6"}, 2},
		"filter":                {SessionOptions{Filter: func(q *Question) bool { return q.Type == Order }}, []string{"q1", "q5", "q9"}, 3},
		"n more than available": {SessionOptions{N: 50}, nil, 10},
		"n drawn":               {SessionOptions{N: 4, Seed: 7}, nil, 4},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			s, err := NewSession(bank(), tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			if len(s.Items) != tc.n {
				t.Fatalf("got %d questions, want %d", len(s.Items), tc.n)
			}
			if tc.want != nil && !reflect.DeepEqual(ids(s), tc.want) {
				t.Errorf("got %v, want %v", ids(s), tc.want)
			}
			if !tc.opts.Shuffle && !slices.IsSortedFunc(s.Items, func(a, b SessionItem) int { return int(a.Q.Line) - int(b.Q.Line) }) {
				t.Errorf("not in file order: %v", ids(s))
			}
		})
	}
}

func TestNewSessionDrawKeepsFileOrderUnlessShuffled(t *testing.T) {
	qs := bank()
	pos := func(s *Session) []int {
		var out []int
		for _, it := range s.Items {
			out = append(out, slices.IndexFunc(qs, func(q Question) bool { return q.ID == it.Q.ID }))
		}
		return out
	}
	drawn, _ := NewSession(qs, SessionOptions{N: 5, Seed: 3})
	if !slices.IsSorted(pos(drawn)) {
		t.Errorf("drawn questions out of file order: %v", pos(drawn))
	}
	shuffled, _ := NewSession(qs, SessionOptions{Seed: 3, Shuffle: true})
	if slices.IsSorted(pos(shuffled)) || len(shuffled.Items) != len(qs) {
		t.Errorf("shuffle kept file order: %v", pos(shuffled))
	}
}

func TestNewSessionSameSeedSameSession(t *testing.T) {
	for _, opts := range []SessionOptions{{Seed: 42}, {Seed: 42, N: 5}, {Seed: 42, Shuffle: true}, {Seed: -9, N: 3, Shuffle: true}} {
		a, _ := NewSession(bank(), opts)
		b, _ := NewSession(bank(), opts)
		if !reflect.DeepEqual(ids(a), ids(b)) || !reflect.DeepEqual(views(a), views(b)) {
			t.Errorf("seed %d: two sessions differ", opts.Seed)
		}
		opts.Seed++
		c, _ := NewSession(bank(), opts)
		if reflect.DeepEqual(ids(a), ids(c)) && reflect.DeepEqual(views(a), views(c)) {
			t.Errorf("seeds %d and %d give the same session", opts.Seed-1, opts.Seed)
		}
	}
}

func views(s *Session) []View {
	var out []View
	for _, it := range s.Items {
		out = append(out, it.View)
	}
	return out
}

func TestNewSessionViews(t *testing.T) {
	for seed := range int64(50) {
		s, _ := NewSession(bank(), SessionOptions{Seed: seed})
		for _, it := range s.Items {
			v := it.View
			switch it.Q.Type {
			case Choice:
				if !isPerm(v.OptionOrder, len(it.Q.Options)) {
					t.Fatalf("options view %v is not a permutation", v.OptionOrder)
				}
			case Order:
				if !isPerm(v.ItemOrder, len(it.Q.Items)) || slices.IsSorted(v.ItemOrder) {
					t.Fatalf("order view %v is not a permutation, or shows the answer", v.ItemOrder)
				}
			case Match:
				if !isPerm(v.RightOrder, len(it.Q.Pairs)) || slices.IsSorted(v.RightOrder) {
					t.Fatalf("match view %v is not a permutation, or shows the answer", v.RightOrder)
				}
			}
		}
	}
}

func isPerm(p []int, n int) bool {
	s := slices.Sorted(slices.Values(p))
	for i, v := range s {
		if v != i {
			return false
		}
	}
	return len(p) == n
}

func TestNewSessionNothingToAsk(t *testing.T) {
	tests := map[string]struct {
		qs   []Question
		opts SessionOptions
		want string
	}{
		"level and section": {bank(), SessionOptions{Levels: []Level{Critical}, Section: "foo"}, "no questions match --level critical --section foo"},
		"levels":            {bank()[:2], SessionOptions{Levels: []Level{Inference, Critical}}, "no questions match --level inference,critical"},
		"filter":            {bank(), SessionOptions{Filter: func(*Question) bool { return false }}, "no questions match the filter"},
		"empty file":        {nil, SessionOptions{}, "no questions to ask: there is no question file for this article"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := NewSession(tc.qs, tc.opts)
			if err == nil || err.Error() != tc.want || !errors.Is(err, ErrNoQuestions) {
				t.Errorf("got %v, want %q", err, tc.want)
			}
		})
	}
}

func TestSessionScoring(t *testing.T) {
	qs := bank()[:4] // choice, order, match, truefalse; 1 point each
	s, err := NewSession(qs, SessionOptions{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Unanswered(); !reflect.DeepEqual(got, []int{0, 1, 2, 3}) {
		t.Errorf("unanswered %v", got)
	}
	s.Answer(0, Response{Choices: []int{0}})                               // right
	s.Answer(1, Response{Order: []int{1, 0, 2}})                           // half
	s.Answer(3, Response{Skipped: true})                                   // skipped
	if r := s.Answer(0, Response{Choices: []int{0}}); r.Verdict != Right { // answering again replaces
		t.Errorf("got %s", r.Verdict)
	}
	points, max := s.Score()
	if points != 1.5 || max != 4 {
		t.Errorf("score %v/%v, want 1.5/4", points, max)
	}
	if got := s.Missed(); !reflect.DeepEqual(got, []int{1, 2, 3}) {
		t.Errorf("missed %v, want [1 2 3]", got)
	}
	if got := s.Unanswered(); !reflect.DeepEqual(got, []int{2}) {
		t.Errorf("unanswered %v, want [2]", got)
	}
	retry := s.Retry(true)
	if !reflect.DeepEqual(ids(retry), []string{"q1", "q2", "q3"}) || len(retry.Unanswered()) != 3 {
		t.Errorf("retry of missed: %v", ids(retry))
	}
	if all := s.Retry(false); len(all.Items) != 4 || all.Options.Seed == s.Options.Seed {
		t.Errorf("retry of all: %v, seed %d", ids(all), all.Options.Seed)
	}
	if s.Items[0].Result == nil {
		t.Error("retry changed the finished session")
	}
	byLevel := s.Breakdown(func(q *Question) string { return string(q.Level) })
	want := []Tally{{Key: "recall", Points: 1.5, Max: 2, Questions: 2}, {Key: "inference", Max: 1, Questions: 1}, {Key: "critical", Max: 1, Questions: 1}}
	if !reflect.DeepEqual(byLevel, want) {
		t.Errorf("by level %+v, want %+v", byLevel, want)
	}
}

func TestRetryWithNothingMissed(t *testing.T) {
	s, _ := NewSession(bank()[:1], SessionOptions{})
	s.Answer(0, Response{Choices: []int{0}})
	if r := s.Retry(true); len(r.Items) != 0 {
		t.Errorf("got %d items, want none", len(r.Items))
	}
}
