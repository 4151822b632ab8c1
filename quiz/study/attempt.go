package study

import (
	"sync/atomic"
	"time"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
)

// Setup is what a new attempt at an article is taken with.
type Setup struct {
	Pack    *content.Pack
	Article *content.Article
	// Session is the attempt's questions, drawn with the options chosen
	// (count, levels, section, seed; see quiz.NewSession).
	Session   *quiz.Session
	Exam      bool          // no marks until the end; flag and come back
	TimeLimit time.Duration // an exam's time to answer in; 0 is none
	// Retry marks an attempt at questions already answered, and their
	// answers seen, in an earlier attempt (retry missed, all again): it
	// is recorded as a retry, not as a score at the article.
	Retry bool
	// Assigned marks the attempt as the pack's assignment, taken as the
	// teacher set it: it counts against the attempts the assignment allows.
	Assigned bool
	// Now stamps what is recorded (when the attempt began, when each
	// answer was given); nil is time.Now.
	Now func() time.Time
}

// Attempt is one sitting of a quiz, as a front end drives it: a new
// attempt at an article, one resumed, or a review of questions from
// several articles. It grades and records the answers, keeps the exam's
// clock and hands the attempt in; what to show, and when, is the front
// end's. An Attempt is not safe for concurrent use: drive it from one
// goroutine (the Update of a Bubble Tea model, a read loop). Its writes
// run on its Writer.
type Attempt struct {
	w     *Writer
	sess  *quiz.Session
	info  scores.AttemptInfo // what is recorded of it; Started is set when it begins
	pack  *content.Pack
	art   *content.Article
	exam  bool
	limit time.Duration
	now   func() time.Time

	// A review's questions come from several articles: refs[i] is where
	// item i comes from, looked up in packs.
	refs  []quiz.ReviewRef
	packs []*content.Pack

	start time.Time // when the exam's clock started; zero until then
	shown int       // the question on screen
	mark  time.Time // since when its time counts; zero before the clock

	// slot is the attempt's recorder as the writes see it, nil until
	// the attempt begins recording (or is resumed).
	slot   *slot
	failed atomic.Bool // it could not begin: nothing of it is saved
	// flagsToWrite says questions were flagged before recording began:
	// the flags go with the first answer's write.
	flagsToWrite bool
}

// slot is an attempt's recorder as the writer's jobs see it: the job that
// begins (or resumes) the attempt fills it in, the jobs after it read it.
// Only jobs touch it, one at a time, so it needs no lock of its own.
type slot struct {
	rec *scores.Recorder
	err error // why the attempt could not begin
}

// New makes a new attempt, recorded through w (nil records nothing). It
// begins recording with Begin, or with its first answer.
func New(w *Writer, s Setup) *Attempt {
	a := &Attempt{
		w: w, sess: s.Session, pack: s.Pack, art: s.Article, exam: s.Exam, now: s.Now,
	}
	if s.Exam {
		a.limit = s.TimeLimit
	}
	mode := scores.ModePractice
	if s.Exam {
		mode = scores.ModeExam
	}
	a.info = scores.AttemptInfo{Mode: mode, QuestionIDs: questionIDs(s.Session), Seed: s.Session.Options.Seed, TimeLimit: a.limit,
		Retry: s.Retry, Assigned: s.Assigned}
	if s.Pack != nil {
		a.info.PackID, a.info.PackVersion = s.Pack.ID, s.Pack.Version
	}
	if s.Article != nil {
		a.info.ArticleID, a.info.Pool = s.Article.ID, len(s.Article.Questions)
	}
	return a
}

// NewReview makes the attempt of a review session, recorded through w as
// one review attempt with each answer against the pack (found in packs)
// and article its question comes from.
func NewReview(w *Writer, plan *quiz.ReviewPlan, packs []*content.Pack) *Attempt {
	return &Attempt{
		w: w, sess: plan.Session, refs: plan.Refs, packs: packs,
		info: reviewAttempt(plan, packs),
	}
}

