package quiz

import (
	"slices"
	"strconv"
	"strings"
)

// PartMark is one part of an answer marked on its own, so feedback can say
// which part was wrong and what belonged there: a multi option, an order
// position, a match pair, a cloze blank.
type PartMark struct {
	Label string // the part: the option, "1", the left item, "blank 1"
	Given string // what the student put there; "" for nothing
	Want  string // what belongs there
	OK    bool
	// Feedback is the file's feedback on this part (a multi option
	// picked), so it is shown beside the option it is about.
	Feedback string
}

// Multi's Given and Want words.
const (
	Ticked    = "ticked"
	NotTicked = "not ticked"
)

// MarkParts marks each part of a response to a question of several parts,
// in the question's own order; it is nil for the one-part types (choice,
// true/false, short, numeric). A multi question lists only the options
// that were ticked or should have been.
func MarkParts(q *Question, r Response) []PartMark {
	switch q.Type {
	case Multi:
		return markMulti(q, r)
	case Order:
		return markOrder(q, r)
	case Match:
		return markMatch(q, r)
	case Cloze:
		return markCloze(q, r)
	case Choice, TrueFalse, Short, Numeric:
	}
	return nil
}

func markMulti(q *Question, r Response) []PartMark {
	var out []PartMark
	for i, opt := range q.Options {
		picked, right := slices.Contains(r.Choices, i), slices.Contains(q.Answers, opt)
		if !picked && !right {
			continue
		}
		m := PartMark{Label: opt, Given: NotTicked, Want: NotTicked, OK: picked == right}
		if picked {
			m.Given, m.Feedback = Ticked, q.Feedback[opt]
		}
		if right {
			m.Want = Ticked
		}
		out = append(out, m)
	}
	return out
}

func markOrder(q *Question, r Response) []PartMark {
	out := make([]PartMark, len(q.Items))
	for k, want := range q.Items {
		m := PartMark{Label: strconv.Itoa(k + 1), Want: want}
		if k < len(r.Order) && inRange(r.Order[k], len(q.Items)) {
			m.Given = q.Items[r.Order[k]]
		}
		m.OK = m.Given == want
		out[k] = m
	}
	return out
}

func markMatch(q *Question, r Response) []PartMark {
	out := make([]PartMark, len(q.Pairs))
	for i, p := range q.Pairs {
		m := PartMark{Label: p.Left, Want: p.Right}
		if i < len(r.Matches) && inRange(r.Matches[i], len(q.Pairs)) {
			m.Given = q.Pairs[r.Matches[i]].Right
		}
		m.OK = m.Given == p.Right // by text: items may share an answer
		out[i] = m
	}
	return out
}

func markCloze(q *Question, r Response) []PartMark {
	blanks := Blanks(q.Text)
	out := make([]PartMark, len(blanks))
	for i, accepted := range blanks {
		m := PartMark{Label: "blank " + strconv.Itoa(i+1), Want: accepted[0]}
		if i < len(r.Text) {
			m.Given = cleanLine(r.Text[i])
		}
		m.OK = matchesAny(m.Given, accepted, q.Typos)
		out[i] = m
	}
	return out
}

// Spelled is the accepted answer a typed one was taken for when it was
// accepted only by forgiving a typo ("sanctons" for "sanctions"), so the
// feedback can show the spelling; "" when it was right as typed, or wrong.
func Spelled(q *Question, typed string) string {
	if q.Type != Short {
		return ""
	}
	got := Normalize(typed)
	if got == "" || !matchesAny(typed, q.Answers, q.Typos) {
		return ""
	}
	for _, a := range q.Answers {
		if Normalize(a) == got || strings.Contains(a, "*") && wildcardMatch(got, a) {
			return ""
		}
	}
	for _, a := range q.Answers {
		if matchesAny(typed, []string{a}, q.Typos) {
			return a
		}
	}
	return ""
}

// ModelAnswer is the answer to show first, and the others also accepted:
// a short answer's first accepted answer, then the rest but wildcards
// (which are patterns, not answers); for every other type CorrectAnswer
// alone.
func ModelAnswer(q *Question) (answer string, also []string) {
	if q.Type != Short || len(q.Answers) == 0 {
		return CorrectAnswer(q), nil
	}
	for _, a := range q.Answers[1:] {
		if !strings.Contains(a, "*") {
			also = append(also, a)
		}
	}
	return q.Answers[0], also
}
