package lint

import (
	"brief/content"
	"brief/internal/diag"
	"sort"
	"strings"
	"unicode"
)

// maxHints bounds how many evidence quotes of one file get a closest
// passage: each hint costs a pass over the article's word index, and a
// hostile file may hold thousands of bad quotes.
const maxHints = 50

// maxHintRunes keeps a hint to about two lines of a terminal.
const maxHintRunes = 200

// passages is an article body prepared for evidence checks: its plain
// text, normalised for matching, and its sentences with an index of their
// words for finding the one closest to a misquote.
type passages struct {
	text      string   // the whole body as plain text, normalised
	sentences []string // each sentence as plain text, for hints
	postings  map[string][]int
	hints     int // hints given so far
}

// newPassages indexes an article body.
func newPassages(body string) *passages {
	p := &passages{postings: map[string][]int{}}
	var all []string
	for _, para := range content.PlainParagraphs(body) {
		all = append(all, para)
		for _, s := range content.SplitSentences(para) {
			id := len(p.sentences)
			p.sentences = append(p.sentences, s)
			for key := range sentenceKeys(s) {
				p.postings[key] = append(p.postings[key], id)
			}
		}
	}
	p.text = normalizeQuote(strings.Join(all, " "))
	return p
}

// contains reports whether quote appears in the article, ignoring
// differences a reader cannot see or a keyboard makes: runs of white
// space, Markdown emphasis, and straight against curly quotes.
func (p *passages) contains(quote string) bool {
	q := normalizeQuote(quote)
	return q != "" && strings.Contains(p.text, q)
}

// closest finds the article sentence sharing the most words and word
// pairs with quote, for a hint. ok is false when no sentence shares
// enough with it, or when the file has used up its hints.
func (p *passages) closest(quote string) (passage string, ok bool) {
	if p.hints >= maxHints {
		return "", false
	}
	p.hints++
	scores := map[int]int{}
	for key := range sentenceKeys(content.InlinePlain(quote)) {
		weight := 1
		if strings.Contains(key, " ") {
			weight = 2 // a shared pair of words says more than a shared word
		}
		for _, id := range p.postings[key] {
			scores[id] += weight
		}
	}
	// One shared word is chance, not a passage the teacher meant.
	best, bestScore := -1, minHintScore-1
	ids := make([]int, 0, len(scores))
	for id := range scores {
		ids = append(ids, id)
	}
	sort.Ints(ids) // ties go to the earlier sentence, so hints are stable
	for _, id := range ids {
		if s := scores[id]; s > bestScore || (best >= 0 && s == bestScore && len(p.sentences[id]) < len(p.sentences[best])) {
			best, bestScore = id, s
		}
	}
	if best < 0 {
		return "", false
	}
	return diag.Clip(p.sentences[best], maxHintRunes), true
}

// minHintScore is the least a sentence must share with a quote to be
// offered as a hint: two telling words, or one pair of neighbouring words.
const minHintScore = 2

// stopWords are words too common to tell two passages apart.
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true,
	"of": true, "to": true, "in": true, "on": true, "at": true, "by": true,
	"for": true, "with": true, "from": true, "as": true, "is": true, "are": true,
	"was": true, "were": true, "be": true, "been": true, "has": true, "have": true,
	"had": true, "it": true, "its": true, "that": true, "this": true, "not": true,
	"s": true,
}

// sentenceKeys returns the distinct lower-case words of s, leaving out
// stop words, and the pairs of neighbouring words ("ten time", "time
// zones") in which at least one word is not a stop word.
func sentenceKeys(s string) map[string]struct{} {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	keys := make(map[string]struct{}, 2*len(words))
	for i, w := range words {
		if !stopWords[w] {
			keys[w] = struct{}{}
		}
		if i > 0 && (!stopWords[w] || !stopWords[words[i-1]]) {
			keys[words[i-1]+" "+w] = struct{}{}
		}
	}
	return keys
}

// quoteFolds maps the quotation marks and apostrophes a keyboard or an
// editor may substitute for one another onto one straight form each.
var quoteFolds = strings.NewReplacer(
	"‘", "'", "’", "'", "‚", "'", "‛", "'", "′", "'",
	"“", `"`, "”", `"`, "„", `"`, "‟", `"`, "″", `"`,
)

// normalizeQuote puts a quote or an article text into the form evidence
// is compared in.
func normalizeQuote(s string) string {
	s = quoteFolds.Replace(content.InlinePlain(s))
	return strings.Join(strings.Fields(s), " ")
}
