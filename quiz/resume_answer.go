package quiz

import (
	"regexp"
	"strings"
)

// readAnswer reads back an answer saved as FormatAnswer wrote it. It is
// the inverse of FormatAnswer for the same question; ok is false when the
// text does not fit the question.
func readAnswer(q *Question, given string) (r Response, ok bool) {
	if given == "(skipped)" {
		return Response{Skipped: true}, true
	}
	switch q.Type {
	case Choice:
		i := indexOf(q.Options, given)
		return Response{Choices: []int{i}}, i >= 0
	case Multi:
		picks, ok := splitKnown(given, "; ", q.Options)
		return Response{Choices: picks}, ok
	case TrueFalse:
		v := given == "True"
		return Response{Truth: &v}, given == "True" || given == "False"
	case Short, Numeric:
		return Response{Text: []string{given}}, true
	case Order:
		order, ok := splitKnown(given, " → ", q.Items)
		return Response{Order: order}, ok
	case Match:
		return readMatchAnswer(q, given)
	case Cloze:
		return readClozeAnswer(q, given)
	}
	return Response{}, false
}

// indexOf is the index of s in list, or -1.
func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}

// splitKnown reads text made of items of known joined by sep, taking at
// each step the known item that fits (so an item that itself holds sep
// is still read right), and returns their indexes.
func splitKnown(text, sep string, known []string) ([]int, bool) {
	var out []int
	for rest := text; rest != ""; {
		found := false
		for i, k := range known {
			after, ok := strings.CutPrefix(rest, k)
			if !ok || k == "" {
				continue
			}
			if after == "" {
				rest, found = "", true
			} else if tail, ok := strings.CutPrefix(after, sep); ok {
				rest, found = tail, true
			}
			if found {
				out = append(out, i)
				break
			}
		}
		if !found {
			return nil, false
		}
	}
	return out, len(out) > 0
}

// readMatchAnswer reads "left → right; left → right" with "—" for a pair left
// open.
func readMatchAnswer(q *Question, given string) (Response, bool) {
	rights := make([]string, len(q.Pairs))
	for i, p := range q.Pairs {
		rights[i] = p.Right
	}
	rights = append(rights, "—")
	rest := given
	matches := make([]int, len(q.Pairs))
	for i, p := range q.Pairs {
		var ok bool
		if rest, ok = strings.CutPrefix(rest, p.Left+" → "); !ok {
			return Response{}, false
		}
		sep := "; "
		if i == len(q.Pairs)-1 {
			sep = ""
		}
		matches[i] = -2
		for j, right := range rights {
			after, ok := strings.CutPrefix(rest, right)
			if !ok {
				continue
			}
			if tail, ok := strings.CutPrefix(after, sep); ok && (sep != "" || tail == "") {
				matches[i], rest = j, tail
				break
			}
		}
		switch matches[i] {
		case -2:
			return Response{}, false
		case len(q.Pairs):
			matches[i] = -1 // "—": not paired
		}
	}
	return Response{Matches: matches}, rest == ""
}

// readClozeAnswer reads the answers in [brackets] out of a cloze text filled
// in as fillCloze writes it, spaces between words being as loose as
// cleanLine makes them.
func readClozeAnswer(q *Question, given string) (Response, bool) {
	segs, err := ParseCloze(q.Text)
	if err != nil {
		return Response{}, false
	}
	var pattern strings.Builder
	pattern.WriteString(`^\s*`)
	for _, s := range segs {
		if s.IsBlank() {
			pattern.WriteString(`\[(.*?)\]`)
			continue
		}
		words := strings.Fields(cleanText(s.Text))
		if len(words) == 0 {
			pattern.WriteString(`\s*`)
			continue
		}
		if strings.TrimLeft(s.Text, " \t\n") != s.Text {
			pattern.WriteString(`\s*`)
		}
		for i, w := range words {
			if i > 0 {
				pattern.WriteString(`\s+`)
			}
			pattern.WriteString(regexp.QuoteMeta(w))
		}
		pattern.WriteString(`\s*`)
	}
	pattern.WriteString(`$`)
	re, err := regexp.Compile(pattern.String())
	if err != nil {
		return Response{}, false
	}
	m := re.FindStringSubmatch(given)
	if m == nil {
		return Response{}, false
	}
	text := m[1:]
	for i, t := range text {
		if t == "—" {
			text[i] = ""
		}
	}
	return Response{Text: text}, true
}
