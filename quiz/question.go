// Package quiz holds questions, their parsing and grading, quiz sessions,
// and the student's score store. It knows nothing about terminals or packs.
package quiz

// Type names one of the eight question types a question file may use.
type Type string

// The question types. Their YAML spelling is the constant's value.
const (
	Choice    Type = "choice"
	Multi     Type = "multi"
	TrueFalse Type = "truefalse"
	Short     Type = "short"
	Numeric   Type = "numeric"
	Order     Type = "order"
	Match     Type = "match"
	Cloze     Type = "cloze"
)

// Types lists every question type in the order the docs present them.
var Types = []Type{Choice, Multi, TrueFalse, Short, Numeric, Order, Match, Cloze}

// Level is the kind of thinking a question asks for.
type Level string

// The question levels, from remembering the text to judging it.
const (
	Recall    Level = "recall"
	Inference Level = "inference"
	Critical  Level = "critical"
)

// Levels lists every level from the simplest to the hardest.
var Levels = []Level{Recall, Inference, Critical}

// Pair is one left-to-right pairing of a match question.
type Pair struct {
	Left  string
	Right string
}

// Question is one question as read from a question file. Which fields are
// used depends on Type; the parser guarantees the ones a type needs are set.
type Question struct {
	ID      string
	Type    Type
	Level   Level
	Section string // a section slug or heading, or empty for the whole article
	Prompt  string

	Options []string // choice and multi: what the student picks from
	Answers []string // choice: the one right option; multi: the right options; short: accepted answers
	Truth   bool     // truefalse: the right answer

	Number    float64     // numeric: the right value when Range is nil
	More      []float64   // numeric: further right values (answer: [-7, 4]), each within Tolerance too
	Tolerance float64     // numeric: how far from Number still counts as right
	Range     *[2]float64 // numeric: inclusive bounds, instead of Number and Tolerance

	Items []string // order: the items in their correct order
	Pairs []Pair   // match: the correct pairs, shown with the right side shuffled
	Text  string   // cloze: text with blanks written [[answer]] or [[answer|alternative]]
	Typos int      // short and cloze: accepted edit distance

	Explain  string
	Evidence string            // a passage quoted verbatim from the article
	Points   float64           // full marks; 1 when the file says nothing
	Tags     []string          // free labels
	Feedback map[string]string // why a particular wrong answer is wrong, keyed by that answer
	Draft    bool              // written by `brief draft` and not yet checked by a teacher

	// Where the question came from in Moodle, kept so that export gives a
	// bank back with its questions' own names and categories.
	Name     string // the question's name (its GIFT ::title::)
	Category string // its category path, as in $CATEGORY: $course$/top/Elections

	// Where the question starts in its file, for located messages.
	Path string
	Line int
	Col  int
}
