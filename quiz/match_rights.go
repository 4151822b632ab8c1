package quiz

import (
	"math/rand/v2"
	"slices"
)

// Several left sides of a match question may share one right side
// (Forum grading → 3.8, H5P → 3.8). The student picks from each distinct
// right side once, as Moodle shows them: two identical choices under
// different letters read like a trick. A right side stands for its text,
// so a response names the first pair with that text, and the grader,
// comparing texts, counts it right for every left that shares it.

// RightChoices lists the pairs whose right side is the first of its text,
// in file order: the right sides the student picks from. Without shared
// right sides it is every pair, 0, 1, 2, ...
func (q *Question) RightChoices() []int {
	out := make([]int, 0, len(q.Pairs))
	for i := range q.Pairs {
		if q.RightChoice(i) == i {
			out = append(out, i)
		}
	}
	return out
}

// RightChoice is the pair whose right side stands for pair i's: the first
// with the same text. It is i when no earlier pair shares it.
func (q *Question) RightChoice(i int) int {
	for j := range i {
		if q.Pairs[j].Right == q.Pairs[i].Right {
			return j
		}
	}
	return i
}

// ShownRights maps each displayed right-side position to the pair whose
// right side is shown there: the view's shuffle, or the right choices in
// file order when there is none (or one that does not fit them).
func (q *Question) ShownRights(order []int) []int {
	choices := q.RightChoices()
	if len(order) != len(choices) {
		return choices
	}
	for _, o := range order {
		if !slices.Contains(choices, o) {
			return choices
		}
	}
	return slices.Clone(order)
}

// ShownRightOf is the displayed position of pair i's right side in a
// view's order, or -1 when i is not a pair.
func (q *Question) ShownRightOf(order []int, i int) int {
	if i < 0 || i >= len(q.Pairs) {
		return -1
	}
	return slices.Index(q.ShownRights(order), q.RightChoice(i))
}

// shuffledRights shuffles the right choices of a match question, never
// leaving them in file order when there are two or more. It draws one
// permutation of all the pairs, as sessions always have, and keeps the
// choices in its order: a question without shared right sides is shown
// as before for the same seed, and the questions after one with shared
// right sides are shuffled as before too.
func shuffledRights(q *Question, rng *rand.Rand) []int {
	all := rng.Perm(len(q.Pairs))
	choices := q.RightChoices()
	order := make([]int, 0, len(choices))
	for _, i := range all {
		if slices.Contains(choices, i) {
			order = append(order, i)
		}
	}
	if len(order) >= 2 && slices.IsSorted(order) {
		order[0], order[1] = order[1], order[0]
	}
	return order
}
