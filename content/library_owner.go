package content

import (
	"errors"
	"fmt"
	"strings"
)

// ErrOtherPack marks an install refused because the pack has the id of an
// installed one but is not a version of it: another teacher's pack that
// happens to use the same id. The error is an *OtherPackError.
var ErrOtherPack = errors.New("another pack with the same id")

// OtherPackError refuses to let a pack replace an installed one of the
// same id when it is by another author (or, without authors to compare,
// has another title). Versions alone would let anyone's "version 99"
// take over a class pack and show its articles under the class's scores.
type OtherPackError struct {
	Src, ID string
	// What differs, "author" or "title", and its value in the installed
	// pack and in the one being added.
	Field, Installed, Adding string
}

// Error names both values and says how to install the pack anyway.
func (e *OtherPackError) Error() string {
	q := func(s string) string {
		if s == "" {
			return "no " + e.Field
		}
		if e.Field == "title" {
			return fmt.Sprintf("%q", s)
		}
		return s
	}
	return fmt.Sprintf("%s: this is not an update of the installed pack %s: it has the same id but another %s (%s, where the installed one has %s); "+
		"remove the installed one first with `brief remove %s`, or add --force to replace it",
		e.Src, e.ID, e.Field, q(e.Adding), q(e.Installed), e.ID)
}

// Is makes errors.Is(err, ErrOtherPack) hold.
func (e *OtherPackError) Is(target error) bool { return target == ErrOtherPack }

// SameSource reports whether m may be taken for a version of the installed
// pack old: both name the same author, or, when either names none, both
// have the same title. A teacher's next version keeps the author and may
// retitle the pack; a stranger's pack that took the same id differs in
// one or the other. Case and spacing do not count.
func SameSource(old, m Manifest) bool {
	_, _, _, ok := sourceDiff(old, m)
	return ok
}

// sourceDiff is SameSource, with what differs when it does not hold.
func sourceDiff(old, m Manifest) (field, installed, adding string, ok bool) {
	if old.Author != "" && m.Author != "" {
		return "author", old.Author, m.Author, sameName(old.Author, m.Author)
	}
	if old.Author != m.Author && (old.Title == "" || !sameName(old.Title, m.Title)) {
		// One pack names an author and the other does not, and nothing
		// else ties them together.
		return "author", old.Author, m.Author, false
	}
	if old.Title == "" {
		return "", "", "", true // installed without a title: nothing to compare
	}
	return "title", old.Title, m.Title, sameName(old.Title, m.Title)
}

// sameName compares two names as a reader would: case and runs of spaces
// aside.
func sameName(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}
