package class

import (
	"fmt"
	"maps"
	"slices"
)

// MinAnswersToName is how many answers a student must have in a section
// or level before the report names it strongest or weakest: one or two
// answers are a slip or a guess, not a strength.
const MinAnswersToName = 3

// Profile is one student's strongest and weakest section and level over
// every counted attempt, each as a share of the marks.
type Profile struct {
	Student                    string
	StrongSection, WeakSection Share
	StrongLevel, WeakLevel     Share
	HasSections, HasLevels     bool // false with fewer than two to compare, each with MinAnswersToName answers
}

// Share is a named part of the marks: a section or a level.
type Share struct {
	Name  string
	Score float64
}

// profiles makes every student's profile.
func profiles(pr *PackReport, attempts map[string][]*Attempt) []Profile {
	var out []Profile
	for _, s := range pr.Students {
		sections, levels := map[string]*[3]float64{}, map[string]*[3]float64{}
		for _, art := range pr.Articles {
			for _, a := range counted(attempts[s], art, pr.Pack.Assignment) {
				for _, ans := range a.Answers {
					tally(sections, ans.Section, ans)
					tally(levels, ans.Level, ans)
				}
			}
		}
		p := Profile{Student: s}
		p.StrongSection, p.WeakSection, p.HasSections = extremes(sections)
		p.StrongLevel, p.WeakLevel, p.HasLevels = extremes(levels)
		out = append(out, p)
	}
	return out
}

// tally adds an answer's points and maximum under name, and counts it.
func tally(m map[string]*[3]float64, name string, ans Answer) {
	if name == "" || ans.Max <= 0 {
		return
	}
	t, ok := m[name]
	if !ok {
		t = &[3]float64{}
		m[name] = t
	}
	t[0] += ans.Points
	t[1] += ans.Max
	t[2]++
}

// extremes is the best and worst share of the names with enough answers,
// ties going to the name first in order; ok is false with fewer than two
// such names, or when all score alike.
func extremes(m map[string]*[3]float64) (best, worst Share, ok bool) {
	var names []string
	for _, name := range slices.Sorted(maps.Keys(m)) {
		if m[name][2] >= MinAnswersToName {
			names = append(names, name)
		}
	}
	if len(names) < 2 {
		return Share{}, Share{}, false
	}
	for i, name := range names {
		s := Share{Name: name, Score: m[name][0] / m[name][1]}
		if i == 0 || s.Score > best.Score {
			best = s
		}
		if i == 0 || s.Score < worst.Score {
			worst = s
		}
	}
	return best, worst, best.Score > worst.Score // all alike: nothing stands out
}

// Strongest is the student's best section and level in one line, as the
// report and the class screen show them: "Rain 100% · recall 90%"; "" when
// nothing stands out (see NothingNamedNote).
func (p Profile) Strongest() string {
	return joinShares(shareText(p.StrongSection, p.HasSections), shareText(p.StrongLevel, p.HasLevels))
}

// Weakest is the student's worst section and level in one line.
func (p Profile) Weakest() string {
	return joinShares(shareText(p.WeakSection, p.HasSections), shareText(p.WeakLevel, p.HasLevels))
}

// joinShares puts a student's section and level on one line.
func joinShares(section, level string) string {
	switch {
	case section == "":
		return level
	case level == "":
		return section
	}
	return section + " · " + level
}

// NothingNamedNote explains an empty strongest or weakest cell, once under
// the table, whose empty cells show dash.
func NothingNamedNote(dash string) string {
	return fmt.Sprintf("%s : nothing named yet. A section or level is named once a student has at least %d answers "+
		"in it and as many in another to compare it with, and the two scored differently.", dash, MinAnswersToName)
}

// AnyNothingNamed says whether some student has nothing named.
func AnyNothingNamed(ps []Profile) bool {
	return slices.ContainsFunc(ps, func(p Profile) bool { return p.Strongest() == "" })
}
