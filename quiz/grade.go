package quiz

import (
	"math"
	"slices"
	"strings"
)

// Verdict sums up how an answer did.
type Verdict string

// The verdicts of a graded answer.
const (
	Right   Verdict = "right"   // full marks
	Partial Verdict = "partial" // some credit, not all
	Wrong   Verdict = "wrong"   // no credit
	Skipped Verdict = "skipped" // no answer given; no credit, and due for review like a wrong one
)

// Response is a student's answer to one question. Which field is read
// depends on the question's type; indexes always refer to the question as
// written in the file, never to the shuffled order on screen (see View).
type Response struct {
	Choices []int    // choice: the one option picked; multi: every option picked (indexes into Options)
	Truth   *bool    // truefalse: the answer given
	Text    []string // short and numeric: the text typed; cloze: one text per blank
	Order   []int    // order: the Items indexes in the order the student put them
	Matches []int    // match: for pair i (by left), the index of the Pairs[j].Right chosen, -1 for none
	Skipped bool     // the student chose not to answer
}

// Result is a graded answer.
type Result struct {
	Points   float64 // earned, from 0 to Max
	Max      float64 // the question's points
	Verdict  Verdict
	Feedback string // the file's feedback for the answer picked, if any
	Correct  string // the right answer, formatted for display
}

// Grade scores a response. It never fails: a response that does not fit
// the question (an index out of range, a missing blank) earns nothing for
// the part that does not fit. A response that gives nothing at all is
// graded as Skipped.
func Grade(q *Question, r Response) Result {
	res := Result{Max: q.Points, Correct: CorrectAnswer(q)}
	if res.Max <= 0 {
		res.Max = 1
	}
	if r.Skipped || isEmpty(q, r) {
		res.Verdict = Skipped
		return res
	}
	var credit float64
	credit, res.Feedback = score(q, r)
	credit = math.Max(0, math.Min(1, credit))
	res.Points = credit * res.Max
	switch {
	case credit >= 1-1e-9:
		res.Verdict, res.Points = Right, res.Max
	case credit <= 1e-9:
		res.Verdict, res.Points = Wrong, 0
	default:
		res.Verdict = Partial
	}
	return res
}

// isEmpty reports a response that answers nothing for the question's type.
func isEmpty(q *Question, r Response) bool {
	switch q.Type {
	case Choice, Multi:
		return len(r.Choices) == 0
	case TrueFalse:
		return r.Truth == nil
	case Short, Numeric, Cloze:
		return !slices.ContainsFunc(r.Text, func(s string) bool { return strings.TrimSpace(s) != "" })
	case Order:
		return len(r.Order) == 0
	case Match:
		return !slices.ContainsFunc(r.Matches, func(j int) bool { return j >= 0 })
	}
	return true
}

// score returns the share of the question's points a response earns, from
// 0 to 1, and the feedback the file gives for what was picked.
func score(q *Question, r Response) (float64, string) {
	switch q.Type {
	case Choice:
		i := r.Choices[0]
		if !inRange(i, len(q.Options)) {
			return 0, ""
		}
		return boolCredit(len(q.Answers) > 0 && q.Options[i] == q.Answers[0]), q.Feedback[q.Options[i]]
	case Multi:
		return scoreMulti(q, r.Choices)
	case TrueFalse:
		key := "false"
		if *r.Truth {
			key = "true"
		}
		return boolCredit(*r.Truth == q.Truth), q.Feedback[key]
	case Short:
		text := first(r.Text)
		return boolCredit(matchesAny(text, q.Answers, q.Typos)), feedbackFor(q, text)
	case Numeric:
		v, err := ParseNumber(first(r.Text))
		if err != nil {
			return 0, ""
		}
		return boolCredit(numberIsRight(q, v)), numericFeedback(q, v)
	case Order:
		return scoreOrder(len(q.Items), r.Order), ""
	case Match:
		right := 0
		for i, p := range q.Pairs {
			// By text: when items share an answer, either copy is right.
			if i < len(r.Matches) && inRange(r.Matches[i], len(q.Pairs)) && q.Pairs[r.Matches[i]].Right == p.Right {
				right++
			}
		}
		return float64(right) / float64(max(1, len(q.Pairs))), ""
	case Cloze:
		blanks := Blanks(q.Text)
		right := 0
		for i, accepted := range blanks {
			if i < len(r.Text) && matchesAny(r.Text[i], accepted, q.Typos) {
				right++
			}
		}
		return float64(right) / float64(max(1, len(blanks))), ""
	}
	return 0, ""
}

