package quiz

import "testing"

func TestHash(t *testing.T) {
	base := func() Question {
		return Question{ID: "venue", Type: Choice, Level: Recall, Prompt: "Where?", Options: []string{"Moscow", "Vostochny"},
			Answers: []string{"Vostochny"}, Explain: "Because.", Evidence: "held in Vostochny", Points: 1, Tags: []string{"geo"},
			Path: "a.quiz.yaml", Line: 3, Col: 5}
	}
	same := map[string]func(q *Question){
		"moved":              func(q *Question) { q.Path, q.Line, q.Col = "b.quiz.yaml", 40, 1 },
		"renamed":            func(q *Question) { q.ID = "where" },
		"explanation edited": func(q *Question) { q.Explain = "Other." },
		"evidence edited":    func(q *Question) { q.Evidence = "other" },
		"tags edited":        func(q *Question) { q.Tags = nil },
		"points changed":     func(q *Question) { q.Points = 3 },
		"level changed":      func(q *Question) { q.Level = Critical },
		"feedback added":     func(q *Question) { q.Feedback = map[string]string{"Moscow": "No."} },
		"options reordered":  func(q *Question) { q.Options = []string{"Vostochny", "Moscow"} },
	}
	changed := map[string]func(q *Question){
		"prompt edited":    func(q *Question) { q.Prompt = "Where exactly?" },
		"option added":     func(q *Question) { q.Options = append(q.Options, "Sochi") },
		"answer changed":   func(q *Question) { q.Answers = []string{"Moscow"} },
		"type changed":     func(q *Question) { q.Type = Multi },
		"option split":     func(q *Question) { q.Options = []string{"Moscow", "Vost", "ochny"} },
		"items added":      func(q *Question) { q.Items = []string{"a", "b"} },
		"pairs added":      func(q *Question) { q.Pairs = []Pair{{"a", "b"}} },
		"cloze text added": func(q *Question) { q.Text = "[[x]]" },
	}
	b := base()
	want := b.Hash()
	if len(want) != 16 {
		t.Fatalf("hash %q is not 16 hex digits", want)
	}
	for name, edit := range same {
		t.Run(name, func(t *testing.T) {
			q := base()
			edit(&q)
			if got := q.Hash(); got != want {
				t.Errorf("hash changed: %s != %s", got, want)
			}
		})
	}
	for name, edit := range changed {
		t.Run(name, func(t *testing.T) {
			q := base()
			edit(&q)
			if got := q.Hash(); got == want {
				t.Errorf("hash did not change")
			}
		})
	}
	kinds := map[string][2]Question{
		"truth":     {{Type: TrueFalse, Truth: true}, {Type: TrueFalse, Truth: false}},
		"number":    {{Type: Numeric, Number: 10}, {Type: Numeric, Number: 11}},
		"tolerance": {{Type: Numeric, Number: 10}, {Type: Numeric, Number: 10, Tolerance: 1}},
		"range":     {{Type: Numeric, Range: &[2]float64{1, 2}}, {Type: Numeric, Range: &[2]float64{1, 3}}},
		"order":     {{Type: Order, Items: []string{"a", "b"}}, {Type: Order, Items: []string{"b", "a"}}},
		"pairing":   {{Type: Match, Pairs: []Pair{{"a", "1"}, {"b", "2"}}}, {Type: Match, Pairs: []Pair{{"a", "2"}, {"b", "1"}}}},
	}
	for name, pair := range kinds {
		t.Run(name, func(t *testing.T) {
			if pair[0].Hash() == pair[1].Hash() {
				t.Errorf("same hash for different %s", name)
			}
		})
	}
}
