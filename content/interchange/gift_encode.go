package interchange

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"brief/internal/diag"
	"brief/quiz"
)

// EncodeGIFT writes questions as a Moodle GIFT file. Every type but order
// has a GIFT form; a question that cannot be written (an order question, a
// cloze with more than one blank) is skipped with a warning located at the
// question, and so is anything GIFT cannot hold that changes grading or
// what the student sees (typos, points, stray feedback). Level, section,
// evidence and draft have no GIFT form and are left out.
func EncodeGIFT(qs []quiz.Question) ([]byte, []*diag.Diagnostic) {
	e := &giftEncoder{}
	for i := range qs {
		e.question(&qs[i])
	}
	return []byte(e.out.String()), e.diags
}

// giftEncoder collects the file and its diagnostics.
type giftEncoder struct {
	out      strings.Builder
	diags    []*diag.Diagnostic
	category string // the $CATEGORY: written last, or ""
}

func (e *giftEncoder) warnf(q *quiz.Question, format string, args ...any) {
	e.diags = append(e.diags, diag.Warnf(q.Path, q.Line, q.Col, format, args...))
}

// question writes one question, or warns why it cannot.
func (e *giftEncoder) question(q *quiz.Question) {
	w := &giftWriter{q: q, enc: e}
	var ok bool
	switch q.Type {
	case quiz.Choice, quiz.Multi:
		ok = w.choice()
	case quiz.TrueFalse:
		ok = w.trueFalse()
	case quiz.Short:
		ok = w.short()
	case quiz.Numeric:
		ok = w.numeric()
	case quiz.Match:
		ok = w.match()
	case quiz.Cloze:
		ok = w.cloze()
	case quiz.Order:
		e.warnf(q, "order question %q has no GIFT form; skipped", q.ID)
	default:
		e.warnf(q, "question %q of type %q has no GIFT form; skipped", q.ID, q.Type)
	}
	if ok && (q.Type == quiz.Short || q.Type == quiz.Cloze) && strings.Contains(strings.Join(w.block, " ")+giftPlainText(q.Explain), "->") {
		// GIFT has no escape for it, and Moodle reads a block of = answers
		// holding "->" as matching (one with ~ or # is read before that).
		e.warnf(q, "question %q holds \"->\", which GIFT would read as a matching question; skipped", q.ID)
		ok = false
	}
	if !ok {
		return
	}
	if q.Typos > 0 {
		e.warnf(q, "typos: %d of question %q dropped: GIFT has no edit distance", q.Typos, q.ID)
	}
	if q.Points != 0 && q.Points != 1 {
		e.warnf(q, "points: %s of question %q dropped: GIFT has no points", formatNumber(q.Points), q.ID)
	}
	e.out.WriteString(w.header())
	e.out.WriteString(w.line())
	e.out.WriteString("\n\n")
}

// giftWriter builds the text of one question.
type giftWriter struct {
	q      *quiz.Question
	enc    *giftEncoder
	prompt string // question text, escaped, for the block to follow
	after  string // text after the block, escaped: set for a missing word
	block  []string
	used   map[string]bool // feedback keys written
}

// line is the question text and its answer block on one line.
func (w *giftWriter) line() string {
	block := strings.Join(w.block, " ")
	if w.q.Explain != "" {
		block += " ####" + giftPlainText(w.q.Explain)
	}
	w.dropUnusedFeedback()
	if w.after != "" {
		// A missing word: the block stands where the blank was.
		return w.prompt + "{" + block + "}" + w.after
	}
	return w.prompt + " {" + block + "}"
}

// commentValue makes a value safe inside [id:…] or [tag:…] on a comment line.
func commentValue(s string) string {
	return strings.ReplaceAll(oneLine(s), "]", `\]`)
}

// oneLine folds line breaks into spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// giftPlainText escapes question or answer text, and keeps text that looks
// like a [format] marker from being read as one.
func giftPlainText(s string) string {
	if strings.HasPrefix(s, "//") {
		return "[plain]" + escapeGIFT(s) // else the line would be a comment
	}
	for _, f := range giftFormats {
		if strings.HasPrefix(s, "["+f+"]") {
			return "[plain]" + escapeGIFT(s)
		}
	}
	return escapeGIFT(s)
}

