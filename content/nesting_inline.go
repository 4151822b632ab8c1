package content

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxInlineNesting is the deepest nesting of emphasis, strikethrough,
// links and images rendered as Markdown. Real text nests two or three
// levels ("***word***"); a few thousand levels make Glamour recurse until
// Go gives up with a fatal stack overflow, which no recover can catch.
const maxInlineNesting = 32

// inlineNesting estimates how deeply the emphasis (*, _), strikethrough
// (~), links and images ([) of one paragraph nest. It is fed the
// paragraph line by line and keeps, per delimiter, how many have opened
// and not closed, following CommonMark's flanking rules: a run of
// delimiters opens as many levels as it is long, and a run that can
// close closes as many as it can. Delimiters escaped with a backslash do
// not count; those in code spans do, which can only make the estimate
// higher.
type inlineNesting struct {
	open [4]int // '*', '_', '~', '['
	max  int    // the most open at once since the last reset
	// work estimates the rendering work of the inline markup seen, reset
	// or not, in the units of maxRenderWork: Glamour spends 5 to 20µs on
	// each link, image, code span, piece of HTML or emphasis.
	work int
}

// reset starts a new paragraph.
func (n *inlineNesting) reset() { n.open = [4]int{} }

// line adds one line of the paragraph. Line ends count as white space.
func (n *inlineNesting) line(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		switch c {
		case '\\':
			if i+1 < len(s) && isASCIIPunct(s[i+1]) {
				i += 2
				continue
			}
		case '[':
			n.open[3]++
			n.work += 2
		case ']':
			if n.open[3] > 0 {
				n.open[3]--
			}
		case '!', '<', '&':
			n.work++
		case ':':
			if strings.HasPrefix(s[i+1:], "//") {
				n.work += 3 // a web address, which becomes a link
			}
		case 'w', 'W':
			if len(s)-i >= 4 && strings.EqualFold(s[i:i+4], "www.") {
				n.work += 3
			}
		case '`':
			end := i + 1
			for end < len(s) && s[end] == c {
				end++
			}
			n.work += 2
			i = end
			continue
		case '*', '_', '~':
			end := i + 1
			for end < len(s) && s[end] == c {
				end++
			}
			n.run(c, end-i, runeBefore(s, i), runeAt(s, end))
			n.work++
			i = end
			n.note()
			continue
		}
		n.note()
		i++
	}
}

func (n *inlineNesting) note() {
	if sum := n.open[0] + n.open[1] + n.open[2] + n.open[3]; sum > n.max {
		n.max = sum
	}
}

// run counts a run of size delimiters c between the characters before
// and after it.
func (n *inlineNesting) run(c byte, size int, before, after rune) {
	spaceBefore, spaceAfter := isSpaceRune(before), isSpaceRune(after)
	punctBefore, punctAfter := isPunctRune(before), isPunctRune(after)
	left := !spaceAfter && (!punctAfter || spaceBefore || punctBefore)
	right := !spaceBefore && (!punctBefore || spaceAfter || punctAfter)
	canOpen, canClose := left, right
	k := 0
	switch c {
	case '_':
		canOpen = left && (!right || punctBefore)
		canClose = right && (!left || punctAfter)
		k = 1
	case '~':
		k = 2
	}
	if canClose {
		closed := min(n.open[k], size)
		n.open[k] -= closed
		size -= closed
	}
	if canOpen {
		n.open[k] += size
	}
}

// runeBefore is the character before s[i], a space at the start of the
// line.
func runeBefore(s string, i int) rune {
	if i == 0 {
		return ' '
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// runeAt is the character at s[i], a space at the end of the line.
func runeAt(s string, i int) rune {
	if i >= len(s) {
		return ' '
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func isSpaceRune(r rune) bool { return unicode.IsSpace(r) }

func isPunctRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIPunct(byte(r))
	}
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}
