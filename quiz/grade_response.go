package quiz

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// View is how one question is shown in a session: each slice maps a
// displayed position to the index in the file. A nil slice (or a nil
// *View) shows that part in file order.
type View struct {
	OptionOrder []int // choice and multi: Options
	ItemOrder   []int // order: Items
	RightOrder  []int // match: the pairs of the distinct right sides, RightChoices (left sides stay in file order)
}

// original maps a displayed position to the file's index.
func original(order []int, shown int) int {
	if shown >= 0 && shown < len(order) {
		return order[shown]
	}
	return shown
}

// ParseResponse reads one line typed in plain mode. An empty line skips
// the question. Per type it accepts:
//   - choice: a letter or a number as displayed ("b" or "2");
//   - multi: several letters or numbers ("a c", "a,c" or "ac");
//   - truefalse: t, f, true, false, yes, no, y, n, or the letter or number
//     as the full-screen quiz shows them (A/1 True, B/2 False);
//   - short and numeric: the text itself (numeric must read as a number);
//   - cloze: the blanks in order separated by "|" or ";" (one blank: the text);
//   - order: every displayed letter once, in the student's order ("c a b d");
//   - match: a left number followed by a right letter per pair ("1b 2a 3c").
//
// The error tells the student the form expected.
func ParseResponse(q *Question, line string, view *View) (Response, error) {
	if view == nil {
		view = &View{}
	}
	line = strings.TrimSpace(line)
	if line == "" {
		return Response{Skipped: true}, nil
	}
	switch q.Type {
	case Choice:
		return readChoice(line, len(q.Options), view)
	case Multi:
		return readMulti(line, len(q.Options), view)
	case TrueFalse:
		return readTruth(line)
	case Short:
		return Response{Text: []string{line}}, nil
	case Numeric:
		if _, err := ParseNumber(line); err != nil {
			return Response{}, err
		}
		return Response{Text: []string{line}}, nil
	case Cloze:
		return readBlanks(line, len(Blanks(q.Text)))
	case Order:
		return readOrder(line, len(q.Items), view)
	case Match:
		return readMatches(line, q, view)
	}
	return Response{}, fmt.Errorf("this question cannot be answered")
}

// readChoice reads the one letter or number of a choice answer among n
// displayed options.
func readChoice(line string, n int, view *View) (Response, error) {
	picks, ok := readPicks(line, n)
	if !ok || len(picks) != 1 {
		return Response{}, fmt.Errorf("answer with one letter %s or a number 1–%d", letterRange(n), n)
	}
	return Response{Choices: []int{original(view.OptionOrder, picks[0])}}, nil
}

// readMulti reads the letters or numbers of a multi answer among n
// displayed options.
func readMulti(line string, n int, view *View) (Response, error) {
	picks, ok := readPicks(line, n)
	if !ok {
		return Response{}, fmt.Errorf("answer with one or more letters %s (or numbers 1–%d), like \"a c\"", letterRange(n), n)
	}
	return Response{Choices: originals(view.OptionOrder, picks)}, nil
}

// readTruth reads a true/false answer in any of the forms a student might
// type, including the letter or number the full-screen quiz shows.
func readTruth(line string) (Response, error) {
	switch strings.TrimRight(strings.ToLower(line), ").") {
	case "t", "true", "y", "yes", "a", "1":
		v := true
		return Response{Truth: &v}, nil
	case "f", "false", "n", "no", "b", "2":
		v := false
		return Response{Truth: &v}, nil
	}
	return Response{}, fmt.Errorf("answer true or false (t or f, or the letter A or B)")
}

// readOrder reads an order answer: each of the n displayed letters once,
// in the student's order.
func readOrder(line string, n int, view *View) (Response, error) {
	picks, ok := readPicks(line, n)
	if !ok || !isPermutation(picks, n) {
		return Response{}, fmt.Errorf("give each letter %s once, in your order, like %q", letterRange(n), exampleOrder(n))
	}
	return Response{Order: originals(view.ItemOrder, picks)}, nil
}

// originals maps displayed positions to the file's indices, as original
// does one.
func originals(order, shown []int) []int {
	var out []int
	for _, p := range shown {
		out = append(out, original(order, p))
	}
	return out
}

