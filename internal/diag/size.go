package diag

import (
	"fmt"
	"math"
	"strconv"
)

// SizeText is a size in bytes as messages say it: in MiB or KiB with at
// most one decimal, rounded up so that a file over a limit never reads as the
// limit itself (4 MiB and one byte is "4.1 MiB"), and in bytes under
// one KiB.
func SizeText(n int) string {
	if n < 1<<10 {
		return fmt.Sprintf("%d bytes", n)
	}
	if kib := math.Ceil(float64(n)*10/(1<<10)) / 10; kib < 1024 {
		return strconv.FormatFloat(kib, 'f', -1, 64) + " KiB"
	}
	return strconv.FormatFloat(math.Ceil(float64(n)*10/(1<<20))/10, 'f', -1, 64) + " MiB"
}
