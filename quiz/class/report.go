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
}

// Build makes the report from decoded hand-ins. The same attempt handed in
// twice (the same file, or a later hand-in repeating it) counts once;
// hand-ins of different pack versions or contents are reported apart, with
// a note, never merged.
func Build(handIns []*HandIn) *Report {
	groups := map[string][]*HandIn{}
	for _, h := range handIns {
		k := packKey(h.Pack)
		groups[k] = append(groups[k], h)
	}
	r := &Report{}
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		r.Packs = append(r.Packs, buildPack(groups[k]))
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
func buildPack(hs []*HandIn) *PackReport {
	pr := &PackReport{Pack: hs[0].Pack}
	attempts := studentAttempts(hs)
	pr.Attempts = attempts
	pr.Students = slices.Sorted(maps.Keys(attempts))
	articles := map[string]bool{}
	for _, as := range attempts {
		for _, a := range as {
			articles[a.Article] = true
		}
	}
	pr.Articles = slices.Sorted(maps.Keys(articles))
	for _, s := range pr.Students {
		for _, art := range pr.Articles {
			pr.Grades = append(pr.Grades, grade(s, art, counted(attempts[s], art, pr.Pack.Assignment), pr.Pack.Assignment))
		}
	}
	pr.Items = analyseItems(pr, attempts)
	pr.Profiles = profiles(pr, attempts)
	return pr
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