// scoreMulti gives (right picks − wrong picks) / right answers, not below
// 0, so that ticking every box earns nothing more than ticking none.
func scoreMulti(q *Question, picks []int) (float64, string) {
	var right, wrong int
	var feedback []string
	seen := map[int]bool{}
	for _, i := range picks {
		if !inRange(i, len(q.Options)) || seen[i] {
			continue
		}
		seen[i] = true
		if slices.Contains(q.Answers, q.Options[i]) {
			right++
		} else {
			wrong++
		}
		if fb := q.Feedback[q.Options[i]]; fb != "" {
			feedback = append(feedback, fb)
		}
	}
	return float64(right-wrong) / float64(max(1, len(q.Answers))), strings.Join(feedback, "\n")
}

// scoreOrder credits the items placed in the right relative order: the
// longest run of items (not necessarily adjacent) that keep their correct
// order, counted so that the right order earns 1 and the exact reverse 0:
// (LIS − 1) / (n − 1). Indexes out of range or given twice are ignored.
func scoreOrder(n int, order []int) float64 {
	if n < 2 {
		return 0
	}
	lis := OrderKept(n, order)
	if lis == 0 {
		return 0
	}
	return float64(lis-1) / float64(n-1)
}

// OrderKept is how many of an order question's n items the answer puts in
// the right order among themselves (the longest run of them in their
// right order, wherever they stand): what its points go by.
func OrderKept(n int, order []int) int {
	seen := map[int]bool{}
	var seq []int
	for _, i := range order {
		if inRange(i, n) && !seen[i] {
			seen[i] = true
			seq = append(seq, i)
		}
	}
	return longestIncreasing(seq)
}

// longestIncreasing is the length of the longest strictly increasing
// subsequence (patience sorting, O(n log n)).
func longestIncreasing(seq []int) int {
	var tails []int
	for _, v := range seq {
		i, _ := slices.BinarySearch(tails, v)
		if i == len(tails) {
			tails = append(tails, v)
		} else {
			tails[i] = v
		}
	}
	return len(tails)
}

// matchesAny reports whether a typed answer matches one of the accepted
// ones once normalised, allowing up to typos single-letter mistakes.
func matchesAny(typed string, accepted []string, typos int) bool {
	got := Normalize(typed)
	if got == "" {
		return false
	}
	for _, a := range accepted {
		if strings.Contains(a, "*") {
			if wildcardMatch(got, a) {
				return true
			}
			continue
		}
		want := Normalize(a)
		if got == want {
			return true
		}
		// The length check keeps the distance computation small whatever
		// the student typed.
		if typos > 0 && abs(len([]rune(got))-len([]rune(want))) <= typos && EditDistance(got, want) <= typos {
			return true
		}
	}
	return false
}

// wildcardMatch reports whether a normalised answer matches an accepted
// answer holding Moodle's * wildcard, which stands for any text:
// "*manually*" accepts "manually graded". Each piece between stars is
// compared normalised, in order; typos are not allowed in a pattern.
func wildcardMatch(got, pattern string) bool {
	pieces := strings.Split(pattern, "*")
	for i := range pieces {
		pieces[i] = Normalize(pieces[i])
	}
	first, last := pieces[0], pieces[len(pieces)-1]
	if !strings.HasPrefix(got, first) {
		return false
	}
	rest := got[len(first):]
	for _, p := range pieces[1 : len(pieces)-1] {
		i := strings.Index(rest, p)
		if i < 0 {
			return false
		}
		rest = rest[i+len(p):]
	}
	return strings.HasSuffix(rest, last)
}

// feedbackFor finds the file's feedback for a typed answer: the key that
// normalises to the same text.
func feedbackFor(q *Question, typed string) string {
	got := Normalize(typed)
	if got == "" {
		return ""
	}
	for _, k := range sortedKeys(q.Feedback) {
		if Normalize(k) == got {
			return q.Feedback[k]
		}
	}
	return ""
}

// numericFeedback finds the feedback whose key is the same number as the
// answer given.
func numericFeedback(q *Question, v float64) string {
	for _, k := range sortedKeys(q.Feedback) {
		if n, err := ParseNumber(k); err == nil && n == v {
			return q.Feedback[k]
		}
	}
	return ""
}

// numberIsRight checks a number against the range, or the answer and its
// tolerance, allowing for floating-point rounding.
func numberIsRight(q *Question, v float64) bool {
	if q.Range != nil {
		return within(v, q.Range[0], q.Range[1])
	}
	for _, n := range append([]float64{q.Number}, q.More...) {
		if within(v, n-q.Tolerance, n+q.Tolerance) {
			return true
		}
	}
	return false
}

// within reports whether v is in [lo, hi], allowing for rounding.
func within(v, lo, hi float64) bool {
	eps := 1e-9 * math.Max(1, math.Max(math.Abs(lo), math.Abs(hi)))
	return v >= lo-eps && v <= hi+eps
}

func boolCredit(ok bool) float64 {
	if ok {
		return 1
	}
	return 0
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

func inRange(i, n int) bool { return i >= 0 && i < n }

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
