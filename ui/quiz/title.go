package quiz

import (
	"brief/quiz/study"
	"brief/ui/common"
)

// itemTitle is the heading over item i of an attempt: the article's
// title, or in a review "Review" (or review, the word the config gives,
// such as "Today's misses"), dot and the title of the article the
// question is from.
func itemTitle(att *study.Attempt, i int, dot, review string) string {
	if review == "" {
		review = "Review"
	}
	_, a := att.ItemArticle(i)
	title := ""
	if a != nil {
		title = common.OneLine(a.Title)
	}
	if att.Review() {
		if title == "" {
			return review
		}
		return review + dot + title
	}
	return title
}
