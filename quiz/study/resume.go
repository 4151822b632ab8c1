package study

import (
	"fmt"
	"slices"
	"time"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
)

// Unfinished is an attempt at an article left before its end, rebuilt
// from the article's questions as they are now, to offer carrying it on.
type Unfinished struct {
	Saved   *scores.SavedAttempt
	Session *quiz.Session // the attempt rebuilt, its answers marked
	// Left is a timed exam's time still to run; 0 for no limit.
	Left  time.Duration
	Found time.Time // when it was looked for, to say how long ago it began

	pack *content.Pack
	art  *content.Article
}

// Answered is how many of its questions have an answer.
func (u *Unfinished) Answered() int { return len(u.Session.Items) - len(u.Session.Unanswered()) }

// Exam reports whether it is an exam.
func (u *Unfinished) Exam() bool { return u.Saved.Mode == scores.ModeExam }

// Age is how long before it was found it began.
func (u *Unfinished) Age() time.Duration { return u.Found.Sub(u.Saved.Started) }

// Lookup is a look-up for an unfinished attempt queued on a Writer: Done
// is closed once it has run.
type Lookup struct {
	t     *Ticket
	found *Unfinished
}

// Done is closed when the look-up is over.
func (l *Lookup) Done() <-chan struct{} { return l.t.Done() }

// Wait waits for the look-up and returns what it found: nil when there
// is nothing to resume, and an error when the store could not be read or
// the attempt is open in another brief (an *scores.InUseError: it is then
// not to be offered, and this is a new attempt).
func (l *Lookup) Wait() (*Unfinished, error) {
	err := l.t.Wait()
	return l.found, err
}

// FindUnfinished looks, through w, for the latest attempt at article a of
// pack p left unfinished, as the store keeps it, that can still be
// rebuilt from a's questions. It runs after every write queued before
// it, so that an attempt just handed in, its hand-in still queued behind
// a busy store, is not found unfinished (resumed, it would be handed in
// twice; set aside, it would be handed in after). An attempt whose
// questions changed too much to carry on is not found: the quiz starts
// afresh. It finds nothing when scores are not being saved.
func FindUnfinished(w *Writer, p *content.Pack, a *content.Article) *Lookup {
	return findOn(w, p, a, nil)
}

// findOn queues the look-up for an unfinished attempt at a: the latest
// one, or with like the latest one taken so.
func findOn(w *Writer, p *content.Pack, a *content.Article, like *scores.UnfinishedLike) *Lookup {
	l := &Lookup{}
	l.t = w.do(0, false, func(store *scores.Store, openErr error) outcome {
		if openErr != nil {
			return outcome{err: openErr}
		}
		found, err := findUnfinished(store, p, a, like, time.Now())
		l.found = found
		return outcome{err: err}
	})
	return l
}

// findUnfinished is FindUnfinished's job, and FindUnfinishedLike's with
// like.
func findUnfinished(store *scores.Store, p *content.Pack, a *content.Article, like *scores.UnfinishedLike, now time.Time) (*Unfinished, error) {
	var saved *scores.SavedAttempt
	var answers []quiz.AnswerRecord
	var err error
	if like != nil {
		saved, answers, err = store.UnfinishedAttemptLike(p.ID, a.ID, *like)
	} else {
		saved, answers, err = store.UnfinishedAttempt(p.ID, a.ID)
	}
	if err != nil || saved == nil {
		return nil, err
	}
	sess, err := quiz.ResumeSession(a.Questions, quiz.SavedDraw{ID: saved.ID, QuestionIDs: saved.QuestionIDs, Seed: saved.Seed}, answers)
	if err != nil {
		return nil, nil // the questions changed too much: start afresh
	}
	for i := range sess.Items {
		sess.Items[i].Flagged = slices.Contains(saved.Flagged, sess.Items[i].Q.ID)
	}
	return &Unfinished{Saved: saved, Session: sess, Left: saved.TimeLeft(answers), Found: now, pack: p, art: a}, nil
}

// Resume is the attempt u carried on in a's place, a new attempt that
// has not begun recording: u's session, mode and time left (the clock
// carries on from the saved attempt, whatever a asked for, so leaving an
// exam never buys more time), its answers recorded into u's attempt
// through a's writer. The attempt is claimed first, so that no other
// brief writes to it from now on: the ticket fails with an
// *scores.InUseError when another brief took it meanwhile, and so does
// every write of the attempt.
func (a *Attempt) Resume(u *Unfinished) (*Attempt, *Ticket) {
	next := &Attempt{
		w: a.w, sess: u.Session, info: u.Saved.AttemptInfo, pack: u.pack, art: u.art,
		exam: u.Exam(), now: a.now,
	}
	if next.exam {
		next.limit = u.Left
	}
	s := &slot{}
	next.slot = s
	id, info := u.Saved.ID, u.Saved.AttemptInfo
	return next, a.w.do(0, false, func(store *scores.Store, openErr error) outcome {
		if openErr != nil {
			s.err = openErr
			return outcome{err: openErr}
		}
		s.rec = store.Continue(id, info)
		return outcome{err: s.rec.Claim()}
	})
}

// SetAside marks u as an attempt the student chose not to carry on, so
// that it is not offered again; its answers stay in the stats. Begin a
// taking its place after it.
func (a *Attempt) SetAside(u *Unfinished) *Ticket {
	id := u.Saved.ID
	return a.w.do(0, false, func(store *scores.Store, openErr error) outcome {
		if openErr != nil {
			return outcome{err: openErr}
		}
		if err := store.AbandonAttempt(id); err != nil {
			return outcome{err: fmt.Errorf("set the unfinished quiz aside: %w", err)}
		}
		return outcome{}
	})
}
