package class

import (
	"brief/quiz"
	"cmp"
	"fmt"
	"math"
	"slices"
	"time"
)

// Thresholds of the "check this question" flags, as Moodle's quiz
// statistics suggest reading them.
const (
	lowFacility = 0.20
	// minForDiscrimination is the fewest answers a correlation is
	// worth computing on.
	minForDiscrimination = 3
	// minForFlags is the fewest answers a question is judged on: one
	// student's slip is not a faulty question.
	minForFlags = 5
)

// Item is one question's statistics over each student's first counted
// attempt, the attempt Moodle's statistics also default to: later ones
// come after the student has seen the answers.
type Item struct {
	Article, Question     string
	Type, Section, Level  string
	Answers               int     // how many students were asked it
	Facility              float64 // mean share of the marks, 0 to 1
	Discrimination        float64 // item score against the rest of the attempt, -1 to 1
	HasDiscrimination     bool    // false when too few answers or no spread
	TopWrong              string  // the wrong answer given most often
	TopWrongShare         float64 // its share of all answers
	MedianTime            time.Duration
	Flags                 []string // why to check this question, if anything
	Right, Wrong, Skipped int
	Given                 []GivenCount // each answer given, the most given first
}

// GivenCount is how many students gave one answer, and whether it scored
// full marks.
type GivenCount struct {
	Text  string
	Count int
	Right bool
}

// itemData gathers one question's answers before its statistics.
type itemData struct {
	item   Item
	scores []float64 // each answer's share of the marks
	rests  []float64 // the rest of the same attempt's share
	times  []float64
	wrong  map[string]int
	given  map[string]*GivenCount
	cloze  *clozeReader // a cloze question's answers are counted by their blanks
}

// analyseItems computes every question's statistics, in article order.
func analyseItems(pr *PackReport, attempts map[string][]*Attempt, known *Known) []Item {
	data := map[[2]string]*itemData{}
	var order [][2]string
	for _, s := range pr.Students {
		for _, art := range pr.Articles {
			as := counted(attempts[s], art, pr.Pack.Assignment)
			if len(as) == 0 {
				continue
			}
			var total [2]float64 // the attempt's points and maximum, for each answer's rest
			for _, ans := range as[0].Answers {
				total[0], total[1] = total[0]+ans.Points, total[1]+ans.Max
			}
			for _, ans := range as[0].Answers {
				key := [2]string{art, ans.Question}
				d, ok := data[key]
				if !ok {
					d = &itemData{item: Item{Article: art, Question: ans.Question, Type: ans.Type, Section: ans.Section, Level: ans.Level}, wrong: map[string]int{}, given: map[string]*GivenCount{}}
					if ans.Type == string(quiz.Cloze) {
						c := pr.cloze[key] // the zero reader when the pack is not known
						d.cloze = &c
					}
					data[key] = d
					order = append(order, key)
				}
				d.add(ans, total)
			}
		}
	}
	sortItems(order, pr, attempts, known)
	items := make([]Item, 0, len(order))
	for _, k := range order {
		items = append(items, data[k].finish())
	}
	return items
}

// sortItems puts questions in article order: the articles' order, then
// each article's questions in the pack's order or the order asked.
func sortItems(keys [][2]string, pr *PackReport, attempts map[string][]*Attempt, known *Known) {
	ranks := map[string]map[string]int{}
	for _, art := range pr.Articles {
		var sequences [][]string
		for _, s := range pr.Students {
			for _, a := range attempts[s] {
				if a.Article == art {
					seq := make([]string, len(a.Answers))
					for i, ans := range a.Answers {
						seq[i] = ans.Question
					}
					sequences = append(sequences, seq)
				}
			}
		}
		ranks[art] = questionRanks(art, known, sequences)
	}
	rank := func(k [2]string) int {
		if r, ok := ranks[k[0]][k[1]]; ok {
			return r
		}
		return len(ranks[k[0]]) // not in the pack: last
	}
	slices.SortFunc(keys, func(a, b [2]string) int {
		return cmp.Or(cmp.Compare(slices.Index(pr.Articles, a[0]), slices.Index(pr.Articles, b[0])),
			cmp.Compare(rank(a), rank(b)), cmp.Compare(a[1], b[1]))
	})
}

