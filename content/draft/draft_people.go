package draft

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"brief/content"
	"brief/internal/ids"
	"brief/internal/lazyre"
	"brief/quiz"
)

// Names and titles.
var (
	// wordPattern is one word: letters and digits, with inner
	// apostrophes, hyphens and dots ("People’s", "F-16", "M.Auff"), and a
	// number with its thousands separators whole ("12,000").
	wordPattern = lazyre.New(`[\p{L}\p{N}]+(?:[’'.\-][\p{L}\p{N}]+|,\d{3}\b)*`)
	// titleWords precede a person's name.
	titleWords = map[string]bool{
		"president": true, "minister": true, "chairman": true, "chairwoman": true,
		"adviser": true, "advisor": true, "secretary": true, "spokesperson": true,
		"spokesman": true, "spokeswoman": true, "leader": true, "chief": true,
		"general": true, "king": true, "queen": true, "prince": true, "pope": true,
		"senator": true, "governor": true, "mayor": true, "ambassador": true,
		"premier": true, "chancellor": true, "director": true, "dr": true, "mr": true,
		"mrs": true, "ms": true, "professor": true, "prof": true, "judge": true,
		"commander": true, "envoy": true, "official": true, "analyst": true,
	}
	// nameJoiners may sit inside a capitalised name ("Republic of Korea").
	nameJoiners = map[string]bool{"of": true, "de": true, "van": true, "von": true, "bin": true, "al": true}
)

// token is a word of a sentence with its byte offsets.
type token struct {
	text       string
	start, end int
}

func tokenize(s string) []token {
	var out []token
	for _, m := range wordPattern().FindAllStringIndex(s, -1) {
		out = append(out, token{text: s[m[0]:m[1]], start: m[0], end: m[1]})
	}
	return out
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// acronym is a word in capitals, such as "NSA" or "UN".
func acronym(w string) bool {
	return len(w) >= 2 && strings.ToUpper(w) == w && !unicode.IsDigit(rune(w[0]))
}

// capitalRuns finds the runs of capitalised words in a sentence (joined by
// "of" and the like), as token index ranges [from, to).
func capitalRuns(toks []token, s string) [][2]int {
	var runs [][2]int
	for i := 0; i < len(toks); {
		if !capitalised(toks[i].text) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			gap := s[toks[j-1].end:toks[j].start]
			if strings.TrimSpace(gap) != "" && gap != " (" && gap != ") " {
				break // punctuation ends a name
			}
			if capitalised(toks[j].text) {
				j++
				continue
			}
			if nameJoiners[toks[j].text] && j+1 < len(toks) && capitalised(toks[j+1].text) && s[toks[j].end:toks[j+1].start] == " " {
				j += 2
				continue
			}
			break
		}
		runs = append(runs, [2]int{i, j})
		i = j
	}
	return runs
}

// titledName finds the person named after a title word in a run
// ("Russian Federation President Vladimir Putin" → "Vladimir Putin"),
// skipping an acronym in brackets after the title ("Adviser (NSA) Jake
// Sullivan"). The title may also be the lower-case word just before the
// run ("spokesperson Dimitry Peskov"). ok is false when the run holds no
// title followed by a name.
func titledName(toks []token, run [2]int) (from, to int, ok bool) {
	from = -1
	for i := run[0]; i < run[1]; i++ {
		if titleWords[strings.ToLower(toks[i].text)] {
			from = i + 1
		}
	}
	if from < 0 && run[0] > 0 && titleWords[strings.ToLower(toks[run[0]-1].text)] {
		from = run[0]
	}
	if from < 0 {
		return 0, 0, false
	}
	for from < run[1]-1 && acronym(toks[from].text) {
		from++
	}
	if from >= run[1] || acronym(toks[from].text) {
		return 0, 0, false
	}
	to = from
	for to < run[1] && !nameJoiners[toks[to].text] {
		to++ // "Alexander Lukashenko of Belarus" is Alexander Lukashenko
	}
	return from, to, true
}

// findPeople lists the people an article names after a title, in the
// order they first appear, for attribution answers and their distractors.
func findPeople(a *content.Article) []person {
	var people []person
	seen := map[string]bool{}
	for _, s := range a.Sections {
		for _, para := range content.PlainParagraphs(s.Markdown) {
			toks := tokenize(para)
			for _, run := range capitalRuns(toks, para) {
				from, to, ok := titledName(toks, run)
				if !ok || to-from < 2 || to-from > 4 {
					continue // a surname alone is not a full name
				}
				// Without a possessive: "Anura Senanayake’s budget" names
				// Anura Senanayake.
				name := trimPossessive(para[toks[from].start:toks[to-1].end])
				if !seen[name] {
					seen[name] = true
					people = append(people, person{name: name, surname: trimPossessive(toks[to-1].text)})
				}
			}
		}
	}
	return people
}

// trimPossessive removes a trailing "’s" or "'s".
func trimPossessive(s string) string {
	return strings.TrimSuffix(strings.TrimSuffix(s, "’s"), "'s")
}

// lookup finds a person by full name or surname.
func (d *drafter) lookup(name string) (person, bool) {
	for _, p := range d.people {
		if p.name == name || p.surname == name {
			return p, true
		}
	}
	return person{}, false
}

