package content

import (
	"strings"
	"unicode"

	"brief/internal/diag"
	"brief/internal/ids"
)

// LeadSlug is the slug of the text before the first "## " heading.
const LeadSlug = "lead"

// MaxSections is the most "## " sections an article may have, besides its
// lead. Real articles have a handful; the cap keeps a hostile one from
// costing the reader, lint and draft time and memory.
const MaxSections = 1000

// Section is a part of an article's body: the lead, or a "## " heading
// with the text under it.
type Section struct {
	Slug     string // unique within the article; "lead" for the lead
	Heading  string // empty for the lead
	Markdown string // the section's Markdown, heading line included
	Line     int    // the file line the section starts on
	Words    int
}

// Title is what a table of contents shows for the section.
func (s Section) Title() string {
	if s.Heading == "" {
		return "Introduction"
	}
	return s.Heading
}

// splitSections cuts a body at each level-2 heading outside code fences.
// firstLine is the file line on which the body starts.
func splitSections(body string, firstLine int) []Section {
	var sections []Section
	slugs := ids.NewSlugSet()
	cur := Section{Slug: LeadSlug, Line: firstLine}
	var b strings.Builder
	lead := true
	flush := func() {
		cur.Markdown = strings.Trim(b.String(), "\n")
		cur.Words = len(strings.Fields(cur.Markdown))
		if cur.Heading != "" || strings.TrimSpace(cur.Markdown) != "" {
			if lead {
				slugs.Unique(cur.Slug) // the lead's slug is taken only if it has text
			}
			sections = append(sections, cur)
		}
		lead = false
		b.Reset()
	}
	var fence fenceState // the fence scanner of the nesting guard: a ~~~ fence holding a ``` line stays one fence
	for i, line := range strings.Split(body, "\n") {
		if !fence.skip(line) && strings.HasPrefix(line, "## ") {
			flush()
			heading := strings.TrimSpace(strings.Trim(strings.TrimSpace(line[3:]), "#"))
			slug := Slugify(heading)
			if slug == "" {
				slug = "section"
			}
			cur = Section{Heading: heading, Slug: slugs.Unique(slug), Line: firstLine + i}
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	flush()
	return sections
}

// checkSectionCount refuses an article with more than MaxSections
// headings, pointing at the first heading over.
func checkSectionCount(path string, sections []Section) error {
	if len(sections) > 0 && sections[0].Heading == "" && sections[0].Slug == LeadSlug {
		sections = sections[1:]
	}
	if len(sections) <= MaxSections {
		return nil
	}
	return diag.Errorf(path, sections[MaxSections].Line, 1, "over the limit of %d sections (\"## \" headings) in one article (this is heading %d): split the article into several", MaxSections, MaxSections+1)
}

// Slugify lower-cases text and joins its words with '-', the form ids and
// section names take ("Hermit kingdom" becomes "hermit-kingdom").
func Slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
			dash = false
		case b.Len() > 0 && !dash:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}
