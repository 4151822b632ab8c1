package interchange

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"brief/internal/lazyre"
)

// What a .txt file may hold, as Sniff tells it.
const (
	SniffText    = "text"    // prose: a saved web page
	SniffGIFT    = "gift"    // a Moodle GIFT bank (Moodle downloads GIFT as .txt)
	SniffAiken   = "aiken"   // an Aiken bank
	SniffUnclear = "unclear" // some signs of a question bank, too few to be sure
)

// giftAnswerBlock matches a GIFT answer block that starts the way only
// answers do: =, ~, # or T/TRUE/F/FALSE (the last two up to # or }).
var giftAnswerBlock = lazyre.New(`\{\s*(?:[=~#]|(?:T|TRUE|F|FALSE)\s*[#}])`)

// giftTitle matches a ::title:: at the start of a line.
var giftTitle = lazyre.New(`(?m)^\s*::[^:\n]*(?:\\:[^:\n]*)*::`)

// aikenAnswerLine matches Aiken's closing ANSWER: X line.
var aikenAnswerLine = lazyre.New(`(?m)^\s*ANSWER:\s*[A-Za-z]\s*$`)

// anyAnswerLine matches a line starting ANSWER:, whatever follows: an
// Aiken answer mistyped ("ANSWER: maybe"), a sign of a bank all the same.
var anyAnswerLine = lazyre.New(`(?m)^[ \t]*ANSWER:`)

// braceBlock matches text in braces on one line ("{the}"), which a GIFT
// answer block mistyped looks like, and so does code.
var braceBlock = lazyre.New(`\{[^{}\n]+\}`)

// Sniff tells what a .txt file holds, for `brief import`, which would
// otherwise read every .txt as a saved web page: GIFT by its ::titles::,
// $CATEGORY: lines and answer blocks, Aiken by its ANSWER: lines with
// option lines before them. A file with only some signs of either (one
// answer block and nothing else, an ANSWER: line whose answer is no
// letter, text in braces beside option lines) is SniffUnclear, for the
// caller to ask; SniffSign says where the first is.
func Sniff(data []byte) string {
	kind, _ := sniff(strings.TrimPrefix(string(data), "\ufeff"))
	return kind
}

// SniffSign is where the first sign of a question bank Sniff saw in data
// is, and what it is, for the message that asks which format is meant.
func SniffSign(data []byte) (line, col int, what string) {
	text := strings.TrimPrefix(string(data), "\ufeff")
	_, s := sniff(text)
	if s.at < 0 {
		return 0, 0, ""
	}
	before := text[:s.at]
	line = strings.Count(before, "\n") + 1
	col = utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:]) + 1
	return line, col, s.what
}

// sign is the first of some kind of sign of a bank: its byte offset in
// the text (-1: none) and what it is.
type sign struct {
	at   int
	what string
}

// first is the sign of the two that comes first in the file.
func (s sign) first(o sign) sign {
	if s.at < 0 || (o.at >= 0 && o.at < s.at) {
		return o
	}
	return s
}

// find is the first match of pattern in text, as a sign.
func find(text string, pattern func() *regexp.Regexp, what string) sign {
	if m := pattern().FindStringIndex(text); m != nil {
		return sign{at: m[0], what: what}
	}
	return sign{at: -1}
}

// sniff is Sniff's verdict and the first sign of a bank that counted
// towards it.
func sniff(text string) (string, sign) {
	blocks := len(giftAnswerBlock().FindAllStringIndex(text, 3))
	titles := len(giftTitle().FindAllStringIndex(text, 1))
	category := strings.Contains(text, "$CATEGORY:")
	answers := len(aikenAnswerLine().FindAllStringIndex(text, -1))
	options := aikenOptionLines(text)
	gift := titles > 0 || category || blocks >= 2 || (blocks == 1 && hasComment(text))
	aiken := answers > 0 && options >= 2
	looseAnswer := find(text, anyAnswerLine, "an ANSWER: line")
	looseBlock := find(text, braceBlock, "text in braces")
	partly := blocks > 0 || looseAnswer.at >= 0 || (looseBlock.at >= 0 && options >= 2)
	signs := find(text, giftAnswerBlock, "a GIFT answer block").first(looseAnswer)
	if options >= 2 {
		signs = signs.first(looseBlock)
	}
	switch {
	case gift && !aiken:
		return SniffGIFT, signs
	case aiken && !gift:
		return SniffAiken, signs
	case gift || aiken || partly:
		return SniffUnclear, signs
	}
	return SniffText, sign{at: -1}
}

// hasComment reports whether one of the first 200 lines is a // comment.
func hasComment(text string) bool {
	for _, line := range strings.SplitN(text, "\n", 200) {
		if strings.HasPrefix(strings.TrimSpace(line), "//") {
			return true
		}
	}
	return false
}

// aikenOptionLines counts the lines that look like Aiken options (A. or B)).
func aikenOptionLines(text string) int {
	n := 0
	for _, line := range strings.Split(text, "\n") {
		if aikenOption().MatchString(strings.TrimSpace(line)) {
			n++
		}
	}
	return n
}
