package common

import (
	"fmt"

	"brief/content"
)

// ReadingTime is "5 min read".
func ReadingTime(a *content.Article) string {
	return fmt.Sprintf("%d min read", int(a.ReadingTime().Minutes()))
}
