package content

import (
	"testing"
	"testing/fstest"
)

// TestSizeText: sizes in messages are in KiB or MiB, never a count of
// bytes a reader must divide, and a size over a limit never reads as
// the limit.
func TestSizeText(t *testing.T) {
	tests := map[int]string{
		512:             "512 bytes",
		1 << 10:         "1.0 KiB",
		1<<20 - 1:       "1.0 MiB",
		MaxFileSize:     "4.0 MiB",
		MaxFileSize + 1: "4.1 MiB",
		5 << 20:         "5.0 MiB",
	}
	for n, want := range tests {
		if got := SizeText(n); got != want {
			t.Errorf("SizeText(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestPackFileOverTheLimitSaysMiB: a pack file over the size brief reads
// is refused in MiB.
func TestPackFileOverTheLimitSaysMiB(t *testing.T) {
	fsys := fstest.MapFS{"a.md": {Data: make([]byte, MaxFileSize+1)}}
	_, err := ReadFile(fsys, "a.md", "p/a.md")
	if want := "p/a.md:1:1: file is over the limit of 4 MiB"; err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
}
