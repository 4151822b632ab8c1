package scores

import (
	"brief/quiz"
	"errors"
	"time"
)

// Recorder writes one attempt's answers to the store as they are given,
// each in its own transaction, so an answer once shown as graded is never
// lost. A Recorder with no store (scores not being saved) does nothing.
type Recorder struct {
	store   *Store
	attempt int64
	info    AttemptInfo
	// claim is claimKeep once the attempt is this recorder's store's
	// (see ClaimAttempt): from then on a write is refused if another
	// brief has taken the attempt over. refused is why the attempt could
	// not be claimed; every write fails with it.
	claim   claimMode
	refused error
}

// Origin says which pack (and version) and article a recorded answer's
// question comes from. A review mixes articles and packs, so its answers
// each carry their own; an empty field means the attempt's own.
type Origin struct {
	PackID      string
	PackVersion string
	ArticleID   string
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
	r.attempt, r.claim = id, claimKeep
	return r, nil
}

// Continue returns a Recorder that adds answers to an attempt already
// started (one being resumed, as UnfinishedAttempt found it). It does no
// I/O: its first write claims the attempt (see Claim), unless Claim has;
// with a nil store it records nothing.
func (s *Store) Continue(id int64, info AttemptInfo) *Recorder {
	if s == nil {
		return &Recorder{info: info}
	}
	return &Recorder{store: s, attempt: id, info: info, claim: claimTake}
}

// Claim claims the attempt for this brief, as resuming it must, so that
// no other brief writes to it while this one has it open. It fails with
// an *InUseError when another live brief has it, and every write of the
// recorder fails so too from then on: its answers would go over the
// other brief's.
func (r *Recorder) Claim() error {
	if !r.Saving() {
		return nil
	}
	if r.refused != nil {
		return r.refused
	}
	return r.wrote(r.store.claimAttempt(r.attempt, r.claim))
}

// wrote notes what a write said about the attempt's claim, and returns
// its error.
func (r *Recorder) wrote(err error) error {
	switch {
	case err == nil:
		r.claim = claimKeep
	case errors.Is(err, ErrInUse) && r.claim == claimTake:
		r.refused = err
	}
	return err
}

// Saving reports whether answers reach the store.
func (r *Recorder) Saving() bool { return r != nil && r.store != nil }

// Record saves a graded session item, as coming from the given origin
// (whose empty fields are the attempt's own). An item not yet graded is
// not saved.
func (r *Recorder) Record(from Origin, it *quiz.SessionItem, at time.Time) error {
	return r.RecordAll([]Answered{{From: from, Item: it, At: at}})
}

// Answered is a graded session item to record: where its question comes
// from (empty fields are the attempt's own) and when it was answered.
type Answered struct {
	From Origin
	Item *quiz.SessionItem
	At   time.Time
	// Used is how much of a timed exam's time was used when it was
	// answered (0 when untimed), kept with the attempt in the answer's
	// own transaction (see KeepUsed).
	Used time.Duration
}

// RecordAll saves graded session items, as Record saves one, in one
// transaction: every one of them is on disk when it returns, or none is.
// It is how a writer that fell behind saves the answers queued for it.
// Items not yet graded are left out.
func (r *Recorder) RecordAll(answers []Answered) error {
	if !r.Saving() {
		return nil
	}
	var records []quiz.AnswerRecord
	var used time.Duration
	for _, a := range answers {
		if a.Item.Result != nil {
			records = append(records, r.answerRecord(a))
			used = max(used, a.Used)
		}
	}
	if len(records) == 0 {
		return nil
	}
	if r.refused != nil {
		return r.refused
	}
	return r.wrote(r.store.recordAnswers(records, r.claim, used))
}

// answerRecord is the row of an answer in this recorder's attempt.
func (r *Recorder) answerRecord(a Answered) quiz.AnswerRecord {
	from, it := a.From, a.Item
	if from.PackID == "" {
		from.PackID, from.PackVersion = r.info.PackID, r.info.PackVersion
	}
	if from.ArticleID == "" {
		from.ArticleID = r.info.ArticleID
	}
	return quiz.AnswerRecord{
		AttemptID:    r.attempt,
		PackID:       from.PackID,
		PackVersion:  from.PackVersion,
		ArticleID:    from.ArticleID,
		QuestionID:   it.Q.ID,
		QuestionHash: it.Q.Hash(),
		Section:      it.Q.Section,
		Level:        string(it.Q.Level),
		Given:        quiz.FormatAnswer(it.Q, it.Response),
		Points:       it.Result.Points,
		Max:          it.Result.Max,
		Skipped:      it.Result.Verdict == quiz.Skipped,
		Elapsed:      it.Elapsed,
		At:           a.At,
	}
}

// Finish marks the attempt complete.
func (r *Recorder) Finish(at time.Time) error {
	if !r.Saving() {
		return nil
	}
	if r.refused != nil {
		return r.refused
	}
	return r.wrote(r.store.finishAttempt(r.attempt, at, r.claim))
}
