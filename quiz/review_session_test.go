package quiz

import (
	"errors"
	"slices"
	"testing"
	"time"
)

func TestReviewSession(t *testing.T) {
	// Two articles in two packs; "edited" has changed since it was missed.
	bank := map[[3]string]*Question{
		{"p1", "a1", "q1"}:     {ID: "q1", Type: TrueFalse, Prompt: "One?", Truth: true, Points: 1},
		{"p1", "a1", "q2"}:     {ID: "q2", Type: Choice, Prompt: "Two?", Options: []string{"x", "y", "z"}, Answers: []string{"y"}, Points: 1},
		{"p2", "a2", "q1"}:     {ID: "q1", Type: Short, Prompt: "Three?", Answers: []string{"three"}, Points: 1},
		{"p2", "a2", "edited"}: {ID: "edited", Type: Short, Prompt: "Now reworded?", Answers: []string{"yes"}, Points: 1},
	}
	lookup := func(pack, article, id string) (*Question, bool) {
		q, ok := bank[[3]string{pack, article, id}]
		return q, ok
	}
	due := func(pack, article, id string, daysAgo int) ReviewItem {
		hash := "stale"
		if q, ok := bank[[3]string{pack, article, id}]; ok && id != "edited" {
			hash = q.Hash()
		}
		return ReviewItem{PackID: pack, ArticleID: article, QuestionID: id, QuestionHash: hash,
			Due: time.Date(2026, 5, 10-daysAgo, 0, 0, 0, 0, time.UTC)}
	}
	all := []ReviewItem{
		due("p2", "a2", "q1", 5), due("p1", "a1", "gone", 4), due("p2", "a2", "edited", 3),
		due("p1", "a1", "q2", 2), due("p1", "a1", "q1", 1),
	}
	tests := map[string]struct {
		due         []ReviewItem
		n           int
		wantAsked   []string // pack/article/question, in order
		wantGone    int
		wantChanged int
		wantErr     error
	}{
		"every due question in due order, across packs": {
			due: all, wantAsked: []string{"p2/a2/q1", "p1/a1/q2", "p1/a1/q1"}, wantGone: 1, wantChanged: 1,
		},
		"n keeps the longest overdue": {
			due: all, n: 2, wantAsked: []string{"p2/a2/q1", "p1/a1/q2"}, wantGone: 1, wantChanged: 1,
		},
		"listed twice is asked once": {
			due: []ReviewItem{due("p1", "a1", "q1", 1), due("p1", "a1", "q1", 1)}, wantAsked: []string{"p1/a1/q1"},
		},
		"only gone and changed leaves nothing": {
			due: []ReviewItem{due("p1", "a1", "gone", 1), due("p2", "a2", "edited", 1)}, wantGone: 1, wantChanged: 1,
			wantErr: ErrNoQuestions,
		},
		"nothing due": {wantErr: ErrNoQuestions},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			plan, err := ReviewSession(tc.due, lookup, tc.n, 42)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			if len(plan.Gone) != tc.wantGone || len(plan.Changed) != tc.wantChanged {
				t.Errorf("gone %d, changed %d; want %d, %d", len(plan.Gone), len(plan.Changed), tc.wantGone, tc.wantChanged)
			}
			if tc.wantErr != nil {
				return
			}
			var asked []string
			for i, it := range plan.Session.Items {
				ref := plan.Refs[i]
				if want := bank[[3]string{ref.PackID, ref.ArticleID, it.Q.ID}]; want != it.Q {
					t.Errorf("item %d is not the current question of %s/%s/%s", i, ref.PackID, ref.ArticleID, it.Q.ID)
				}
				asked = append(asked, ref.PackID+"/"+ref.ArticleID+"/"+it.Q.ID)
			}
			if !slices.Equal(asked, tc.wantAsked) {
				t.Errorf("asked %v, want %v", asked, tc.wantAsked)
			}
		})
	}
}

func TestReviewSessionShufflesFromSeed(t *testing.T) {
	q := &Question{ID: "q", Type: Choice, Prompt: "?", Options: []string{"a", "b", "c", "d", "e"}, Answers: []string{"a"}, Points: 1}
	item := []ReviewItem{{PackID: "p", ArticleID: "a", QuestionID: "q", QuestionHash: q.Hash()}}
	lookup := func(_, _, _ string) (*Question, bool) { return q, true }
	order := func(seed int64) []int {
		plan, err := ReviewSession(item, lookup, 0, seed)
		if err != nil {
			t.Fatal(err)
		}
		return plan.Session.Items[0].View.OptionOrder
	}
	if !slices.Equal(order(9), order(9)) {
		t.Error("the same seed drew two different shuffles")
	}
	if _, err := ReviewSession(item, lookup, -1, 1); err == nil {
		t.Error("a negative count was accepted")
	}
}