// Reported speech.
var (
	speechVerbs    = `said|says|warned|hinted|claimed|stated|told|added|noted|argued|insisted|announced|pledged|promised|stressed|urged|suggested|admitted|denied|confirmed`
	speakerFirst   = lazyre.New(`^(.*?)\s+(` + speechVerbs + `)\s+(?:that\s+)?(.+?)[.!?]?$`)
	speakerLast    = lazyre.New(`^(.+?),\s+(` + speechVerbs + `)\s+(.+?)[.!?]?$`)
	accordingTo    = lazyre.New(`^According to\s+([^,]+?)(?:\s+who\s+[^,]*)?,\s+(.+?)[.!?]?$`)
	leadingJoiners = lazyre.New(`^(?:But|And|So|Yet|However,)\s+`)
)

// speaker finds the person at the end (last) or the start of a stretch of
// text: the last or first capitalised run that is a known person or a
// titled name.
func (d *drafter) speaker(text string, last bool) (person, bool) {
	toks := tokenize(text)
	runs := capitalRuns(toks, text)
	if last {
		for i, j := 0, len(runs)-1; i < j; i, j = i+1, j-1 {
			runs[i], runs[j] = runs[j], runs[i]
		}
	}
	for _, run := range runs {
		from, to, ok := titledName(toks, run)
		if !ok {
			from, to = run[0], run[1]
		}
		if p, ok := d.lookup(text[toks[from].start:toks[to-1].end]); ok {
			return p, true
		}
	}
	return person{}, false
}

// attribution makes a "who said" question of a sentence that reports what
// a named person said, warned or hinted, or gives their view "according
// to" them.
func (d *drafter) attribution(section, s string) (quiz.Question, bool) {
	who, verb, prompt, ok := d.reported(s)
	if !ok {
		return quiz.Question{}, false
	}
	q := quiz.Question{
		ID:       "who-" + strings.ReplaceAll(verb, " ", "-") + "-" + ids.Slug(who.surname),
		Section:  section,
		Prompt:   prompt,
		Evidence: s,
		Level:    quiz.Recall,
		Explain:  fmt.Sprintf("The article attributes this to %s.", who.name),
	}
	options := []string{who.name}
	for _, p := range d.people {
		if len(options) == 4 {
			break
		}
		if p.name != who.name {
			options = append(options, p.name)
		}
	}
	if len(options) < minWhoOptions {
		return quiz.Question{}, false // two names are a coin toss
	}
	sort.Strings(options)
	q.Type, q.Options, q.Answers = quiz.Choice, options, []string{who.name}
	return q, true
}

// minWhoOptions is how many people a "who said" question offers at least.
const minWhoOptions = 3

// reported finds who a sentence reports as saying something, the verb,
// and the question to ask about it. Each form is tried in turn, so that a
// comma that only looks like the one before "warned" does not hide the
// speaker at the start.
func (d *drafter) reported(s string) (who person, verb, prompt string, ok bool) {
	if m := accordingTo().FindStringSubmatch(s); m != nil {
		if p, ok := d.lookup(strings.TrimSpace(m[1])); ok {
			return p, "according to", "According to whom, " + m[2] + "?", true
		}
	}
	if m := speakerLast().FindStringSubmatch(s); m != nil && strings.Count(m[3], " ") <= 8 && !notSpeech(m[1], m[2], m[3]) {
		if p, ok := d.speaker(m[3], true); ok {
			claim := leadingJoiners().ReplaceAllString(m[1], "")
			return p, m[2], "Who " + m[2] + " that " + lowerFirstWord(claim, d) + "?", true
		}
	}
	if m := speakerFirst().FindStringSubmatch(s); m != nil && !notSpeech(m[1], m[2], m[3]) {
		// The speaker comes right before the verb: in "Senanayake's budget
		// lowers the tax" nobody is speaking.
		if p, ok := d.speaker(m[1], true); ok && endsWithName(m[1], p) {
			return p, m[2], "Who " + m[2] + " " + m[3] + "?", true
		}
	}
	return person{}, "", "", false
}

// notSpeech spots a speech verb that is part of a phrase: "value added
// tax" is nobody adding anything.
func notSpeech(before, verb, after string) bool {
	if verb != "added" {
		return false
	}
	prev := strings.Fields(before)
	next := strings.Fields(after)
	return (len(prev) > 0 && strings.EqualFold(prev[len(prev)-1], "value")) ||
		(len(next) > 0 && strings.EqualFold(strings.Trim(next[0], ",.;:()"), "tax"))
}

// endsWithName reports whether text ends with the person's full name or
// surname.
func endsWithName(text string, p person) bool {
	text = strings.TrimSpace(text)
	return strings.HasSuffix(text, p.name) || strings.HasSuffix(text, p.surname)
}

// lowerFirstWord lower-cases the first letter of a clause that now sits
// inside a question, unless the word is a name or an acronym.
func lowerFirstWord(s string, d *drafter) string {
	first := strings.Fields(s)
	if len(first) == 0 || acronym(first[0]) {
		return s
	}
	if _, isPerson := d.lookup(first[0]); isPerson {
		return s
	}
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[size:]
}
