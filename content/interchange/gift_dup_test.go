package interchange

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"brief/internal/diag"
	"brief/quiz"
)

// TestParseGIFTDuplicateTitles: every question titled the same gets the
// title's id with the next free suffix, and never an id a question asks
// for by name. 20,000 of them took 75 s; the first 2,000 are read.
func TestParseGIFTDuplicateTitles(t *testing.T) {
	const n = 20000
	src := strings.Repeat("::T::Q{T}\n\n", n)
	qs, diags := ParseGIFT("dup.gift", []byte(src))
	if len(qs) != quiz.MaxQuestionsPerFile {
		t.Fatalf("%d questions, want the first %d", len(qs), quiz.MaxQuestionsPerFile)
	}
	for i, q := range qs {
		want := "t"
		if i > 0 {
			want = "t-" + strconv.Itoa(i+1)
		}
		if q.ID != want {
			t.Fatalf("question %d has id %q, want %q", i+1, q.ID, want)
		}
	}
	if len(diags) != quiz.MaxQuestionsPerFile {
		t.Fatalf("%d diagnostics, want a warning for each of the %d repeats read, then the limit", len(diags), quiz.MaxQuestionsPerFile-1)
	}
	if err := firstErrorOf(diags); err == nil || err.Error() != "dup.gift:4001:1: over the limit of 2000 questions in one file (this is question 2001): split the file into smaller ones" {
		t.Errorf("error %v, want the limit at the 2001st question", err)
	}

	qs, _ = ParseGIFT("dup.gift", []byte("::T::A{T}\n\n// [id:t-2]\nB{T}\n\n::T::C{T}\n\n::T::D{T}\n"))
	var got []string
	for _, q := range qs {
		got = append(got, q.ID)
	}
	if want := []string{"t", "t-2", "t-3", "t-4"}; !slices.Equal(got, want) {
		t.Errorf("ids %q, want %q", got, want)
	}
}

// BenchmarkGIFTDuplicateTitles reads a bank whose questions all have the
// same title: renaming the repeats must stay linear.
func BenchmarkGIFTDuplicateTitles(b *testing.B) {
	bank := []byte(strings.Repeat("::T::Q{T}\n\n", 2000))
	b.SetBytes(int64(len(bank)))
	for b.Loop() {
		ParseGIFT("dup.gift", bank)
	}
}

// firstErrorOf is the first error-severity diagnostic, or nil.
func firstErrorOf(diags []*diag.Diagnostic) *diag.Diagnostic {
	for _, d := range diags {
		if d.Severity == diag.Error {
			return d
		}
	}
	return nil
}
