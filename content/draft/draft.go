// Package draft writes starting questions about an article for a teacher
// to edit.
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

// Draft limits: a draft is a starting point for a teacher to
// edit, not a bank to wade through.
const (
	maxDraftQuestions = 40
	minDraftWords     = 8  // shorter sentences carry too little to ask about
	maxDraftWords     = 50 // longer ones make a cloze nobody reads to the end
	maxAnswerUses     = 2  // the same blank twice is enough
)

// Questions writes starting questions about an article for a teacher to edit:
// cloze questions on sentences that carry a date, a number or a named
// person, place or organisation, and "who said" questions on reported
// speech. Each quotes its sentence as evidence, names its section, says
// why in explain, and is marked draft, which lint reports until a teacher
// removes it. Ids are unique. The questions pass lint without errors.
func Questions(a *content.Article) []quiz.Question {
	d := &drafter{article: a, ids: ids.NewSet(), uses: map[string]int{}}
	d.people = findPeople(a)
	for _, s := range a.Sections {
		for _, para := range content.PlainParagraphs(s.Markdown) {
			if s.Heading != "" && para == s.Heading {
				continue
			}
			for _, sentence := range content.SplitSentences(para) {
				if len(d.out) >= maxDraftQuestions {
					return d.out
				}
				d.sentence(s.Slug, sentence)
			}
		}
	}
	return d.out
}

// drafter gathers the questions of one article.
type drafter struct {
	article *content.Article
	people  []person
	out     []quiz.Question
	ids     *ids.Set
	uses    map[string]int // how often each answer has been asked for
	plain   string         // the body as plain text, once needed
}

// person is someone the article names with a title ("President Vladimir
// Putin"), by full name and by surname.
type person struct {
	name    string
	surname string
}

// sentence drafts at most one question from a sentence: attribution if it
// reports speech, else a cloze.
func (d *drafter) sentence(section, s string) {
	words := len(strings.Fields(s))
	if words < minDraftWords || words > maxDraftWords || strings.ContainsAny(s, "[]|") {
		return
	}
	if q, ok := d.attribution(section, s); ok {
		d.add(q)
		return
	}
	if q, ok := d.cloze(section, s); ok {
		d.add(q)
	}
}

// add records a question under a unique id.
func (d *drafter) add(q quiz.Question) {
	q.ID = d.ids.Unique(ids.Clip(q.ID, quiz.MaxIDLen-4))
	q.Draft = true
	q.Points = 1
	if q.Level == "" {
		q.Level = quiz.Recall
	}
	d.out = append(d.out, q)
}

// Names and titles.
var (
	// wordPattern is one word: letters and digits, with inner
	// apostrophes, hyphens and dots ("People’s", "F-16", "M.Auff").
	wordPattern = lazyre.New(`[\p{L}\p{N}]+(?:[’'.\-][\p{L}\p{N}]+)*`)
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
				name := para[toks[from].start:toks[to-1].end]
				if !seen[name] {
					seen[name] = true
					people = append(people, person{name: name, surname: toks[to-1].text})
				}
			}
		}
	}
	return people
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
		ID:       "who-" + strings.ReplaceAll(verb, " ", "-") + "-" + content.Slugify(who.surname),
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
	if len(options) >= quiz.MinOptions {
		sort.Strings(options)
		q.Type, q.Options, q.Answers = quiz.Choice, options, []string{who.name}
	} else {
		q.Type, q.Answers, q.Typos = quiz.Short, []string{who.name, who.surname}, 1
		if who.surname == who.name {
			q.Answers = q.Answers[:1]
		}
	}
	return q, true
}

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
	if m := speakerLast().FindStringSubmatch(s); m != nil && strings.Count(m[3], " ") <= 8 {
		if p, ok := d.speaker(m[3], true); ok {
			claim := leadingJoiners().ReplaceAllString(m[1], "")
			return p, m[2], "Who " + m[2] + " that " + lowerFirstWord(claim, d) + "?", true
		}
	}
	if m := speakerFirst().FindStringSubmatch(s); m != nil {
		if p, ok := d.speaker(m[1], true); ok {
			return p, m[2], "Who " + m[2] + " " + m[3] + "?", true
		}
	}
	return person{}, "", "", false
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

