package class

import (
	"brief/quiz/study"
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
)

// Report is what the teacher reads: one part per pack version handed in,
// and the problems met on the way (files that could not be read, versions
// that were not merged).
type Report struct {
	Packs    []*PackReport
	Problems []error
	Notes    []string
}

// PackReport is the class's results on one version of one pack.
type PackReport struct {
	Pack     Pack
	Students []string
	Articles []string
	Grades   []Grade // students × articles, in that order
	Items    []Item
	Profiles []Profile
	// Attempts are each student's attempts, every mode, oldest first.
	Attempts map[string][]*Attempt
	// QuestionOrder says how Items are ordered: OrderPack or OrderAsked.
	QuestionOrder string

	cloze map[[2]string]clozeReader // each cloze question's reader, when the pack is known
}

// Grade is one student's results on one article: the attempts that count
// (finished, and in the assignment's mode, or practice and exam when the
// pack sets none), best and last score, and the time they took.
type Grade struct {
	Student, Article string
	Attempts         int
	Allowed          int // 0: no limit set
	Best, Last       float64
	Time             time.Duration
	Late, Missing    bool
	// Finished counts the finished attempts handed in on the article,
	// every mode; Unfinished those begun and never finished, as the
	// student's latest hand-in counts them.
	Finished, Unfinished int
}

// Status is the word the gradebook shows for a grade: late, missing, or
// no finished attempt (with the unfinished ones counted), or "".
func (g Grade) Status() string {
	unfinished := ""
	if g.Unfinished > 0 {
		unfinished = fmt.Sprintf(" (%d unfinished)", g.Unfinished)
	}
	switch {
	case g.Missing && g.Finished == 0:
		return "no finished attempt" + unfinished
	case g.Missing:
		return "missing" + unfinished
	case g.Late:
		return "late"
	}
	return ""
}

// Build makes the report from decoded hand-ins. The same attempt handed in
// twice (the same file, or a later hand-in repeating it) counts once;
// hand-ins of different pack versions or contents are reported apart, with
// a note, never merged. Every student handed in has a row in the
// gradebook, with a finished attempt or not.
func Build(handIns []*HandIn) *Report { return BuildFor(handIns, nil) }

// BuildFor is Build with the pack known (nil: not named): the report
// lists articles and questions in the pack's order, and reads cloze
// answers by their question's text.
func BuildFor(handIns []*HandIn, known *Known) *Report {
	groups := map[string][]*HandIn{}
	for _, h := range handIns {
		k := packKey(h.Pack)
		groups[k] = append(groups[k], h)
	}
	r := &Report{}
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		r.Packs = append(r.Packs, buildPack(groups[k], known))
	}
	r.Notes = mixedVersions(r.Packs)
	return r
}

// packKey says which hand-ins are about the same questions.
func packKey(p Pack) string {
	return p.ID + "\x00" + p.Version + "\x00" + p.ContentHash
}

// mixedVersions notes each pack handed in at more than one version.
func mixedVersions(packs []*PackReport) []string {
	byID := map[string][]string{}
	for _, p := range packs {
		byID[p.Pack.ID] = append(byID[p.Pack.ID], fmt.Sprintf("%s (%s)", versionName(p.Pack), study.Count(len(p.Students), "student")))
	}
	var notes []string
	for _, id := range slices.Sorted(maps.Keys(byID)) {
		if v := byID[id]; len(v) > 1 {
			notes = append(notes, fmt.Sprintf("pack %s was handed in at %d versions, reported apart: %s", id, len(v), strings.Join(v, ", ")))
		}
	}
	return notes
}

// versionName names a pack version with the start of its content hash,
// which tells apart two packs edited without a new version number.
func versionName(p Pack) string {
	v := cmp.Or(p.Version, "no version")
	h := strings.TrimPrefix(p.ContentHash, "sha256:")
	if len(h) > 8 {
		h = h[:8]
	}
	if h == "" {
		return v
	}
	return v + " " + h
}

