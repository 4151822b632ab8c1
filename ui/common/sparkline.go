package common

import (
	"math"
	"strings"
)

// SparkBlocks are the eight heights of a sparkline, lowest first.
var SparkBlocks = []rune("▁▂▃▄▅▆▇█")

// sparkGap stands for a value that is missing (a day without answers), so
// that it cannot be mistaken for a low one.
const sparkGap = '·'

// Sparkline draws one character per value, a percentage from 0 (▁) to
// 100 (█); where present is false it draws sparkGap. Values outside 0-100
// are clamped.
func Sparkline(percents []float64, present []bool) string {
	var b strings.Builder
	for i, p := range percents {
		if !present[i] || math.IsNaN(p) {
			b.WriteRune(sparkGap)
			continue
		}
		level := int(math.Round(min(max(p, 0), 100) / 100 * float64(len(SparkBlocks)-1)))
		b.WriteRune(SparkBlocks[level])
	}
	return b.String()
}

// The characters of a progress bar: the share done and the rest. They
// differ in shape, not only colour, so bars read without colour.
const (
	barFull  = '█'
	barEmpty = '░'
)

// Bar draws fraction (0-1) of width cells full and the rest empty; it
// returns the two parts so they can be styled apart.
func Bar(fraction float64, width int) (full, empty string) {
	if width <= 0 {
		return "", ""
	}
	if math.IsNaN(fraction) {
		fraction = 0
	}
	n := int(math.Round(min(max(fraction, 0), 1) * float64(width)))
	return strings.Repeat(string(barFull), n), strings.Repeat(string(barEmpty), width-n)
}
