package study

import "brief/quiz"

// Score is the points earned and the points of every question; those not
// answered count for nothing but still count in the maximum.
func (a *Attempt) Score() (points, max float64) { return a.sess.Score() }

// Percent is the score as a whole percentage.
func (a *Attempt) Percent() int { return Percent(a.sess.Score()) }

// RunningScore is the points earned over the points of the questions
// answered so far.
func (a *Attempt) RunningScore() (points, of float64) {
	for _, it := range a.sess.Items {
		if it.Result != nil {
			points += it.Result.Points
			of += it.Result.Max
		}
	}
	return points, of
}

// Missed lists the questions without full marks: wrong, partly right,
// skipped, or not answered.
func (a *Attempt) Missed() []int { return a.sess.Missed() }

// Breakdown is the score of an attempt per group of its questions, as
// the results and the end of the plain quiz show it.
type Breakdown struct {
	Title   string       // "By section", "By article", "By level"
	Tallies []quiz.Tally // in the order the groups are first asked
}

// Breakdowns are the attempt's score by section of its article (by
// article for a review, whose questions come from several) and by level.
// A section is named by its heading, WholeArticle for the questions
// about no one section.
func (a *Attempt) Breakdowns() []Breakdown {
	first := Breakdown{Title: "By section", Tallies: a.sess.Breakdown(func(q *quiz.Question) string {
		return SectionLabel(a.art, q.Section)
	})}
	if a.Review() {
		first = Breakdown{Title: "By article", Tallies: a.sess.Breakdown(a.articleOf())}
	}
	return []Breakdown{first, {Title: "By level", Tallies: a.sess.Breakdown(func(q *quiz.Question) string { return string(q.Level) })}}
}

// articleOf names the article each question of a review comes from: its
// title, or its id when it is no longer loaded.
func (a *Attempt) articleOf() func(q *quiz.Question) string {
	titles := map[*quiz.Question]string{}
	for i, it := range a.sess.Items {
		if _, art := a.ItemArticle(i); art != nil {
			titles[it.Q] = art.Title
		} else if i < len(a.refs) {
			titles[it.Q] = a.refs[i].ArticleID
		}
	}
	return func(q *quiz.Question) string { return titles[q] }
}
