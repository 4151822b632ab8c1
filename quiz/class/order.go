package class

import (
	"cmp"
	"slices"
)

// The report lists articles and questions in the article's order, as a
// teacher reads the pack. With the pack named that is the pack's order;
// without it, articles go by name and questions in the order the
// attempts asked them: each attempt asks a selection in the article's
// order, so the attempts together give it back.

// Order names the order the report lists questions in.
const (
	OrderPack  = "article order"
	OrderAsked = "order asked"
)

// articleOrder puts the articles handed in in the pack's order, any the
// pack lacks after them by name.
func articleOrder(present map[string]bool, known *Known) []string {
	var out []string
	if known != nil {
		for _, a := range known.Articles {
			if present[a] {
				out = append(out, a)
			}
		}
	}
	var rest []string
	for a := range present {
		if !slices.Contains(out, a) {
			rest = append(rest, a)
		}
	}
	slices.Sort(rest)
	return append(out, rest...)
}

// questionRanks gives each question of an article its place: the pack's
// order when known, else the order merged from the attempts' sequences.
func questionRanks(article string, known *Known, sequences [][]string) map[string]int {
	if known != nil && len(known.Order[article]) > 0 {
		ranks := map[string]int{}
		for i, q := range known.Order[article] {
			ranks[q] = i
		}
		return ranks
	}
	return mergeOrder(sequences)
}

// mergeOrder finds one order that keeps every sequence's order (a
// topological sort of "comes before", ties going to the question seen
// first); questions the sequences disagree on follow in the order first
// seen.
func mergeOrder(sequences [][]string) map[string]int {
	first := map[string]int{}
	after := map[string]map[string]bool{}
	before := map[string]int{} // how many questions must come first
	for _, seq := range sequences {
		for i, q := range seq {
			if _, ok := first[q]; !ok {
				first[q] = len(first)
				after[q] = map[string]bool{}
			}
			if i > 0 && seq[i-1] != q && !after[seq[i-1]][q] {
				after[seq[i-1]][q] = true
				before[q]++
			}
		}
	}
	byFirst := func(a, b string) int { return cmp.Compare(first[a], first[b]) }
	var ready, order []string
	for q := range first {
		if before[q] == 0 {
			ready = append(ready, q)
		}
	}
	placed := map[string]bool{}
	for len(ready) > 0 {
		slices.SortFunc(ready, byFirst)
		q := ready[0]
		ready = ready[1:]
		order, placed[q] = append(order, q), true
		for next := range after[q] {
			if before[next]--; before[next] == 0 {
				ready = append(ready, next)
			}
		}
	}
	var left []string
	for q := range first {
		if !placed[q] {
			left = append(left, q)
		}
	}
	slices.SortFunc(left, byFirst)
	ranks := map[string]int{}
	for i, q := range append(order, left...) {
		ranks[q] = i
	}
	return ranks
}