// setPrompt writes the prompt, as a missing-word sentence when it holds one
// blank with text after it (what Moodle shows for such a question) and the
// type allows it.
func (w *giftWriter) setPrompt(missingWord bool) {
	before, after, found := strings.Cut(w.q.Prompt, giftBlank)
	if missingWord && found && !strings.Contains(after, giftBlank) && strings.TrimSpace(after) != "" {
		w.prompt = giftPlainText(before)
		w.after = escapeGIFT(after)
		return
	}
	w.prompt = giftPlainText(w.q.Prompt)
}

// answer writes one answer: marker, weight when needed, text, feedback.
func (w *giftWriter) answer(marker string, weight string, text string) string {
	if weight == "" && strings.HasPrefix(text, "%") {
		// A leading %n% would be read as a weight: write the weight out.
		weight = map[string]string{"=": "100", "~": "0"}[marker]
	}
	s := marker
	if weight != "" {
		s += "%" + weight + "%"
	}
	s += giftPlainText(text)
	return s + w.feedback(text)
}

// feedback returns " #feedback" for an answer that has some.
func (w *giftWriter) feedback(key string) string {
	fb, ok := w.q.Feedback[key]
	if !ok {
		return ""
	}
	if w.used == nil {
		w.used = map[string]bool{}
	}
	w.used[key] = true
	if fb == "" {
		return ""
	}
	return " #" + giftPlainText(fb)
}

