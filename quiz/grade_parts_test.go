package quiz

import (
	"reflect"
	"testing"
)

// Each part of a several-part answer is marked with what belonged there,
// so feedback can say which part was wrong.
func TestMarkParts(t *testing.T) {
	multi := &Question{Type: Multi, Options: []string{"Putin", "Kim", "Biden", "Xi"}, Answers: []string{"Putin", "Kim"},
		Feedback: map[string]string{"Biden": "He was not there."}}
	order := &Question{Type: Order, Items: []string{"arrive", "talk", "leave"}}
	match := &Question{Type: Match, Pairs: []Pair{{"Kozarev", "former minister"}, {"Peskov", "spokesman"}, {"Lavrov", "minister"}}}
	cloze := &Question{Type: Cloze, Text: "They met on [[12|twelve]] and [[13]] September.", Typos: 1}
	tests := map[string]struct {
		q    *Question
		r    Response
		want []PartMark
	}{
		"multi": {multi, Response{Choices: []int{0, 2}}, []PartMark{
			{Label: "Putin", Given: Ticked, Want: Ticked, OK: true},
			{Label: "Kim", Given: NotTicked, Want: Ticked},
			{Label: "Biden", Given: Ticked, Want: NotTicked, Feedback: "He was not there."},
		}},
		"order": {order, Response{Order: []int{0, 2, 1}}, []PartMark{
			{Label: "1", Given: "arrive", Want: "arrive", OK: true},
			{Label: "2", Given: "leave", Want: "talk"},
			{Label: "3", Given: "talk", Want: "leave"},
		}},
		"match": {match, Response{Matches: []int{0, 2, -1}}, []PartMark{
			{Label: "Kozarev", Given: "former minister", Want: "former minister", OK: true},
			{Label: "Peskov", Given: "minister", Want: "spokesman"},
			{Label: "Lavrov", Given: "", Want: "minister"},
		}},
		"cloze": {cloze, Response{Text: []string{"twelve", "Sept"}}, []PartMark{
			{Label: "blank 1", Given: "twelve", Want: "12", OK: true},
			{Label: "blank 2", Given: "Sept", Want: "13"},
		}},
		"choice has one part": {&Question{Type: Choice, Options: []string{"a", "b"}, Answers: []string{"a"}}, Response{Choices: []int{1}}, nil},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := MarkParts(tc.q, tc.r); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

// A short answer accepted only by forgiving a typo says how it is spelled;
// one typed right, or wrong, says nothing.
func TestSpelled(t *testing.T) {
	q := &Question{Type: Short, Answers: []string{"sanctions", "embargo"}, Typos: 1}
	for typed, want := range map[string]string{"sanctons": "sanctions", "Sanctions": "", "embrgo": "embargo", "tariffs": "", "": ""} {
		if got := Spelled(q, typed); got != want {
			t.Errorf("Spelled(%q) = %q, want %q", typed, got, want)
		}
	}
}

// A short answer shows one model answer and the others also accepted,
// never a wildcard pattern.
func TestModelAnswer(t *testing.T) {
	q := &Question{Type: Short, Answers: []string{"sanctions", "embargo", "*penalt*"}}
	answer, also := ModelAnswer(q)
	if answer != "sanctions" || !reflect.DeepEqual(also, []string{"embargo"}) {
		t.Errorf("got %q also %q", answer, also)
	}
}
