package diag

import "testing"

// TestSizeText: sizes in messages are in KiB or MiB, never a count of
// bytes a reader must divide, and a size over a limit never reads as
// the limit.
func TestSizeText(t *testing.T) {
	tests := map[int]string{
		512:       "512 bytes",
		1 << 10:   "1 KiB",
		1<<20 - 1: "1 MiB",
		1 << 20:   "1 MiB",
		4 << 20:   "4 MiB",
		4<<20 + 1: "4.1 MiB",
		5 << 20:   "5 MiB",
		100 << 20: "100 MiB",
	}
	for n, want := range tests {
		if got := SizeText(n); got != want {
			t.Errorf("SizeText(%d) = %q, want %q", n, got, want)
		}
	}
}
