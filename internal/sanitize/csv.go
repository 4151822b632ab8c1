package sanitize

import "strings"

// CSVCell keeps a spreadsheet from reading a text field as a formula (CSV
// injection): a field that starts with = + - @, a tab or a carriage
// return gets a ' in front, as OWASP advises.
func CSVCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