// dropUnusedFeedback warns about feedback keyed by no answer GIFT wrote.
func (w *giftWriter) dropUnusedFeedback() {
	keys := make([]string, 0, len(w.q.Feedback))
	for k := range w.q.Feedback {
		if !w.used[k] {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		w.enc.warnf(w.q, "feedback for %q in question %q dropped: GIFT keeps feedback only on an answer it writes", k, w.q.ID)
	}
}

// choice writes = for the right option and ~ for the others; a multi
// question gets an equal share of 100% on each right option and minus
// that share on each wrong one, so that Moodle's sum of the weights
// ticked (not below 0) is brief's (right picks − wrong picks) / right
// answers. (-100% on a wrong option, as Moodle's examples show, would
// make one wrong tick cost everything.)
func (w *giftWriter) choice() bool {
	w.setPrompt(true)
	right := map[string]bool{}
	for _, a := range w.q.Answers {
		right[a] = true
	}
	share := ""
	if w.q.Type == quiz.Multi && len(w.q.Answers) > 0 {
		share = strconv.FormatFloat(math.Round(100/float64(len(w.q.Answers))*1e5)/1e5, 'f', -1, 64)
	}
	for _, o := range w.q.Options {
		switch {
		case w.q.Type == quiz.Multi && right[o]:
			w.block = append(w.block, w.answer("~", share, o))
		case w.q.Type == quiz.Multi:
			w.block = append(w.block, w.answer("~", "-"+share, o))
		case right[o]:
			w.block = append(w.block, w.answer("=", "", o))
		default:
			w.block = append(w.block, w.answer("~", "", o))
		}
	}
	return true
}

// trueFalse writes {TRUE#feedback if wrong#feedback if right}.
func (w *giftWriter) trueFalse() bool {
	w.setPrompt(true)
	right, wrong := strconv.FormatBool(w.q.Truth), strconv.FormatBool(!w.q.Truth)
	s := strings.ToUpper(right)
	wrongFB, rightFB := w.feedback(wrong), w.feedback(right)
	switch {
	case rightFB != "":
		s += "#" + strings.TrimPrefix(wrongFB, " #") + rightFB[1:]
	case wrongFB != "":
		s += wrongFB[1:]
	}
	w.block = []string{s}
	return true
}

// short writes every accepted answer with =, and feedback on other answers
// as =%0% answers, which Moodle counts as wrong.
func (w *giftWriter) short() bool {
	for _, a := range w.q.Answers {
		if strings.Contains(a, "->") {
			w.enc.warnf(w.q, "short question %q has an answer with \"->\", which GIFT reads as matching; skipped", w.q.ID)
			return false
		}
	}
	w.setPrompt(false)
	for _, a := range w.q.Answers {
		w.block = append(w.block, w.answer("=", "", a))
	}
	w.wrongAnswerFeedback(func(k string) string { return w.answer("=", "0", k) })
	return true
}

// wrongAnswerFeedback writes the feedback keyed by answers not yet written,
// in a stable order, with write; keys write refuses ("") stay unused.
func (w *giftWriter) wrongAnswerFeedback(write func(key string) string) {
	keys := make([]string, 0, len(w.q.Feedback))
	for k := range w.q.Feedback {
		if !w.used[k] && strings.TrimSpace(k) != "" && !strings.Contains(k, "->") {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		if s := write(k); s != "" {
			w.block = append(w.block, s)
		}
	}
}

// numeric writes {#n:t} or {#lo..hi}, or with feedback or several right
// values the several-answer form {#=n:t#right =m:t =%0%v#feedback for v}.
func (w *giftWriter) numeric() bool {
	w.setPrompt(true)
	var value, key string
	if w.q.Range != nil {
		key = formatNumber(w.q.Range[0]) + ".." + formatNumber(w.q.Range[1])
		value = key
	} else {
		key = formatNumber(w.q.Number)
		value = key + w.tolerance()
	}
	if len(w.q.Feedback) == 0 && len(w.q.More) == 0 {
		w.block = []string{"#" + value}
		return true
	}
	w.block = []string{"#=" + value + w.feedback(key)}
	for _, n := range w.q.More {
		w.block = append(w.block, "="+formatNumber(n)+w.tolerance()+w.feedback(formatNumber(n)))
	}
	w.wrongAnswerFeedback(func(k string) string {
		n, err := strconv.ParseFloat(strings.TrimSpace(k), 64)
		if err != nil || !validNumber(n) {
			return ""
		}
		return "=%0%" + formatNumber(n) + w.feedbackAs(k, formatNumber(n))
	})
	return true
}

// tolerance is ":t" for a numeric question with a tolerance, else "".
func (w *giftWriter) tolerance() string {
	if w.q.Tolerance == 0 {
		return ""
	}
	return ":" + formatNumber(w.q.Tolerance)
}

// feedbackAs writes the feedback of key k, which the file will read back
// keyed as written.
func (w *giftWriter) feedbackAs(k, written string) string {
	fb := w.feedback(k)
	if written != k && fb != "" {
		w.enc.warnf(w.q, "feedback for %q in question %q is keyed %q in GIFT", k, w.q.ID, written)
	}
	return fb
}

// match writes =left -> right pairs. GIFT matching has no feedback.
func (w *giftWriter) match() bool {
	for _, p := range w.q.Pairs {
		if strings.Contains(p.Left, "->") {
			w.enc.warnf(w.q, "match question %q has an item with \"->\", which GIFT cannot write; skipped", w.q.ID)
			return false
		}
	}
	w.setPrompt(true)
	for _, p := range w.q.Pairs {
		w.block = append(w.block, "="+giftPlainText(p.Left)+" -> "+giftPlainText(p.Right))
	}
	return true
}

// cloze writes a one-blank cloze as a missing-word question: the sentence
// with the answer block where the blank stands.
func (w *giftWriter) cloze() bool {
	segs, err := quiz.ParseCloze(w.q.Text)
	blanks := 0
	for _, s := range segs {
		if s.IsBlank() {
			blanks++
		}
	}
	if err != nil || blanks != 1 {
		w.enc.warnf(w.q, "cloze question %q has %d blanks, and GIFT's missing-word form holds one; skipped", w.q.ID, blanks)
		return false
	}
	var before, after strings.Builder
	var answers []string
	for _, s := range segs {
		switch {
		case s.IsBlank():
			answers = s.Answers
		case answers == nil:
			before.WriteString(s.Text)
		default:
			after.WriteString(s.Text)
		}
	}
	if strings.TrimSpace(after.String()) == "" {
		w.enc.warnf(w.q, "cloze question %q ends with its blank, which GIFT reads as a short answer; skipped (add the sentence's last word or full stop after the blank)", w.q.ID)
		return false
	}
	for _, a := range answers {
		if strings.Contains(a, "->") {
			w.enc.warnf(w.q, "cloze question %q has an answer with \"->\", which GIFT reads as matching; skipped", w.q.ID)
			return false
		}
	}
	if w.q.Prompt != "" {
		w.enc.warnf(w.q, "prompt of cloze question %q dropped: GIFT's missing-word form has only the sentence", w.q.ID)
	}
	w.prompt = giftPlainText(before.String())
	w.after = escapeGIFT(after.String())
	for _, a := range answers {
		w.block = append(w.block, w.answer("=", "", a))
	}
	w.wrongAnswerFeedback(func(k string) string { return w.answer("=", "0", k) })
	return true
}