// buildPack reports the hand-ins of one pack version.
func buildPack(hs []*HandIn, known *Known) *PackReport {
	pr := &PackReport{Pack: hs[0].Pack, QuestionOrder: OrderAsked}
	if known != nil {
		pr.QuestionOrder, pr.cloze = OrderPack, clozeReaders(known.Cloze)
	}
	attempts := studentAttempts(hs)
	pr.Attempts = attempts
	unfinished := latestUnfinished(hs)
	students, articles := map[string]bool{}, map[string]bool{}
	for _, h := range hs {
		students[h.Student] = true
		for _, a := range h.Attempts {
			articles[a.Article] = true
		}
		for a := range h.Unfinished {
			articles[a] = true
		}
	}
	pr.Students = slices.Sorted(maps.Keys(students))
	pr.Articles = articleOrder(articles, known)
	for _, s := range pr.Students {
		if len(pr.Articles) == 0 { // nothing handed in by anyone: still a row
			pr.Grades = append(pr.Grades, Grade{Student: s, Missing: true})
		}
		for _, art := range pr.Articles {
			g := grade(s, art, counted(attempts[s], art, pr.Pack.Assignment), pr.Pack.Assignment)
			g.Finished, g.Unfinished = finishedOn(attempts[s], art), unfinished[s][art]
			pr.Grades = append(pr.Grades, g)
		}
	}
	pr.Items = analyseItems(pr, attempts, known)
	pr.Profiles = profiles(pr, attempts)
	return pr
}

// latestUnfinished is each student's unfinished attempts by article, as
// their latest hand-in counts them: an attempt resumed and finished since
// an earlier one is no longer unfinished.
func latestUnfinished(hs []*HandIn) map[string]map[string]int {
	latest := map[string]*HandIn{}
	for _, h := range hs {
		if l, ok := latest[h.Student]; !ok || !h.Written.Before(l.Written) {
			latest[h.Student] = h
		}
	}
	out := map[string]map[string]int{}
	for s, h := range latest {
		out[s] = h.Unfinished
	}
	return out
}

// finishedOn counts the finished attempts on article, every mode.
func finishedOn(as []*Attempt, article string) int {
	n := 0
	for _, a := range as {
		if a.Article == article && a.Finished != nil {
			n++
		}
	}
	return n
}

// WithoutFinished lists the students whose hand-ins hold no finished
// attempt on the pack.
func (p *PackReport) WithoutFinished() []string {
	var out []string
	for _, s := range p.Students {
		if !slices.ContainsFunc(p.Attempts[s], func(a *Attempt) bool { return a.Finished != nil }) {
			out = append(out, s)
		}
	}
	return out
}

// HasFinished says whether a hand-in holds a finished attempt.
func (h *HandIn) HasFinished() bool {
	return slices.ContainsFunc(h.Attempts, func(a Attempt) bool { return a.Finished != nil })
}

// studentAttempts gathers each student's attempts, each once, in the
// order they were started.
func studentAttempts(hs []*HandIn) map[string][]*Attempt {
	out := map[string][]*Attempt{}
	seen := map[string]bool{}
	for _, h := range hs {
		for i := range h.Attempts {
			a := &h.Attempts[i]
			k := fmt.Sprintf("%s\x00%s\x00%d\x00%d", h.Student, a.Article, a.ID, a.Started.UnixNano())
			if seen[k] {
				continue
			}
			seen[k] = true
			out[h.Student] = append(out[h.Student], a)
		}
	}
	for _, as := range out {
		slices.SortStableFunc(as, func(a, b *Attempt) int { return a.Started.Compare(b.Started) })
	}
	return out
}

// counted is the attempts on article that say what the student knew:
// finished, with answers, and taken as the assignment (practice or exam
// when the pack sets none; retries and reviews come after seeing answers).
func counted(as []*Attempt, article string, asg *Assignment) []*Attempt {
	var out []*Attempt
	for _, a := range as {
		if a.Article != article || a.Finished == nil || len(a.Answers) == 0 {
			continue
		}
		if asg != nil {
			if !a.Assigned || a.Mode == ModeRetry {
				continue
			}
		} else if a.Mode != ModePractice && a.Mode != ModeExam {
			continue
		}
		out = append(out, a)
	}
	return out
}

// grade sums up one student's counted attempts on one article.
func grade(student, article string, as []*Attempt, asg *Assignment) Grade {
	g := Grade{Student: student, Article: article, Attempts: len(as), Missing: len(as) == 0}
	if asg != nil {
		g.Allowed = asg.Attempts
	}
	for i, a := range as {
		score, _ := a.Score()
		g.Best = max(g.Best, score)
		g.Last = score
		g.Time += a.Duration()
		if i == 0 && asg != nil && asg.Due != "" && a.Finished.Format(time.DateOnly) > asg.Due {
			g.Late = true
		}
	}
	return g
}
