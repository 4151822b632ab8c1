package content

import (
	"strconv"
	"strings"

	"brief/quiz"
)

// maxSuffixLen is room for the "-n" that tells apart questions asking for
// the same id: the question cap keeps n to at most five digits.
const maxSuffixLen = 6

// clipID shortens an id made from a title to at most n bytes, without a
// trailing '-'. Ids are ASCII, so any byte is a character boundary.
func clipID(id string, n int) string {
	if len(id) <= n {
		return id
	}
	return strings.TrimRight(id[:n], "-")
}

// shortenID is the id a title or comment asks for, cut as draft cuts its
// ids when it is longer than a question file allows; an id that fits is
// kept as it is, so that scores kept under it stay with the question.
func shortenID(id string) string {
	if len(id) <= quiz.MaxIDLen {
		return id
	}
	return clipID(id, quiz.MaxIDLen-4)
}

// idSet hands out unique ids in linear time: a repeated id gets the first
// free "-2", "-3"… suffix, found by a counter kept per stem rather than by
// trying every suffix from 2 again for each repeat.
type idSet struct {
	taken  map[string]bool
	next   map[string]int // stem → the next suffix to try
	maxLen int            // the longest id allowed; 0 for no limit
}

// newIDSet hands out question ids, which a suffix never makes longer than
// quiz.MaxIDLen.
func newIDSet() *idSet {
	return &idSet{taken: map[string]bool{}, next: map[string]int{}, maxLen: quiz.MaxIDLen}
}

// newSlugSet hands out section slugs, which have no length limit.
func newSlugSet() *idSet {
	return &idSet{taken: map[string]bool{}, next: map[string]int{}}
}

// unique returns id if it is free, else id-n for the smallest n not yet
// tried for id's stem whose result is free, and marks it taken. The stem is
// id itself, or id cut to leave room for the suffix when id-n would be
// longer than an id may be. A suffixed id is always stem + "-" + digits, so
// each taken id can make at most one stem's search step past it: the total
// work is linear in the number of ids.
func (s *idSet) unique(id string) string {
	if !s.taken[id] {
		s.taken[id] = true
		return id
	}
	for {
		stem := id
		n := max(s.next[stem], 2)
		if s.maxLen > 0 && len(stem)+1+len(strconv.Itoa(n)) > s.maxLen {
			stem = clipID(id, s.maxLen-maxSuffixLen)
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