// readPicks reads letters or numbers naming displayed positions (0-based),
// separated by spaces or commas, or letters run together ("ac"). Each must
// be in range; repeats are dropped.
func readPicks(line string, n int) ([]int, bool) {
	tokens := strings.FieldsFunc(strings.ToLower(line), func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == ';'
	})
	if len(tokens) == 1 && len(tokens[0]) > 1 && isLetters(tokens[0]) {
		tokens = strings.Split(tokens[0], "")
	}
	var picks []int
	seen := map[int]bool{}
	for _, t := range tokens {
		t = strings.TrimSuffix(strings.TrimSuffix(t, ")"), ".")
		var i int
		if len(t) == 1 && t[0] >= 'a' && t[0] <= 'z' {
			i = int(t[0] - 'a')
		} else if v, err := strconv.Atoi(t); err == nil && v >= 1 {
			i = v - 1
		} else {
			return nil, false
		}
		if i >= n {
			return nil, false
		}
		if !seen[i] {
			seen[i] = true
			picks = append(picks, i)
		}
	}
	return picks, len(picks) > 0
}

// readBlanks splits a cloze answer into one text per blank.
func readBlanks(line string, blanks int) (Response, error) {
	if blanks <= 1 {
		return Response{Text: []string{line}}, nil
	}
	sep := ";"
	if strings.Contains(line, "|") {
		sep = "|"
	}
	parts := strings.Split(line, sep)
	if len(parts) != blanks {
		return Response{}, fmt.Errorf("give %d answers, one per blank, separated by \" | \" or \";\" (you gave %d)", blanks, len(parts))
	}
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return Response{Text: parts}, nil
}

// matchPair is one "1-b" pair of a typed match answer; compiled on first
// use, so starting brief costs nothing for it.
var matchPair = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(\d+)\s*[-:=.)]?\s*([a-zA-Z])`) })

// readMatches reads "1b 2a 3c": a left number and a right letter, as
// displayed, per pair. Every left needs its letter, as the full screen
// asks (a left left out is more likely a slip than a choice); lefts
// sharing a right side share its one letter.
func readMatches(line string, q *Question, view *View) (Response, error) {
	n, rights := len(q.Pairs), q.ShownRights(view.RightOrder)
	hint := fmt.Errorf("pair each number 1–%d with a letter %s, like %q", n, letterRange(len(rights)), ExampleMatch(n, len(rights)))
	r := Response{Matches: make([]int, n)}
	for i := range r.Matches {
		r.Matches[i] = -1
	}
	rest := matchPair().ReplaceAllStringFunc(line, func(string) string { return " " })
	if strings.TrimFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == ';' }) != "" {
		return Response{}, hint
	}
	for _, m := range matchPair().FindAllStringSubmatch(line, -1) {
		left, err := strconv.Atoi(m[1])
		right := int(unicode.ToLower(rune(m[2][0])) - 'a')
		if err != nil || left < 1 || left > n || right >= len(rights) {
			return Response{}, hint
		}
		if r.Matches[left-1] >= 0 {
			return Response{}, fmt.Errorf("%d is paired twice: give each number one letter", left)
		}
		r.Matches[left-1] = rights[right]
	}
	if open := unpaired(r.Matches); len(open) > 0 {
		verb := "has"
		if len(open) > 1 {
			verb = "have"
		}
		return Response{}, fmt.Errorf("pair every number with a letter: %s %s none yet", strings.Join(open, ", "), verb)
	}
	return r, nil
}

// unpaired lists, as shown (1, 2, …), the lefts with no right side.
func unpaired(matches []int) []string {
	var open []string
	for i, m := range matches {
		if m < 0 {
			open = append(open, strconv.Itoa(i+1))
		}
	}
	return open
}

func isLetters(s string) bool {
	return !strings.ContainsFunc(s, func(r rune) bool { return r < 'a' || r > 'z' })
}

func isPermutation(p []int, n int) bool {
	return len(p) == n // readPicks already dropped repeats and out-of-range picks
}

// letterRange writes "A–D" for four options.
func letterRange(n int) string {
	if n <= 1 {
		return "A"
	}
	return fmt.Sprintf("A–%c", 'A'+rune(n-1))
}

// exampleOrder suggests an order answer for n items: "b a c d".
func exampleOrder(n int) string {
	letters := make([]string, n)
	for i := range letters {
		letters[i] = string(rune('a' + i))
	}
	if n >= 2 {
		letters[0], letters[1] = letters[1], letters[0]
	}
	return strings.Join(letters, " ")
}

// ExampleMatch suggests a match answer for n pairs among k right sides:
// "1b 2a 3c", or "1b 2a 3a" for two.
func ExampleMatch(n, k int) string {
	parts := make([]string, n)
	for i := range parts {
		j := i
		if n >= 2 && i < 2 {
			j = 1 - i
		}
		parts[i] = fmt.Sprintf("%d%c", i+1, 'a'+rune(j%max(1, k)))
	}
	return strings.Join(parts, " ")
}
