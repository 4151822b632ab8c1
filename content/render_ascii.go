package content

import "strings"

// asciiTypography stands in ASCII for the typographic characters news
// text is full of, for the "ascii" style: it is for terminals (and
// fonts, and screen readers) that cannot show more than ASCII, where a
// curly apostrophe would come out as a box or as "â€™".
var asciiTypography = strings.NewReplacer(
	"‘", "'", "’", "'", "‚", "'", "′", "'",
	"“", `"`, "”", `"`, "„", `"`, "″", `"`, "«", `"`, "»", `"`,
	"–", "-", "—", "--", "−", "-", "‐", "-", "‑", "-",
	"…", "...", "•", "*", "·", "-",
	"\u00a0", " ", "\u202f", " ", "\u2009", " ",
)
