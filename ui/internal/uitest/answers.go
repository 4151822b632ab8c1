package uitest

import (
	"slices"

	"brief/quiz"
)

// Letter is the key of a displayed position: a, b, ...
func Letter(i int) string { return string(rune('a' + i)) }

// ShownAt is where file index orig is shown in a view's order.
func ShownAt(order []int, n, orig int) int {
	return slices.Index(displayOrder(order, n), orig)
}

// RightLetter is the key that picks the right side of pair j in a match
// item: the letter of its text, listed once however many pairs share it.
func RightLetter(it *quiz.SessionItem, j int) string {
	return Letter(it.Q.ShownRightOf(it.View.RightOrder, j))
}

// RightKeys are the keys that answer an item right, worked out from the
// question and how it is shown.
func RightKeys(it *quiz.SessionItem) []string {
	q := it.Q
	switch q.Type {
	case quiz.Choice:
		return []string{Letter(ShownAt(it.View.OptionOrder, len(q.Options), slices.Index(q.Options, q.Answers[0])))}
	case quiz.TrueFalse:
		if q.Truth {
			return []string{"a"}
		}
		return []string{"b"}
	case quiz.Multi:
		var keys []string
		for _, a := range q.Answers {
			keys = append(keys, Letter(ShownAt(it.View.OptionOrder, len(q.Options), slices.Index(q.Options, a))))
		}
		return append(keys, "enter")
	case quiz.Short:
		return append(Type(q.Answers[0]), "enter")
	case quiz.Numeric:
		n := q.Number
		if q.Range != nil {
			n = q.Range[0]
		}
		return append(Type(quiz.FormatNumber(n)), "enter")
	case quiz.Cloze:
		var keys []string
		for _, b := range quiz.Blanks(q.Text) {
			keys = append(keys, Type(b[0])...)
			keys = append(keys, "enter")
		}
		return keys
	case quiz.Order:
		return OrderKeys(displayOrder(it.View.ItemOrder, len(q.Items)), 0)
	case quiz.Match:
		var keys []string
		for i := range q.Pairs {
			keys = append(keys, RightLetter(it, i))
		}
		return append(keys, "enter")
	}
	return nil
}

// OrderKeys moves each item to its place with the cursor and K, the
// cursor starting at position cursor, then answers.
func OrderKeys(order []int, cursor int) []string {
	order = slices.Clone(order)
	var keys []string
	for place := range order {
		at := slices.Index(order, place)
		for ; cursor < at; cursor++ {
			keys = append(keys, "down")
		}
		for ; cursor > at; cursor-- {
			keys = append(keys, "up")
		}
		for ; cursor > place; cursor-- {
			keys = append(keys, "K")
			order[cursor], order[cursor-1] = order[cursor-1], order[cursor]
		}
	}
	return append(keys, "enter")
}

// OrderKeysTo puts the items of an order question in the target order
// (file indexes) and answers.
func OrderKeysTo(order, target []int) []string {
	// Renumber so that target reads 0, 1, 2, ... and reuse OrderKeys.
	rank := make([]int, len(target))
	for i, t := range target {
		rank[t] = i
	}
	renamed := make([]int, len(order))
	for i, o := range order {
		renamed[i] = rank[o]
	}
	return OrderKeys(renamed, 0)
}

// WrongKeys answer an item with no credit.
func WrongKeys(it *quiz.SessionItem) []string {
	q := it.Q
	switch q.Type {
	case quiz.Choice:
		for i, o := range q.Options {
			if o != q.Answers[0] {
				return []string{Letter(ShownAt(it.View.OptionOrder, len(q.Options), i))}
			}
		}
	case quiz.TrueFalse:
		if q.Truth {
			return []string{"b"}
		}
		return []string{"a"}
	case quiz.Multi:
		for i, o := range q.Options {
			if !slices.Contains(q.Answers, o) {
				return []string{Letter(ShownAt(it.View.OptionOrder, len(q.Options), i)), "enter"}
			}
		}
	case quiz.Short:
		return append(Type("zzzz"), "enter")
	case quiz.Numeric:
		return append(Type("987654"), "enter")
	case quiz.Cloze:
		var keys []string
		for range quiz.Blanks(q.Text) {
			keys = append(keys, "z", "z", "z", "enter")
		}
		return keys
	case quiz.Order:
		target := make([]int, len(q.Items))
		for i := range target {
			target[i] = len(target) - 1 - i
		}
		return OrderKeysTo(displayOrder(it.View.ItemOrder, len(q.Items)), target)
	case quiz.Match:
		// Each left gets the next distinct right side after its own, which
		// never reads the same.
		choices := q.RightChoices()
		var keys []string
		for i := range q.Pairs {
			c := slices.Index(choices, q.RightChoice(i))
			keys = append(keys, RightLetter(it, choices[(c+1)%len(choices)]))
		}
		return append(keys, "enter")
	}
	return nil
}

// PartialKeys answer an item with some credit, not all.
func PartialKeys(it *quiz.SessionItem) []string {
	q := it.Q
	switch q.Type {
	case quiz.Multi:
		return []string{Letter(ShownAt(it.View.OptionOrder, len(q.Options), slices.Index(q.Options, q.Answers[0]))), "enter"}
	case quiz.Cloze:
		blanks := quiz.Blanks(q.Text)
		keys := append(Type(blanks[0][0]), "enter")
		for range blanks[1:] {
			keys = append(keys, "z", "z", "z", "enter")
		}
		return keys
	case quiz.Order:
		n := len(q.Items)
		target := make([]int, n)
		for i := range target {
			target[i] = i
		}
		target[n-1], target[n-2] = target[n-2], target[n-1]
		return OrderKeysTo(displayOrder(it.View.ItemOrder, n), target)
	case quiz.Match:
		n := len(q.Pairs)
		keys := []string{RightLetter(it, 0)}
		for i := 1; i < n; i++ {
			j := i%(n-1) + 1 // 1→2, 2→1 for three pairs: the rest swapped
			keys = append(keys, RightLetter(it, j))
		}
		return append(keys, "enter")
	case quiz.Choice, quiz.TrueFalse, quiz.Short, quiz.Numeric:
		// All or nothing: no partial answer.
	}
	return nil
}

// displayOrder is the order a widget shows n options, items or right-hand
// sides in: the session's, or the file's when it has none. It is the quiz
// screen's rule, repeated here so a test works out the keys to press from
// the session alone.
func displayOrder(order []int, n int) []int {
	if len(order) == n {
		return append([]int(nil), order...)
	}
	id := make([]int, n)
	for i := range id {
		id[i] = i
	}
	return id
}