// questionIDs are the ids of a session's questions, in the order asked.
func questionIDs(s *quiz.Session) []string {
	ids := make([]string, len(s.Items))
	for i, it := range s.Items {
		ids[i] = it.Q.ID
	}
	return ids
}

// clock is the time recorded now.
func (a *Attempt) clock() time.Time {
	if a.now != nil {
		return a.now()
	}
	return time.Now()
}

// Session is the attempt's questions, their shuffle and their answers,
// to show; change it only through the attempt.
func (a *Attempt) Session() *quiz.Session { return a.sess }

// Len is how many questions the attempt asks.
func (a *Attempt) Len() int { return len(a.sess.Items) }

// Item is question i of the attempt, to show.
func (a *Attempt) Item(i int) *quiz.SessionItem { return &a.sess.Items[i] }

// Exam reports whether the attempt is an exam: no marks until the end.
func (a *Attempt) Exam() bool { return a.exam }

// Review reports whether the attempt is a review, whose questions come
// from several articles.
func (a *Attempt) Review() bool { return a.refs != nil }

// Pack is the pack the attempt is at; nil for a review.
func (a *Attempt) Pack() *content.Pack { return a.pack }

// Article is the article the attempt is at; nil for a review.
func (a *Attempt) Article() *content.Article { return a.art }

// ItemArticle is the pack and article question i comes from; the article
// is nil when a review's pack or article is no longer loaded.
func (a *Attempt) ItemArticle(i int) (*content.Pack, *content.Article) {
	if !a.Review() {
		return a.pack, a.art
	}
	if i < 0 || i >= len(a.refs) {
		return nil, nil
	}
	p := packByID(a.packs, a.refs[i].PackID)
	if p == nil {
		return nil, nil
	}
	art, ok := p.Article(a.refs[i].ArticleID)
	if !ok {
		return p, nil
	}
	return p, art
}

// origin is where question i comes from, to record its answer against:
// the attempt's own article (the zero Origin) unless it is a review.
func (a *Attempt) origin(i int) scores.Origin {
	if !a.Review() || i >= len(a.refs) {
		return scores.Origin{}
	}
	return reviewOrigin(a.packs, a.refs[i])
}

// Saving reports whether the attempt's answers reach a store: its writer
// has one, and the attempt did not fail to begin.
func (a *Attempt) Saving() bool { return a.w.Saving() && !a.failed.Load() }

// Recording reports whether the attempt has begun recording (or been
// resumed): its writes are queued from then on.
func (a *Attempt) Recording() bool { return a.slot != nil }

// Begin starts recording the attempt as a new one, after every write
// queued before; it does nothing once the attempt records. The ticket
// fails when the attempt cannot begin, and so does every write of it.
func (a *Attempt) Begin() *Ticket {
	if a.slot != nil {
		return nil
	}
	s := &slot{}
	a.slot = s
	info := a.info
	info.Started = a.clock()
	return a.w.do(0, false, func(store *scores.Store, openErr error) outcome {
		if openErr != nil {
			s.err = openErr
		} else {
			s.rec, s.err = store.Begin(info)
		}
		if s.err != nil {
			a.failed.Store(true)
		}
		return outcome{err: s.err}
	})
}

// record queues the writes of the items as they are now, answered now,
// each against the pack and article it comes from, after beginning the
// attempt if it has not begun (answering settles that it is a new
// attempt, not one to resume); with handIn, the attempt is then marked
// finished.
func (a *Attempt) record(items []int, handIn bool) *Ticket {
	if len(items) == 0 && !handIn {
		return nil
	}
	a.Begin()
	at := a.clock()
	// Copies, so the write never reads what the front end changes next.
	copies := make([]quiz.SessionItem, len(items))
	given := make([]scores.Answered, len(items))
	used := a.timeUsed(at)
	for n, i := range items {
		copies[n] = a.sess.Items[i]
		given[n] = scores.Answered{From: a.origin(i), Item: &copies[n], At: at, Used: used}
	}
	t := a.w.write(a.slot, given, handIn, at)
	if a.flagsToWrite && !handIn {
		a.keepFlags() // flags set before the first answer
	}
	return t
}
