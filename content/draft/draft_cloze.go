package draft

import (
	"fmt"
	"sort"
	"strings"

	"brief/content"
	"brief/internal/ids"
	"brief/internal/lazyre"
	"brief/quiz"
)

// Dates and numbers.
var (
	dateInText = lazyre.New(`\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2})\b|\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b`)
	yearInText = lazyre.New(`\b(1[6-9]\d\d|20\d\d)\b`)
	digitsWord = lazyre.New(`^(?:\d{1,3}(?:,\d{3})+|\d+)(?:[.,]\d+)?$`)
	// digitBeside is a digit just before or after a token across a space
	// or separator: the token is then part of a larger number ("12 000").
	digitBefore = lazyre.New(`\d[ ,.\x{00A0}\x{202F}]$`)
	digitAfter  = lazyre.New(`^[ ,.\x{00A0}\x{202F}]\d`)
	numberWord  = map[string]string{
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
		typos := 0
		if c.kind == "person" || c.kind == "name" || c.kind == "place" {
			typos = 1 // a name misspelt by one letter, or spelt right where the article has a typo
		}
		return quiz.Question{
			Typos:    typos,
			ID:       c.kind + "-" + ids.Slug(answer),
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
// Each kind is looked for in turn, and a later kind is not blanked inside
// an earlier one, so that the 12 of "September 12" is not asked for again
// as a bare number.
func (d *drafter) blanks(s string) []blank {
	out := dateBlanks(s)
	out = appendYearBlanks(out, s)
	toks := tokenize(s)
	out = appendNumberBlanks(out, s, toks)
	out = appendNameBlanks(out, s, toks)
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// dateBlanks lists the day-and-month dates of a sentence, each accepting
// the date written either way round.
func dateBlanks(s string) []blank {
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
	return out
}

// appendYearBlanks adds the years of a sentence that are not part of a
// date already found.
func appendYearBlanks(out []blank, s string) []blank {
	for _, m := range yearInText().FindAllStringIndex(s, -1) {
		if !insideAny(out, m[0]) {
			out = append(out, blank{m[0], m[1], []string{s[m[0]:m[1]]}, 4, "year"})
		}
	}
	return out
}

// appendNumberBlanks adds the numbers of a sentence, in digits or words,
// that are not part of a date or year already found.
func appendNumberBlanks(out []blank, s string, toks []token) []blank {
	for i, t := range toks {
		if i == 0 {
			continue // the sentence would start with a blank
		}
		if insideAny(out, t.start) {
			continue
		}
		if b, ok := numberBlank(s, t); ok {
			out = append(out, b)
		}
	}
	return out
}

// numberBlank makes a blank of a token that is a number, accepting a
// number word's digits too; a number followed by what it counts ("ten
// time zones") scores higher than a bare one, which anyone could guess.
func numberBlank(s string, t token) (blank, bool) {
	digit, isWord := numberWord[strings.ToLower(t.text)]
	if !isWord && !digitsWord().MatchString(t.text) {
		return blank{}, false
	}
	if digitBefore().MatchString(s[:t.start]) || digitAfter().MatchString(s[t.end:]) {
		return blank{}, false // never half a number
	}
	// Only the number itself: "four" of "four-year".
	end := t.start + len(t.text)
	if i := strings.IndexByte(t.text, '-'); i > 0 {
		end = t.start + i
		digit, isWord = numberWord[strings.ToLower(t.text[:i])]
		if !isWord {
			return blank{}, false
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
	return blank{t.start, end, answers, score, "number"}, true
}

// appendNameBlanks adds the names of a sentence (people, places and other
// capitalised names) that are not part of anything already found.
func appendNameBlanks(out []blank, s string, toks []token) []blank {
	for _, run := range capitalRuns(toks, s) {
		span, ok := nameSpanOf(toks, run)
		if !ok || span.from >= span.to || insideAny(out, toks[span.from].start) {
			continue
		}
		if span.kind == "place" && !endsPhrase(s, toks, span.to) {
			continue // "Western intelligence": an adjective, not a place
		}
		out = append(out, nameBlank(s, toks, span))
	}
	return out
}

// nameSpan is the tokens [from, to) of a capitalised run that a cloze
// would blank, with the kind and score of that blank.
type nameSpan struct {
	from, to int
	kind     string
	score    int
}

// nameSpanOf picks what to blank in a capitalised run: the person after a
// title, else the run less the words that give nothing away (the
// sentence's first word and leading acronyms). A lone word is blanked
// only where a word such as "in" or "to" before it shows it is a place.
func nameSpanOf(toks []token, run [2]int) (nameSpan, bool) {
	if from, to, titled := titledName(toks, run); titled {
		return nameSpan{from, to, "person", 3}, true
	}
	if titleWords[strings.ToLower(toks[run[1]-1].text)] {
		return nameSpan{}, false // "the Defence Minister": a post, not a name
	}
	from, to := run[0], run[1]
	if from == 0 {
		from++ // the sentence's first word is capitalised anyway
	}
	for from < to && ((acronym(toks[from].text) && to-from > 1) || !capitalised(toks[from].text)) {
		from++ // and never a blank that starts "of Kolonnawa"
	}
	if to-from > 1 {
		return nameSpan{from, to, "name", 2}, true
	}
	if to-from != 1 || from == 0 || !placePreposition(toks[from-1].text) || calendarWords[strings.ToLower(toks[from].text)] {
		return nameSpan{}, false // "in June" is a time, not a place
	}
	return nameSpan{from, to, "place", 2}, true
}

// calendarWords are capitalised but name times, not places.
var calendarWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// placeNouns are the generic words of a place's name: "Kelani" is right
// for "Kelani River", "Everest" for "Mount Everest".
var placeNouns = map[string]bool{
	"river": true, "lake": true, "mount": true, "mountain": true, "mountains": true, "province": true, "district": true,
	"island": true, "islands": true, "ocean": true, "sea": true, "bay": true, "valley": true, "city": true, "town": true,
	"county": true, "state": true, "region": true, "desert": true, "forest": true, "canal": true, "bridge": true,
	"street": true, "road": true, "square": true, "port": true, "airport": true, "harbour": true, "reservoir": true,
}

// nameBlank makes the blank for a name, without a possessive "’s", which
// the student would otherwise have to type too; a person may be given by
// surname alone.
func nameBlank(s string, toks []token, span nameSpan) blank {
	start, end := toks[span.from].start, toks[span.to-1].end
	for _, poss := range []string{"’s", "'s"} {
		end = start + len(strings.TrimSuffix(s[start:end], poss))
	}
	answers := []string{s[start:end]}
	first, last := toks[span.from], toks[span.to-1]
	switch {
	case span.kind == "person" && span.to-span.from > 1:
		answers = append(answers, last.text) // the surname alone is right too
	case span.to-span.from == 2 && placeNouns[strings.ToLower(last.text)]:
		answers = append(answers, first.text) // "Kelani" for "Kelani River"
	case span.to-span.from == 2 && placeNouns[strings.ToLower(first.text)]:
		answers = append(answers, strings.TrimSuffix(strings.TrimSuffix(last.text, "’s"), "'s"))
	}
	return blank{start, end, answers, span.score, span.kind}
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
