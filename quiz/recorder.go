package quiz

import "time"

// Recorder writes one attempt's answers to the store as they are given,
// each in its own transaction, so an answer once shown as graded is never
// lost. A Recorder with no store (scores not being saved) does nothing.
type Recorder struct {
	store   *Store
	attempt int64
	info    AttemptInfo
}

// Begin starts recording an attempt. With a nil store it returns a
// Recorder that records nothing, so callers need no special case.
func (s *Store) Begin(info AttemptInfo) (*Recorder, error) {
	r := &Recorder{store: s, info: info}
	if s == nil {
		return r, nil
	}
	id, err := s.StartAttempt(info)
	if err != nil {
		return &Recorder{info: info}, err
	}
	r.attempt = id
	return r, nil
}

// Saving reports whether answers reach the store.
func (r *Recorder) Saving() bool { return r != nil && r.store != nil }

// Record saves a graded session item. articleID names the article the
// question belongs to (review sessions mix articles); empty means the
// attempt's own.
func (r *Recorder) Record(articleID string, it *SessionItem, at time.Time) error {
	if !r.Saving() || it.Result == nil {
		return nil
	}
	if articleID == "" {
		articleID = r.info.ArticleID
	}
	return r.store.RecordAnswer(AnswerRecord{
		AttemptID:    r.attempt,
		PackID:       r.info.PackID,
		PackVersion:  r.info.PackVersion,
		ArticleID:    articleID,
		QuestionID:   it.Q.ID,
		QuestionHash: it.Q.Hash(),
		Section:      it.Q.Section,
		Level:        string(it.Q.Level),
		Given:        FormatAnswer(it.Q, it.Response),
		Points:       it.Result.Points,
		Max:          it.Result.Max,
		Skipped:      it.Result.Verdict == Skipped,
		Elapsed:      it.Elapsed,
		At:           at,
	})
}

// Finish marks the attempt complete.
func (r *Recorder) Finish(at time.Time) error {
	if !r.Saving() {
		return nil
	}
	return r.store.FinishAttempt(r.attempt, at)
}
