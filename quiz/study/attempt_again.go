package study

import (
	"slices"

	"brief/quiz"
)

// Retry is a new attempt at this one's questions (only those missed when
// missedOnly), in the same order, with no answers and a new shuffle, taken
// as this one was (its mode, its time limit, its article or review). It
// has no questions when missedOnly and nothing was missed. It records
// through the same writer once it begins, as a retry: its questions'
// answers have been seen.
func (a *Attempt) Retry(missedOnly bool) *Attempt {
	kept := make([]int, 0, len(a.sess.Items))
	missed := a.sess.Missed()
	for i := range a.sess.Items {
		if !missedOnly || slices.Contains(missed, i) {
			kept = append(kept, i)
		}
	}
	return a.again(a.sess.Retry(missedOnly), kept, true)
}

// Fresh is a new attempt drawn as this one was (as many questions, of
// the same levels and section) with a new seed: a new shuffle and, when
// only some questions were asked, a new draw. Should the article no
// longer give one (or for a review), it asks the same questions again.
func (a *Attempt) Fresh(seed int64) *Attempt {
	opts := a.sess.Options
	opts.Seed = seed
	if a.art != nil && !a.Review() {
		if s, err := quiz.NewSession(a.art.Questions, opts); err == nil {
			return a.again(s, nil, false)
		}
	}
	return a.Retry(false)
}

// again is a new attempt on session s, taken as a was; kept are the
// items of a that s asks, in order, to keep a review's origins with them;
// retry says s asks a's questions again.
func (a *Attempt) again(s *quiz.Session, kept []int, retry bool) *Attempt {
	if a.Review() {
		plan := &quiz.ReviewPlan{Session: s}
		for _, i := range kept {
			if i < len(a.refs) {
				plan.Refs = append(plan.Refs, a.refs[i])
			}
		}
		next := NewReview(a.w, plan, a.packs)
		next.now = a.now
		return next
	}
	return New(a.w, Setup{Pack: a.pack, Article: a.art, Session: s, Exam: a.exam, TimeLimit: a.limit, Now: a.now, Retry: retry})
}
