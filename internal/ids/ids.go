// Package ids hands out the ids and slugs brief makes from titles and
// headings: unique, in linear time, and never longer than a question id
// may be.
package ids

import (
	"strconv"
	"strings"

	"brief/quiz"
)

// MaxSuffixLen is room for the "-n" that tells apart questions asking for
// the same id: the question cap keeps n to at most five digits.
const MaxSuffixLen = 6

// Clip shortens an id made from a title to at most n bytes, without a
// trailing '-'. Ids are ASCII, so any byte is a character boundary.
func Clip(id string, n int) string {
	if len(id) <= n {
		return id
	}
	return strings.TrimRight(id[:n], "-")
}

// Shorten is the id a title or comment asks for, cut as draft cuts its
// ids when it is longer than a question file allows; an id that fits is
// kept as it is, so that scores kept under it stay with the question.
func Shorten(id string) string {
	if len(id) <= quiz.MaxIDLen {
		return id
	}
	return Clip(id, quiz.MaxIDLen-4)
}

// Set hands out unique ids in linear time: a repeated id gets the first
// free "-2", "-3"… suffix, found by a counter kept per stem rather than by
// trying every suffix from 2 again for each repeat.
type Set struct {
	taken  map[string]bool
	next   map[string]int // stem → the next suffix to try
	maxLen int            // the longest id allowed; 0 for no limit
}

// NewSet hands out question ids, which a suffix never makes longer than
// quiz.MaxIDLen.
func NewSet() *Set {
	return &Set{taken: map[string]bool{}, next: map[string]int{}, maxLen: quiz.MaxIDLen}
}

// NewSlugSet hands out section slugs, which have no length limit.
func NewSlugSet() *Set {
	return &Set{taken: map[string]bool{}, next: map[string]int{}}
}

// unique returns id if it is free, else id-n for the smallest n not yet
// tried for id's stem whose result is free, and marks it taken. The stem is
// id itself, or id cut to leave room for the suffix when id-n would be
// longer than an id may be. A suffixed id is always stem + "-" + digits, so
// each taken id can make at most one stem's search step past it: the total
// work is linear in the number of ids.
func (s *Set) Unique(id string) string {
	if !s.taken[id] {
		s.taken[id] = true
		return id
	}
	for {
		stem := id
		n := max(s.next[stem], 2)
		if s.maxLen > 0 && len(stem)+1+len(strconv.Itoa(n)) > s.maxLen {
			stem = Clip(id, s.maxLen-MaxSuffixLen)
			n = max(s.next[stem], 2)
		}
		s.next[stem] = n + 1
		candidate := stem + "-" + strconv.Itoa(n)
		if !s.taken[candidate] {
			s.taken[candidate] = true
			return candidate
		}
	}
}
