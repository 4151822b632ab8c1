package content

import (
	"strconv"
	"strings"

	"github.com/Masterminds/semver/v3"
)

// CompareVersions orders two pack versions by semantic-versioning rules,
// with Masterminds/semver: "1.2.10" comes after "1.2.9", "1.0.0-beta"
// before "1.0.0", and a leading v or missing parts are allowed ("v2" is
// 2.0.0, "1.0" is 1.0.0). It returns -1, 0 or 1. A version semver cannot
// read (four numbers, say, which lint still allows) is ordered part by
// part, numbers as numbers.
func CompareVersions(a, b string) int {
	va, errA := semver.NewVersion(strings.TrimSpace(a))
	vb, errB := semver.NewVersion(strings.TrimSpace(b))
	if errA == nil && errB == nil {
		return va.Compare(vb)
	}
	return comparePartwise(a, b)
}

// comparePartwise orders versions semver cannot read: numeric parts
// compare as numbers, others as text, and a missing part counts as less.
func comparePartwise(a, b string) int {
	split := func(s string) []string {
		return strings.FieldsFunc(strings.TrimPrefix(strings.TrimSpace(s), "v"), func(r rune) bool {
			return r == '.' || r == '-' || r == '+'
		})
	}
	pa, pb := split(a), split(b)
	for i := 0; i < len(pa) || i < len(pb); i++ {
		if i >= len(pa) {
			return -1
		}
		if i >= len(pb) {
			return 1
		}
		na, errA := strconv.ParseUint(pa[i], 10, 64)
		nb, errB := strconv.ParseUint(pb[i], 10, 64)
		switch {
		case errA == nil && errB == nil:
			if na != nb {
				if na < nb {
					return -1
				}
				return 1
			}
		case pa[i] != pb[i]:
			if pa[i] < pb[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}
