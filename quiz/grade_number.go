package quiz

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// ParseNumber reads a number as a student types it. It accepts surrounding
// spaces, a trailing percent sign ("61.5%"), spaces or commas between
// thousands ("10 000", "1,000,000"), a comma as the decimal point when it
// is not followed by exactly three digits ("61,5"), and the minus sign −.
// A comma followed by exactly three digits separates thousands, so "61,500"
// is 61500.
func ParseNumber(s string) (float64, error) {
	t := strings.TrimSpace(s)
	t = strings.TrimSpace(strings.TrimSuffix(t, "%"))
	t = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r), r == '_', r == '\'':
			return -1
		case r == '−' || r == '–':
			return '-'
		}
		return r
	}, t)
	t = strings.TrimPrefix(t, "+")
	if strings.Contains(t, ",") {
		if strings.Contains(t, ".") || thousandsCommas(t) {
			t = strings.ReplaceAll(t, ",", "")
		} else if strings.Count(t, ",") == 1 {
			t = strings.Replace(t, ",", ".", 1)
		}
	}
	bad := t == "" || strings.ContainsFunc(t, func(r rune) bool {
		return !(r >= '0' && r <= '9' || r == '.' || r == '-' || r == '+' || r == 'e' || r == 'E')
	})
	if !bad {
		if v, err := strconv.ParseFloat(t, 64); err == nil && !math.IsInf(v, 0) && !math.IsNaN(v) {
			return v, nil
		}
	}
	return 0, fmt.Errorf("%q is not a number: answer with digits, like 42 or 61.5", clip(s))
}

// thousandsCommas reports whether every comma in s is followed by exactly
// three digits, as in 1,000,000.
func thousandsCommas(s string) bool {
	parts := strings.Split(s, ",")
	for _, p := range parts[1:] {
		if len(p) != 3 || strings.ContainsFunc(p, func(r rune) bool { return r < '0' || r > '9' }) {
			return false
		}
	}
	return true
}

// FormatNumber writes a score or a number of points for display: rounded
// to at most two decimals, without trailing zeros (0.33, 5.33, 7.5, 2).
// Numbers written in question files are shown with formatExact instead.
func FormatNumber(v float64) string {
	s := strconv.FormatFloat(v, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		return "0"
	}
	return s
}

// formatExact writes a number the shortest way that reads it back exactly,
// for the numbers a teacher wrote (answers, tolerances, ranges), which must
// be shown, saved and hashed as written.
func formatExact(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}
