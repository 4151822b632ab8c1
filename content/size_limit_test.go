package content

import (
	"testing"
	"testing/fstest"
)

// TestPackFileOverTheLimitSaysMiB: a pack file over the size brief reads
// is refused in MiB.
func TestPackFileOverTheLimitSaysMiB(t *testing.T) {
	fsys := fstest.MapFS{"a.md": {Data: make([]byte, MaxFileSize+1)}}
	_, err := ReadFile(fsys, "a.md", "p/a.md")
	if want := "p/a.md:1:1: file is over the limit of 4 MiB"; err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
}
