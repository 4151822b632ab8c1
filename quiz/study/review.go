package study

import (
	"errors"
	"time"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
)

// Review is a review planned by LoadReview: the session of the questions
// due, or, when nothing is due, when the next question falls due.
type Review struct {
	Plan *quiz.ReviewPlan // nil when nothing is due
	Next time.Time        // with no plan: when the next question falls due; zero when none is scheduled
}

// LoadReview plans one review session of every question of the packs due
// at now: at most n (0 for all), the longest overdue first, shuffled from
// seed. Due questions whose pack is not among packs, or which were
// removed or changed, are left out (and listed in the plan). It reads
// the store, so a front end calls it off its update loop.
func LoadReview(store *scores.Store, packs []*content.Pack, now time.Time, n int, seed int64) (Review, error) {
	if store == nil {
		return Review{}, errors.New("scores are not being saved, so there is no review schedule")
	}
	due, err := store.DueReviews(now)
	if err != nil {
		return Review{}, err
	}
	plan, err := quiz.ReviewSession(due, ReviewLookup(packs), n, seed)
	if errors.Is(err, quiz.ErrNoQuestions) {
		next, err := nextReview(store, now, ReviewLookup(packs))
		return Review{Next: next}, err
	}
	if err != nil {
		return Review{}, err
	}
	return Review{Plan: plan}, nil
}

// nextReview is when the next question of the packs that can still be
// asked falls due after now, or zero.
func nextReview(store *scores.Store, now time.Time, lookup quiz.QuestionLookup) (time.Time, error) {
	// The schedule holds at most one row per question ever missed, so
	// reading it all is cheap; DueReviews lists it soonest first.
	all, err := store.DueReviews(now.AddDate(100, 0, 0))
	if err != nil {
		return time.Time{}, err
	}
	for _, it := range askable(all, lookup) {
		if it.Due.After(now) {
			return it.Due, nil
		}
	}
	return time.Time{}, nil
}

// askable is the scheduled questions a review can ask: those lookup finds,
// unchanged since they were scheduled.
func askable(items []quiz.ReviewItem, lookup quiz.QuestionLookup) []quiz.ReviewItem {
	var out []quiz.ReviewItem
	for _, it := range items {
		if q, ok := lookup(it.PackID, it.ArticleID, it.QuestionID); ok && q.Hash() == it.QuestionHash {
			out = append(out, it)
		}
	}
	return out
}

// ReviewLookup finds questions in the packs by pack, article and question
// id, for quiz.ReviewSession.
func ReviewLookup(packs []*content.Pack) quiz.QuestionLookup {
	return func(packID, articleID, questionID string) (*quiz.Question, bool) {
		for _, p := range packs {
			if p.ID != packID {
				continue
			}
			a, ok := p.Article(articleID)
			if !ok {
				continue
			}
			for i := range a.Questions {
				if a.Questions[i].ID == questionID {
					return &a.Questions[i], true
				}
			}
		}
		return nil, false
	}
}

// reviewAttempt describes a review session as an attempt to record: its
// questions and seed, and the pack and article its questions all come
// from, left empty when they come from more than one.
func reviewAttempt(plan *quiz.ReviewPlan, packs []*content.Pack) scores.AttemptInfo {
	info := scores.AttemptInfo{Mode: scores.ModeReview, Seed: plan.Session.Options.Seed}
	for i, it := range plan.Session.Items {
		info.QuestionIDs = append(info.QuestionIDs, it.Q.ID)
		if i >= len(plan.Refs) {
			continue
		}
		ref := plan.Refs[i]
		if i == 0 {
			info.PackID, info.ArticleID = ref.PackID, ref.ArticleID
		}
		if ref.PackID != info.PackID {
			info.PackID, info.ArticleID = "", ""
		}
		if ref.ArticleID != info.ArticleID {
			info.ArticleID = ""
		}
	}
	if p := packByID(packs, info.PackID); p != nil && info.PackID != "" {
		info.PackVersion = p.Version
	}
	return info
}

// reviewOrigin is the pack, its version, and the article a review's
// question comes from, to record its answer against.
func reviewOrigin(packs []*content.Pack, ref quiz.ReviewRef) scores.Origin {
	o := scores.Origin{PackID: ref.PackID, ArticleID: ref.ArticleID}
	if p := packByID(packs, ref.PackID); p != nil {
		o.PackVersion = p.Version
	}
	return o
}

// packByID finds a pack by id, or nil.
func packByID(packs []*content.Pack, id string) *content.Pack {
	for _, p := range packs {
		if p.ID == id {
			return p
		}
	}
	return nil
}

// NothingDueNotice says that nothing is due for review, and when the
// next question falls due (next is zero when none is scheduled).
func NothingDueNotice(next time.Time) string {
	if next.IsZero() {
		return "Nothing is due for review. Questions you miss in a quiz come back here the next day."
	}
	return "Nothing is due for review. Next review: " + next.Format("Monday 2 January 2006")
}