// add counts one answer, given in an attempt that scored total (its
// points and maximum).
func (d *itemData) add(ans Answer, total [2]float64) {
	if ans.Max <= 0 {
		return
	}
	if d.cloze != nil {
		ans.Given = d.cloze.blanks(ans.Given)
	}
	points, max := total[0], total[1]
	d.scores = append(d.scores, ans.Points/ans.Max)
	rest := math.NaN()
	if max-ans.Max > 0 {
		rest = (points - ans.Points) / (max - ans.Max)
	}
	d.rests = append(d.rests, rest)
	d.times = append(d.times, ans.Seconds)
	g, ok := d.given[ans.Given]
	if !ok {
		g = &GivenCount{Text: ans.Given}
		d.given[ans.Given] = g
	}
	g.Count++
	g.Right = g.Right || !ans.Skipped && ans.Points >= ans.Max
	switch {
	case ans.Skipped:
		d.item.Skipped++
	case ans.Points >= ans.Max:
		d.item.Right++
	default:
		d.item.Wrong++
		d.wrong[ans.Given]++
	}
}

// finish computes the statistics and the flags.
func (d *itemData) finish() Item {
	it := d.item
	it.Answers = len(d.scores)
	if it.Answers == 0 {
		return it
	}
	it.Facility = mean(d.scores)
	it.Discrimination, it.HasDiscrimination = correlation(d.scores, d.rests)
	it.MedianTime = time.Duration(median(d.times) * float64(time.Second))
	top, topN := "", 0
	for given, n := range d.wrong {
		if n > topN || n == topN && given < top {
			top, topN = given, n
		}
	}
	it.TopWrong, it.TopWrongShare = top, float64(topN)/float64(it.Answers)
	for _, g := range d.given {
		it.Given = append(it.Given, *g)
	}
	slices.SortFunc(it.Given, func(a, b GivenCount) int { return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Text, b.Text)) })
	if it.Answers < minForFlags {
		return it
	}
	if it.Facility < lowFacility {
		it.Flags = append(it.Flags, fmt.Sprintf("only %.0f%% of the marks were scored", it.Facility*100))
	}
	if it.HasDiscrimination && it.Discrimination < 0 {
		it.Flags = append(it.Flags, "students who did well overall did worse on it")
	}
	if topN > it.Right {
		it.Flags = append(it.Flags, fmt.Sprintf("the wrong answer %q was given more often than the right one", top))
	}
	return it
}

// correlation is Pearson's r of the pairs where y is known: with a 0/1
// item score it is the point-biserial correlation, item against the rest
// of the attempt.
func correlation(x, y []float64) (float64, bool) {
	var xs, ys []float64
	for i := range x {
		if !math.IsNaN(y[i]) {
			xs, ys = append(xs, x[i]), append(ys, y[i])
		}
	}
	if len(xs) < minForDiscrimination {
		return 0, false
	}
	mx, my := mean(xs), mean(ys)
	var sxy, sxx, syy float64
	for i := range xs {
		dx, dy := xs[i]-mx, ys[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	if sxx == 0 || syy == 0 {
		return 0, false
	}
	return sxy / math.Sqrt(sxx*syy), true
}

// mean is the arithmetic mean of a non-empty list.
func mean(xs []float64) float64 {
	var sum float64
	for _, x := range xs {
		sum += x
	}
	return sum / float64(len(xs))
}

// median is the middle value of a non-empty list.
func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if n := len(s); n%2 == 1 {
		return s[n/2]
	} else {
		return (s[n/2-1] + s[n/2]) / 2
	}
}
