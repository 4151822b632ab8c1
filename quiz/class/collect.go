package class

import (
	"time"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
)

// Collected is a student's hand-in, and how many of their attempts on the
// pack were left out because they were made on another version of it.
type Collected struct {
	HandIn       *HandIn
	OtherVersion int
}

// Collect makes the hand-in of a student's finished attempts on pack p,
// read from their score store. Each answer carries its question's type
// from the pack; attempts made on another version of the pack are left
// out (counted in OtherVersion), since their questions may differ. The
// attempts begun and never finished are counted, not handed in.
func Collect(store *scores.Store, p *content.Pack, student, briefVersion string, now time.Time) (*Collected, error) {
	attempts, err := store.FinishedAttempts(p.ID)
	if err != nil {
		return nil, err
	}
	h := &HandIn{Format: Format, Version: Version, Student: student, Brief: briefVersion, Written: now.UTC().Truncate(time.Second),
		Pack: Pack{ID: p.ID, Version: p.Version, ContentHash: p.ContentHash, Title: p.Title}, Attempts: []Attempt{}}
	if a := p.Assignment; a != nil {
		h.Pack.Assignment = &Assignment{Mode: a.Mode, TimeLimit: a.Time, Questions: a.Questions, Attempts: a.Attempts, Due: a.Due}
	}
	unfinished, err := store.UnfinishedCounts(p.ID, p.Version, p.Assignment != nil)
	if err != nil {
		return nil, err
	}
	if len(unfinished) > 0 {
		h.Unfinished = unfinished
	}
	types := questionTypes(p)
	c := &Collected{HandIn: h}
	for _, fa := range attempts {
		if fa.PackVersion != p.Version {
			c.OtherVersion++
			continue
		}
		h.Attempts = append(h.Attempts, handInAttempt(fa, types[fa.ArticleID]))
	}
	return c, nil
}

// questionTypes maps each article's question ids to their types.
func questionTypes(p *content.Pack) map[string]map[string]quiz.Type {
	out := map[string]map[string]quiz.Type{}
	for _, a := range p.Articles {
		m := map[string]quiz.Type{}
		for _, q := range a.Questions {
			m[q.ID] = q.Type
		}
		out[a.ID] = m
	}
	return out
}

// handInAttempt turns a stored attempt into its hand-in form.
func handInAttempt(fa scores.FinishedAttempt, types map[string]quiz.Type) Attempt {
	// Times keep the student's own offset: "late" is judged by the day on
	// the student's calendar, as the due day is written.
	finished := fa.Finished.Local()
	mode := fa.Mode
	if fa.Retry {
		mode = ModeRetry // after seeing the answers: not what the student knew
	}
	a := Attempt{ID: fa.ID, Article: fa.ArticleID, Mode: mode, Started: fa.Started.Local(), Finished: &finished, Assigned: fa.Assigned,
		Settings: Settings{Questions: len(fa.QuestionIDs), Seed: fa.Seed}, Answers: []Answer{}}
	if fa.TimeLimit > 0 {
		a.Settings.TimeLimit = fa.TimeLimit.String()
	}
	for _, r := range fa.Answers {
		a.Answers = append(a.Answers, Answer{Question: r.QuestionID, Type: string(types[r.QuestionID]), Level: r.Level, Section: r.Section,
			Given: r.Given, Skipped: r.Skipped, Points: r.Points, Max: r.Max, Seconds: r.Elapsed.Seconds()})
	}
	return a
}
