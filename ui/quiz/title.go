package quiz

import (
	"brief/quiz/study"
	"brief/ui/common"
)

// itemTitle is the heading over item i of an attempt: the article's
// title, or in a review "Review", dot and the title of the article the
// question is from.
func itemTitle(att *study.Attempt, i int, dot string) string {
	_, a := att.ItemArticle(i)
	title := ""
	if a != nil {
		title = common.OneLine(a.Title)
	}
	if att.Review() {
		if title == "" {
			return "Review"
		}
		return "Review" + dot + title
	}
	return title
}
