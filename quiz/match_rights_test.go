package quiz

import (
	"slices"
	"strings"
	"testing"
)

// versions is the match question of docs/packs.md: Forum grading and H5P
// both need 3.8.
func versions() Question {
	return Question{ID: "versions", Type: Match, Level: Recall, Points: 3, Prompt: "Match each plugin with the Moodle version it needs.",
		Pairs: []Pair{{"Forum grading", "3.8"}, {"H5P", "3.8"}, {"Analytics", "3.4"}}}
}

func TestRightChoicesListASharedRightSideOnce(t *testing.T) {
	q := versions()
	if got := q.RightChoices(); !slices.Equal(got, []int{0, 2}) {
		t.Errorf("right choices = %v, want [0 2]: 3.8 once, then 3.4", got)
	}
	if got := q.RightChoice(1); got != 0 {
		t.Errorf("H5P's 3.8 stands for pair %d, want 0 (the first 3.8)", got)
	}
	if got := qMatch.RightChoices(); !slices.Equal(got, []int{0, 1, 2, 3}) {
		t.Errorf("without shared right sides every pair is a choice, got %v", got)
	}
	// An order that lists every pair (or none) does not fit: the choices
	// are shown in file order.
	for _, order := range [][]int{nil, {2, 1, 0}, {1, 0}} {
		if got := q.ShownRights(order); !slices.Equal(got, []int{0, 2}) {
			t.Errorf("ShownRights(%v) = %v, want the choices in file order [0 2]", order, got)
		}
	}
}

// Each session shows 3.8 once, never with the choices in file order.
func TestSessionShufflesEachDistinctRightSideOnce(t *testing.T) {
	for seed := range int64(40) {
		s, err := NewSession([]Question{versions()}, SessionOptions{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		if got := s.Items[0].View.RightOrder; !slices.Equal(got, []int{2, 0}) {
			t.Fatalf("seed %d: right order %v, want [2 0] (3.4, 3.8: the only order of two that is not the file's)", seed, got)
		}
	}
}

// A match question without shared right sides is shuffled as it always
// was, and one with them draws as much randomness as before, so the
// questions after it in a seeded session are shown as before too.
func TestSharedRightSidesKeepSeededShufflesAsTheyWere(t *testing.T) {
	choice := *qChoice
	choice.ID, choice.Level, choice.Prompt, choice.Points = "after", Recall, "P", 1
	plain := *qMatch
	plain.ID, plain.Level, plain.Prompt = "plain", Recall, "P"
	for seed := range int64(40) {
		rng := newRand(seed)
		want := shuffled(len(plain.Pairs), rng, true) // the shuffle of brief before shared right sides were listed once
		wantAfter := shuffled(len(choice.Options), rng, false)
		s, err := NewSession([]Question{plain, choice}, SessionOptions{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		if got := s.Items[0].View.RightOrder; !slices.Equal(got, want) {
			t.Fatalf("seed %d: right order %v, want %v as before", seed, got, want)
		}
		shared := versions()
		shared.Pairs = append(shared.Pairs, Pair{"Badges", "2.5"}) // four pairs, as plain has
		s, err = NewSession([]Question{shared, choice}, SessionOptions{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		if got := s.Items[1].View.OptionOrder; !slices.Equal(got, wantAfter) {
			t.Fatalf("seed %d: the next question's options %v, want %v as before", seed, got, wantAfter)
		}
	}
}

// "1a 2a 3b" pairs Forum grading and H5P with the one 3.8: right for both.
func TestTypedMatchAnswerUsesTheSharedLetterForBoth(t *testing.T) {
	q := versions()
	tests := map[string]struct {
		line   string
		view   *View
		points float64
		err    string
	}{
		"file order":        {"1a 2a 3b", nil, 3, ""},
		"shuffled":          {"1b 2b 3a", &View{RightOrder: []int{2, 0}}, 3, ""},
		"one shared wrong":  {"1a 2b 3b", nil, 2, ""},
		"no third letter":   {"1a 2a 3c", nil, 0, `pair each number 1–3 with a letter A–B, like "1b 2a 3a"`},
		"old view of three": {"1a 2a 3b", &View{RightOrder: []int{1, 2, 0}}, 3, ""},
		"all wrong":         {"1b 2b 3a", nil, 0, ""},
		"one left open":     {"1a 3b", nil, 0, "pair every number with a letter: 2 has none yet"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			r, err := ParseResponse(&q, tc.line, tc.view)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one saying %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := Grade(&q, r).Points; got != tc.points {
				t.Errorf("%q (matches %v) earns %v, want %v", tc.line, r.Matches, got, tc.points)
			}
		})
	}
}

// Answers saved before a shared right side was listed once (by text, as
// FormatAnswer has always written them) still resume with their points,
// and the question not yet answered lists 3.8 once.
func TestResumeReadsSharedRightSidesSavedBefore(t *testing.T) {
	answered, open := versions(), versions()
	open.ID = "versions-again"
	qs := []Question{answered, open}
	saved := []AnswerRecord{{QuestionID: "versions", QuestionHash: answered.Hash(),
		Given: "Forum grading → 3.8; H5P → 3.8; Analytics → 3.4", Points: 3, Max: 3}}
	s, err := ResumeSession(qs, SavedDraw{ID: 1, QuestionIDs: []string{"versions", "versions-again"}, Seed: 7}, saved)
	if err != nil {
		t.Fatal(err)
	}
	it := s.Items[0]
	if it.Result == nil || it.Result.Verdict != Right || !slices.Equal(it.Response.Matches, []int{0, 0, 2}) {
		t.Errorf("the saved answer resumed as %v (matches %v), want right with both 3.8s on the one choice", it.Result, it.Response.Matches)
	}
	if got := FormatAnswer(&answered, it.Response); got != saved[0].Given {
		t.Errorf("the resumed answer reads %q, want %q as saved", got, saved[0].Given)
	}
	if got := s.Items[1].View.RightOrder; !slices.Equal(got, []int{2, 0}) {
		t.Errorf("the open question shows right sides %v, want [2 0]: 3.8 once", got)
	}
	partly := []AnswerRecord{{QuestionID: "versions", QuestionHash: answered.Hash(),
		Given: "Forum grading → 3.4; H5P → 3.8; Analytics → 3.8", Points: 1, Max: 3}}
	s, err = ResumeSession(qs, SavedDraw{ID: 2, QuestionIDs: []string{"versions"}, Seed: 7}, partly)
	if err != nil {
		t.Fatal(err)
	}
	if it := s.Items[0]; it.Result.Verdict != Partial || !slices.Equal(it.Response.Matches, []int{2, 0, 0}) {
		t.Errorf("a partly right saved answer resumed as %v (matches %v), want partly right, read back", it.Result, it.Response.Matches)
	}
}
