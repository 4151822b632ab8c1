package interchange

import (
	"strings"

	"brief/quiz"
)

// header is what comes before a question's text: a $CATEGORY: line when
// the question's Moodle category differs from the one before it, the
// comment line with id, tags and brief's own fields, and the title, which
// is the question's Moodle name when it has one, so that a bank goes back
// to Moodle under its own names and categories rather than as renamed
// copies.
func (w *giftWriter) header() string {
	var b strings.Builder
	if c := oneLine(w.q.Category); c != "" && c != w.enc.category {
		b.WriteString("$CATEGORY: " + c + "\n\n")
		w.enc.category = c
	}
	if fields := w.commentFields(); len(fields) > 0 {
		b.WriteString("// " + strings.Join(fields, " ") + "\n")
	}
	title := w.q.Name
	if title == "" {
		title = w.q.ID
	}
	if title != "" {
		b.WriteString("::" + escapeGIFT(oneLine(title)) + ":: ")
	}
	return b.String()
}

// commentFields are the [id:], [tag:] and brief's own fields of the
// comment line. The tag import made of the question's category is left
// out: the $CATEGORY: line says it, and Moodle would add it as a tag.
func (w *giftWriter) commentFields() []string {
	var fields []string
	if w.q.ID != "" {
		fields = append(fields, "[id:"+commentValue(w.q.ID)+"]")
	}
	categoryTag := ""
	if w.q.Category != "" {
		categoryTag = categoryTagOf(w.q.Category)
	}
	for _, t := range w.q.Tags {
		if t != categoryTag {
			fields = append(fields, "[tag:"+commentValue(t)+"]")
		}
	}
	// brief's own fields, which GIFT has no place for: Moodle ignores
	// them, and brief's import reads them back.
	if w.q.Level != "" && w.q.Level != quiz.Recall {
		fields = append(fields, "[level:"+commentValue(string(w.q.Level))+"]")
	}
	if w.q.Section != "" {
		fields = append(fields, "[section:"+commentValue(w.q.Section)+"]")
	}
	if w.q.Evidence != "" {
		fields = append(fields, "[evidence:"+commentValue(w.q.Evidence)+"]")
	}
	return fields
}
