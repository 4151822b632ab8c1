package class

import (
	"encoding/json"
	"io"
	"math"
)

// The JSON report: every number a fraction from 0 to 1 or a count of
// seconds, each name as the student gave it.
type (
	jsonReport struct {
		Packs    []jsonPack `json:"packs"`
		Notes    []string   `json:"notes"`
		Problems []string   `json:"problems"`
	}
	jsonPack struct {
		Pack      Pack          `json:"pack"`
		Order     string        `json:"question_order"`
		Gradebook []jsonGrade   `json:"gradebook"`
		Items     []jsonItem    `json:"items"`
		Students  []jsonProfile `json:"students"`
	}
	jsonGrade struct {
		Student    string   `json:"student"`
		Article    string   `json:"article"`
		Attempts   int      `json:"attempts"`
		Allowed    int      `json:"attempts_allowed,omitempty"`
		Best       *float64 `json:"best"`    // null with no attempt that counts
		Last       *float64 `json:"last"`    // null with no attempt that counts
		Seconds    *float64 `json:"seconds"` // null with no attempt that counts
		Late       bool     `json:"late"`
		Missing    bool     `json:"missing"`
		Finished   int      `json:"finished_attempts"`
		Unfinished int      `json:"unfinished_attempts"`
	}
	jsonItem struct {
		Article        string   `json:"article"`
		ID             string   `json:"id"`
		Type           string   `json:"type"`
		Section        string   `json:"section"`
		Level          string   `json:"level"`
		Answers        int      `json:"answers"`
		Facility       float64  `json:"facility"`
		Discrimination *float64 `json:"discrimination"` // null: too few answers or no spread
		TopWrong       string   `json:"top_wrong,omitempty"`
		TopWrongShare  float64  `json:"top_wrong_share"`
		MedianSeconds  float64  `json:"median_seconds"`
		Check          []string `json:"check"`
	}
	jsonProfile struct {
		Student       string `json:"student"`
		StrongSection *Share `json:"strongest_section"`
		WeakSection   *Share `json:"weakest_section"`
		StrongLevel   *Share `json:"strongest_level"`
		WeakLevel     *Share `json:"weakest_level"`
	}
)

// WriteJSON writes the whole report as JSON.
func WriteJSON(w io.Writer, r *Report) error {
	out := jsonReport{Notes: orEmpty(r.Notes), Problems: []string{}, Packs: []jsonPack{}}
	for _, p := range r.Problems {
		out.Problems = append(out.Problems, p.Error())
	}
	for _, p := range r.Packs {
		out.Packs = append(out.Packs, toJSON(p))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// toJSON turns one pack's report into its JSON form.
func toJSON(p *PackReport) jsonPack {
	jp := jsonPack{Pack: p.Pack, Order: p.QuestionOrder, Gradebook: []jsonGrade{}, Items: []jsonItem{}, Students: []jsonProfile{}}
	for _, g := range p.Grades {
		jg := jsonGrade{Student: g.Student, Article: g.Article, Attempts: g.Attempts, Allowed: g.Allowed,
			Late: g.Late, Missing: g.Missing, Finished: g.Finished, Unfinished: g.Unfinished}
		if !g.Missing {
			best, last, secs := round4(g.Best), round4(g.Last), g.Time.Seconds()
			jg.Best, jg.Last, jg.Seconds = &best, &last, &secs
		}
		jp.Gradebook = append(jp.Gradebook, jg)
	}
	for _, it := range p.Items {
		ji := jsonItem{Article: it.Article, ID: it.Question, Type: it.Type, Section: it.Section, Level: it.Level, Answers: it.Answers,
			Facility: round4(it.Facility), TopWrong: it.TopWrong, TopWrongShare: round4(it.TopWrongShare),
			MedianSeconds: it.MedianTime.Seconds(), Check: orEmpty(it.Flags)}
		if it.HasDiscrimination {
			d := round4(it.Discrimination)
			ji.Discrimination = &d
		}
		jp.Items = append(jp.Items, ji)
	}
	for _, pr := range p.Profiles {
		jp.Students = append(jp.Students, jsonProfile{Student: pr.Student,
			StrongSection: shareIf(pr.StrongSection, pr.HasSections), WeakSection: shareIf(pr.WeakSection, pr.HasSections),
			StrongLevel: shareIf(pr.StrongLevel, pr.HasLevels), WeakLevel: shareIf(pr.WeakLevel, pr.HasLevels)})
	}
	return jp
}

// shareIf is s rounded, or nil when there is nothing to compare.
func shareIf(s Share, ok bool) *Share {
	if !ok {
		return nil
	}
	s.Score = round4(s.Score)
	return &s
}

// round4 rounds to 4 decimals, enough for a percent with two.
func round4(f float64) float64 { return math.Round(f*10000) / 10000 }

// orEmpty makes a nil list an empty one, so JSON has [] rather than null.
func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