// Dates and numbers.
var (
	dateInText = lazyre.New(`\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2})\b|\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b`)
	yearInText = lazyre.New(`\b(1[6-9]\d\d|20\d\d)\b`)
	digitsWord = lazyre.New(`^\d+(?:[.,]\d+)?$`)
	numberWord = map[string]string{
		"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
		"seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11",
		"twelve": "12", "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50",
		"hundred": "100", "thousand": "1000",
	}
	// countedNouns follow a number worth asking about: "ten time zones",
	// "two weeks", "a four-year gap".
	countedNouns = lazyre.New(`^(?:-|\s+)(years?|months?|weeks?|days?|hours?|time zones?|zones?|percent|per cent|million|billion|people)\b`)
)

// clozeExplain says, for each kind of blank, what the article gives; the
// sentence itself is already shown as the evidence.
var clozeExplain = map[string]string{
	"date":   "The article gives the date: %s.",
	"year":   "The article gives the year: %s.",
	"number": "The article gives the number: %s.",
	"person": "The article names the person: %s.",
	"name":   "The article names it: %s.",
	"place":  "The article names the place: %s.",
}

// blank is a stretch of a sentence a cloze can ask for.
type blank struct {
	start, end int
	answers    []string
	score      int
	kind       string // date, number, person, name or place: for the id and explain
}

