package interchange

import (
	"strings"

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

// Sniff tells what a .txt file holds, for `brief import`, which would
// otherwise read every .txt as a saved web page: GIFT by its ::titles::,
// $CATEGORY: lines and answer blocks, Aiken by its ANSWER: lines with
// option lines before them. A file with only a hint of either (one answer
// block and nothing else) is SniffUnclear, for the caller to ask.
func Sniff(data []byte) string {
	text := strings.TrimPrefix(string(data), "\ufeff")
	blocks := len(giftAnswerBlock().FindAllStringIndex(text, 3))
	titles := len(giftTitle().FindAllStringIndex(text, 1))
	category := strings.Contains(text, "$CATEGORY:")
	comments := false
	for _, line := range strings.SplitN(text, "\n", 200) {
		if strings.HasPrefix(strings.TrimSpace(line), "//") {
			comments = true
			break
		}
	}
	answers := len(aikenAnswerLine().FindAllStringIndex(text, -1))
	options := 0
	for _, line := range strings.Split(text, "\n") {
		if aikenOption().MatchString(strings.TrimSpace(line)) {
			options++
		}
	}
	gift := titles > 0 || category || blocks >= 2 || (blocks == 1 && comments)
	aiken := answers > 0 && options >= 2
	switch {
	case gift && !aiken:
		return SniffGIFT
	case aiken && !gift:
		return SniffAiken
	case gift || aiken || blocks > 0 || answers > 0:
		return SniffUnclear
	}
	return SniffText
}
