package webimport

import (
	"strings"
	"time"
	"unicode"

	"brief/internal/lazyre"
)

// Patterns for the byline and date lines of a saved page.
var (
	// A date line: "September 17, 2023 1:08 am ...", "17 September 2023", "2023-09-17".
	monthNames     = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`
	dateMonthFirst = lazyre.New(`^(?:[A-Za-z]+,\s+)?` + monthNames + `\s+(\d{1,2}),?\s+(\d{4})\b`)
	dateDayFirst   = lazyre.New(`^(?:[A-Za-z]+,\s+)?(\d{1,2})\s+` + monthNames + `,?\s+(\d{4})\b`)
	dateISO        = lazyre.New(`^(\d{4})-(\d{2})-(\d{2})\b`)
	bylineLine     = lazyre.New(`(?i)^by\s+(.+)$`)
	// loneName is a lower-case "by" and one word: "by webdesk".
	loneName        = lazyre.New(`^by\s+(\S+)$`)
	siteAuthorNames = lazyre.New(`(?i)^(admin|administrator|editor|staff|webmaster|webdesk|newsdesk|author|guest|user)$`)
)

// textMeta reads the byline and date lines before a saved page's story
// into the article.
type textMeta struct {
	a *ImportedArticle
	// weak says the byline taken is a lone name after a lower-case "by"
	// ("by Reuters"): a site's publishing system writes such a line for
	// the account that posted the story, so a real byline after it
	// ("BY FAZLI M.AUFF") takes its place.
	weak bool
}

// take reads a byline or a date line into the article and reports
// whether the line was one (or was the line of the account that posted
// the story, which says nothing). Only lines before the article's first
// paragraph count.
func (m *textMeta) take(line string, beforeBody bool) bool {
	if !beforeBody || len(strings.Fields(line)) > maxChromeWords {
		return false
	}
	if isAccountLine(line) {
		return true
	}
	if by := bylineLine().FindStringSubmatch(line); by != nil && len(strings.Fields(by[1])) <= 5 {
		if m.a.Byline == "" || m.weak {
			m.a.Byline = titleCaseShouting(strings.TrimSpace(by[1]))
			m.weak = loneName().MatchString(line)
		}
		return true
	}
	if t, ok := parseDateLine(line); ok {
		if m.a.Published.IsZero() {
			m.a.Published = t
		}
		return true
	}
	return false
}

// isAccountLine reports whether a line names the account that posted a
// story rather than who wrote it: a lower-case "by" and a single word in
// lower case ("by webdesk": no one signs a story so), or "by" and one of
// a publishing system's roles ("By Admin", "BY EDITOR").
func isAccountLine(line string) bool {
	if m := loneName().FindStringSubmatch(line); m != nil && strings.ToLower(m[1]) == m[1] {
		return true
	}
	m := bylineLine().FindStringSubmatch(line)
	return m != nil && siteAuthorNames().MatchString(strings.TrimSpace(m[1]))
}

// parseDateLine reads the date at the start of a line such as
// "September 17, 2023 1:08 am 0 comment 1.3K views".
func parseDateLine(line string) (time.Time, bool) {
	var y, mo, d string
	if m := dateMonthFirst().FindStringSubmatch(line); m != nil {
		mo, d, y = m[1], m[2], m[3]
	} else if m := dateDayFirst().FindStringSubmatch(line); m != nil {
		d, mo, y = m[1], m[2], m[3]
	} else if m := dateISO().FindStringSubmatch(line); m != nil {
		t, err := time.Parse("2006-01-02", m[0])
		return t, err == nil
	} else {
		return time.Time{}, false
	}
	t, err := time.Parse("January 2 2006", fullMonth(mo)+" "+d+" "+y)
	return t, err == nil
}

// fullMonth spells out an abbreviated month name.
func fullMonth(m string) string {
	m = strings.TrimSuffix(m, ".")
	for _, full := range []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"} {
		if strings.HasPrefix(full, m) {
			return full
		}
	}
	return m
}

// titleCaseShouting turns a name written in capitals ("FAZLI M.AUFF")
// into title case ("Fazli M.Auff"), capitalising after spaces, dots,
// hyphens and apostrophes. A name in mixed case is left as written.
func titleCaseShouting(name string) string {
	if strings.ToUpper(name) != name {
		return name
	}
	var b strings.Builder
	start := true
	for _, r := range name {
		if start {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = !unicode.IsLetter(r)
	}
	return b.String()
}
