package interchange

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkParseGIFT reads a question bank of a few hundred questions, the
// size of a large Moodle export.
func BenchmarkParseGIFT(b *testing.B) {
	data, err := os.ReadFile("testdata/gift/sample.gift")
	if err != nil {
		b.Fatal(err)
	}
	bank := []byte(strings.Repeat(string(data)+"\n\n", 25))
	b.SetBytes(int64(len(bank)))
	for b.Loop() {
		ParseGIFT("bank.gift", bank)
	}
}

// BenchmarkParseGIFTLongQuestion reads one question of almost 4 MiB, the
// most a pack file may hold: memory should stay a small multiple of it.
func BenchmarkParseGIFTLongQuestion(b *testing.B) {
	bank := []byte("Q? {=" + strings.Repeat("a", 4<<20-100) + " ~b}\n")
	b.SetBytes(int64(len(bank)))
	b.ReportAllocs()
	for b.Loop() {
		ParseGIFT("long.gift", bank)
	}
}
