package quiz

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// ResumeSession rebuilds the session of a saved attempt from the
// article's questions, so a quiz left unfinished can be carried on: the
// questions in the order saved, shown with the shuffle drawn from the
// saved seed, and the answers already given marked with their points
// (and, where it can be read back, the answer itself). An answer to a
// question whose content has changed since is dropped, so the question is
// asked again. It fails when a saved question is no longer among qs.
func ResumeSession(qs []Question, saved SavedDraw, answers []AnswerRecord) (*Session, error) {
	if len(saved.QuestionIDs) == 0 {
		return nil, fmt.Errorf("resume: %w in the saved attempt", ErrNoQuestions)
	}
	byID := map[string]*Question{}
	for i := range qs {
		byID[qs[i].ID] = &qs[i]
	}
	picked := make([]*Question, len(saved.QuestionIDs))
	for i, id := range saved.QuestionIDs {
		q, ok := byID[id]
		if !ok {
			return nil, fmt.Errorf("resume attempt %d: question %q is no longer in the article", saved.ID, id)
		}
		picked[i] = q
	}
	opts := SessionOptions{N: len(picked), Seed: saved.Seed}
	s := newSession(picked, opts, replayDraw(qs, picked, saved.Seed))
	for _, a := range answers {
		i := slices.IndexFunc(s.Items, func(it SessionItem) bool { return it.Q.ID == a.QuestionID })
		if i < 0 || s.Items[i].Q.Hash() != a.QuestionHash {
			continue
		}
		it := &s.Items[i]
		it.Response, it.Result = restoreAnswer(it.Q, a)
		it.Elapsed = a.Elapsed
	}
	return s, nil
}

// replayDraw returns the random source in the state NewSession left it in
// after choosing the questions, so the options are shuffled as they were.
// It knows the draws NewSession makes from the whole question list (all
// in order, N at random, shuffled); a session drawn from a filtered list
// (by level or section) gets a fresh draw, which only changes the option
// order of the questions not yet answered.
func replayDraw(all []Question, picked []*Question, seed int64) *rand.Rand {
	idx := make([]int, len(picked))
	for i, q := range picked {
		idx[i] = slices.IndexFunc(all, func(c Question) bool { return c.ID == q.ID })
	}
	n := len(all)
	identity := slices.IsSorted(idx) && len(idx) == n
	switch {
	case identity:
		return newRand(seed)
	case len(idx) < n:
		rng := newRand(seed)
		order := rng.Perm(n)[:len(idx)]
		if slices.Equal(order, idx) {
			return rng
		}
		slices.Sort(order)
		if slices.Equal(order, idx) {
			return rng
		}
	case len(idx) == n:
		rng := newRand(seed)
		order := make([]int, n)
		for i := range order {
			order[i] = i
		}
		rng.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
		if slices.Equal(order, idx) {
			return rng
		}
	}
	return newRand(seed)
}

// restoreAnswer turns a saved answer back into a response and its result.
// The response is read back from the text saved and graded again; when
// that does not give the saved points (or cannot be read) the saved
// points stand, with the response left empty.
func restoreAnswer(q *Question, a AnswerRecord) (Response, *Result) {
	if a.Skipped {
		res := Grade(q, Response{Skipped: true})
		return Response{Skipped: true}, &res
	}
	if r, ok := readAnswer(q, a.Given); ok {
		res := Grade(q, r)
		if math.Abs(res.Points-a.Points) < 1e-9 {
			return r, &res
		}
	}
	res := Result{Points: a.Points, Max: a.Max, Correct: CorrectAnswer(q)}
	switch {
	case a.Max > 0 && a.Points >= a.Max-1e-9:
		res.Verdict = Right
	case a.Points <= 1e-9:
		res.Verdict = Wrong
	default:
		res.Verdict = Partial
	}
	return Response{}, &res
}
