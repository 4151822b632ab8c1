package quiz

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

// SessionOptions chooses the questions of a session and how they are shown.
type SessionOptions struct {
	N      int     // how many questions to draw at random; 0 (or more than there are) asks them all
	Levels []Level // keep only these levels; empty keeps every level
	// Section keeps only the questions about one section. Without Filter,
	// a question's section matches when both read the same once normalised
	// (Normalize), so the slug "the-summit" matches the heading "The
	// summit". A caller that knows the article's sections can resolve them
	// exactly with Filter instead; Section then only names the choice in
	// the error message.
	Section string
	Filter  func(q *Question) bool // optional: keep only the questions it accepts
	Seed    int64                  // the same seed (with the same questions and options) draws the same session
	Shuffle bool                   // ask in random order instead of the file's (the article's) order
}

// Session is one sitting of a quiz: the questions in the order they are
// asked, each with its on-screen shuffle and, once answered, its result.
// It is pure state: no I/O and no clock; the caller adds time spent.
type Session struct {
	Items   []SessionItem
	Options SessionOptions // what the session was drawn with; Options.Seed draws it again
}

// SessionItem is one question of a session.
type SessionItem struct {
	Q        *Question // the question, shared with the slice given to NewSession
	View     View      // how its options, items or right sides are shuffled on screen
	Response Response  // the last answer given
	Result   *Result   // nil until answered
	Flagged  bool      // marked by the student to come back to (exam mode)
	Elapsed  time.Duration
}

// ErrNoQuestions is wrapped by the error NewSession returns when no
// question is left to ask.
var ErrNoQuestions = errors.New("no questions")

// NewSession draws a session from questions: those that pass the level,
// section and filter options, all of them or N at random, in file order
// unless Shuffle, with the options of choice and multi questions, the
// items of order questions and the right sides of match questions
// shuffled. The session points into qs rather than copying it.
func NewSession(qs []Question, opts SessionOptions) (*Session, error) {
	var picked []*Question
	for i := range qs {
		if opts.keeps(&qs[i]) {
			picked = append(picked, &qs[i])
		}
	}
	if len(picked) == 0 {
		return nil, noQuestionsError(len(qs), opts)
	}
	rng := newRand(opts.Seed)
	if opts.N > 0 && opts.N < len(picked) {
		order := rng.Perm(len(picked))[:opts.N]
		if !opts.Shuffle {
			slices.Sort(order)
		}
		chosen := make([]*Question, len(order))
		for i, j := range order {
			chosen[i] = picked[j]
		}
		picked = chosen
	} else if opts.Shuffle {
		rng.Shuffle(len(picked), func(i, j int) { picked[i], picked[j] = picked[j], picked[i] })
	}
	return newSession(picked, opts, rng), nil
}

func newSession(qs []*Question, opts SessionOptions, rng *rand.Rand) *Session {
	s := &Session{Options: opts, Items: make([]SessionItem, len(qs))}
	for i, q := range qs {
		s.Items[i] = SessionItem{Q: q, View: newView(q, rng)}
	}
	return s
}

// newRand makes the session's random source: PCG seeded from the seed
// alone, so a session can be drawn again.
func newRand(seed int64) *rand.Rand {
	return rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15))
}

// newView shuffles what the question shows. An order question or a match
// question is never shown already solved.
func newView(q *Question, rng *rand.Rand) View {
	var v View
	switch q.Type {
	case Choice, Multi:
		v.OptionOrder = shuffled(len(q.Options), rng, false)
	case Order:
		v.ItemOrder = shuffled(len(q.Items), rng, true)
	case Match:
		v.RightOrder = shuffledRights(q, rng)
	case TrueFalse, Short, Numeric, Cloze:
		// Nothing shown in a list to shuffle.
	}
	return v
}

// shuffled returns a random permutation of 0..n-1; with notIdentity and
// n >= 2 it is never 0, 1, 2, ... (the first two are swapped if it was).
func shuffled(n int, rng *rand.Rand, notIdentity bool) []int {
	p := rng.Perm(n)
	if notIdentity && n >= 2 && slices.IsSorted(p) {
		p[0], p[1] = p[1], p[0]
	}
	return p
}

// keeps reports whether a question passes the options' filters.
func (o SessionOptions) keeps(q *Question) bool {
	if len(o.Levels) > 0 && !slices.Contains(o.Levels, q.Level) {
		return false
	}
	if o.Filter != nil {
		return o.Filter(q)
	}
	return o.Section == "" || Normalize(q.Section) == Normalize(o.Section)
}

// noQuestionsError says which choices left nothing to ask, in the words of
// the command line.
func noQuestionsError(total int, o SessionOptions) error {
	if total == 0 {
		return fmt.Errorf("%w to ask: there is no question file for this article", ErrNoQuestions)
	}
	var why []string
	if len(o.Levels) > 0 {
		levels := make([]string, len(o.Levels))
		for i, l := range o.Levels {
			levels[i] = string(l)
		}
		why = append(why, "--level "+strings.Join(levels, ","))
	}
	if o.Section != "" {
		why = append(why, "--section "+o.Section)
	}
	if len(why) == 0 {
		return fmt.Errorf("%w match the filter", ErrNoQuestions)
	}
	return fmt.Errorf("%w match %s", ErrNoQuestions, strings.Join(why, " "))
}

// Answer grades a response to item i, records it (replacing any earlier
// answer) and returns the result.
func (s *Session) Answer(i int, r Response) Result {
	res := Grade(s.Items[i].Q, r)
	s.Items[i].Response = r
	s.Items[i].Result = &res
	return res
}

// Score adds up the points earned and the points available; questions not
// yet answered count for nothing but still count in the maximum.
func (s *Session) Score() (points, max float64) {
	for _, it := range s.Items {
		max += it.Q.Points
		if it.Result != nil {
			points += it.Result.Points
		}
	}
	return points, max
}

// Missed lists the items without full marks: wrong, partly right,
// skipped, or not answered.
func (s *Session) Missed() []int {
	var out []int
	for i, it := range s.Items {
		if it.Result == nil || it.Result.Verdict != Right {
			out = append(out, i)
		}
	}
	return out
}

// Unanswered lists the items with no answer yet (a skip is an answer).
func (s *Session) Unanswered() []int {
	var out []int
	for i, it := range s.Items {
		if it.Result == nil {
			out = append(out, i)
		}
	}
	return out
}

// Retry starts the session again, with only the missed questions when
// missedOnly, in the same order, with no answers and a new shuffle. It
// has no items when missedOnly and nothing was missed.
func (s *Session) Retry(missedOnly bool) *Session {
	missed := s.Missed()
	var qs []*Question
	for i, it := range s.Items {
		if !missedOnly || slices.Contains(missed, i) {
			qs = append(qs, it.Q)
		}
	}
	opts := s.Options
	opts.Seed++
	return newSession(qs, opts, newRand(opts.Seed))
}

// Tally is the score of a group of a session's questions.
type Tally struct {
	Key         string
	Points, Max float64
	Questions   int
}

// Breakdown adds up the score per group, such as per level or per
// section, in the order the groups first appear in the session.
func (s *Session) Breakdown(key func(q *Question) string) []Tally {
	var out []Tally
	index := map[string]int{}
	for _, it := range s.Items {
		k := key(it.Q)
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, Tally{Key: k})
		}
		out[i].Max += it.Q.Points
		out[i].Questions++
		if it.Result != nil {
			out[i].Points += it.Result.Points
		}
	}
	return out
}