// cloze makes a fill-in-the-blank question of a sentence, blanking its
// most telling date, number or name.
func (d *drafter) cloze(section, s string) (quiz.Question, bool) {
	cands := d.blanks(s)
	for i := range cands {
		// A name the article repeats everywhere ("North Korea") is no
		// test of having read it.
		if cands[i].kind != "date" && cands[i].kind != "year" && cands[i].kind != "number" && d.mentions(s[cands[i].start:cands[i].end]) >= frequentMentions {
			cands[i].score = 1
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	for _, c := range cands {
		answer := s[c.start:c.end]
		key := strings.ToLower(answer)
		if c.score < minBlankScore || d.uses[key] >= maxAnswerUses || strings.Count(strings.ToLower(s), key) > 1 {
			continue
		}
		d.uses[key]++
		text := s[:c.start] + "[[" + strings.Join(c.answers, "|") + "]]" + s[c.end:]
		return quiz.Question{
			ID:       c.kind + "-" + content.Slugify(answer),
			Type:     quiz.Cloze,
			Section:  section,
			Prompt:   "Fill in the blank.",
			Text:     text,
			Evidence: s,
			Level:    quiz.Recall,
			Explain:  fmt.Sprintf(clozeExplain[c.kind], answer),
		}, true
	}
	return quiz.Question{}, false
}

// Blank scores: below minBlankScore a blank asks for what anyone could
// guess (a bare "two", a name the article repeats everywhere).
const (
	minBlankScore    = 2
	frequentMentions = 4
)

// mentions counts how often the article's body names something.
func (d *drafter) mentions(name string) int {
	if d.plain == "" {
		d.plain = strings.Join(content.PlainParagraphs(d.article.Body), " ")
	}
	return strings.Count(d.plain, name)
}

// blanks lists what a sentence could have blanked, each with a score: a
// date or a counted number tells most, then a person, then other names.
func (d *drafter) blanks(s string) []blank {
	var out []blank
	for _, m := range dateInText().FindAllStringSubmatchIndex(s, -1) {
		var month, day string
		if m[2] >= 0 { // "September 12"
			month, day = s[m[2]:m[3]], s[m[4]:m[5]]
		} else { // "12 September"
			day, month = s[m[6]:m[7]], s[m[8]:m[9]]
		}
		text := s[m[0]:m[1]]
		out = append(out, blank{m[0], m[1], []string{text, alternateDate(text, month, day)}, 5, "date"})
	}
	for _, m := range yearInText().FindAllStringIndex(s, -1) {
		if !insideAny(out, m[0]) {
			out = append(out, blank{m[0], m[1], []string{s[m[0]:m[1]]}, 4, "year"})
		}
	}
	toks := tokenize(s)
	for i, t := range toks {
		lower := strings.ToLower(t.text)
		digit, isWord := numberWord[lower]
		isDigits := digitsWord().MatchString(t.text)
		if (!isWord && !isDigits) || insideAny(out, t.start) {
			continue
		}
		// Only the number itself: "four" of "four-year".
		end := t.start + len(t.text)
		if i := strings.IndexByte(t.text, '-'); i > 0 {
			end = t.start + i
			lower = strings.ToLower(t.text[:i])
			digit, isWord = numberWord[lower]
			if !isWord {
				continue
			}
		}
		answers := []string{s[t.start:end]}
		if isWord {
			answers = append(answers, digit)
		}
		score := 1
		if countedNouns().MatchString(s[end:]) {
			score = 4
		}
		if i == 0 {
			continue // the sentence would start with a blank
		}
		out = append(out, blank{t.start, end, answers, score, "number"})
	}
	for _, run := range capitalRuns(toks, s) {
		from, to, titled := titledName(toks, run)
		kind, score := "person", 3
		if !titled {
			if titleWords[strings.ToLower(toks[run[1]-1].text)] {
				continue // "the Defence Minister": a post, not a name
			}
			from, to, kind, score = run[0], run[1], "name", 2
			if from == 0 {
				from++ // the sentence's first word is capitalised anyway
			}
			for from < to && acronym(toks[from].text) && to-from > 1 {
				from++
			}
			if to-from == 1 {
				kind = "place"
				if from == 0 || !placePreposition(toks[from-1].text) {
					continue
				}
			}
		}
		if from >= to || insideAny(out, toks[from].start) {
			continue
		}
		if kind == "place" && !endsPhrase(s, toks, to) {
			continue // "Western intelligence": an adjective, not a place
		}
		start, end := toks[from].start, toks[to-1].end
		for _, poss := range []string{"’s", "'s"} {
			end = start + len(strings.TrimSuffix(s[start:end], poss))
		}
		answers := []string{s[start:end]}
		if kind == "person" && to-from > 1 {
			answers = append(answers, toks[to-1].text) // the surname alone is right too
		}
		out = append(out, blank{start, end, answers, score, kind})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// placePreposition comes before a place name: "in Amur", "to Sochi".
func placePreposition(w string) bool {
	switch strings.ToLower(w) {
	case "in", "at", "to", "from", "near", "towards":
		return true
	}
	return false
}

// endsPhrase reports whether the name ending before token to closes its
// phrase: the sentence or a clause ends there, or a small word follows.
func endsPhrase(s string, toks []token, to int) bool {
	if to >= len(toks) || strings.TrimSpace(s[toks[to-1].end:toks[to].start]) != "" {
		return true
	}
	switch strings.ToLower(toks[to].text) {
	case "and", "or", "in", "on", "for", "with", "to", "from", "after", "before", "since", "last", "this", "where", "which", "who", "until":
		return true
	}
	return false
}

// alternateDate writes a date the other way round ("September 12" and
// "12 September"), so either form is accepted.
func alternateDate(text, month, day string) string {
	if strings.HasPrefix(text, month) {
		return day + " " + month
	}
	return month + " " + day
}

// insideAny reports whether a byte offset falls inside a blank already
// found.
func insideAny(bs []blank, at int) bool {
	for _, b := range bs {
		if at >= b.start && at < b.end {
			return true
		}
	}
	return false
}
