package content

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"brief/quiz"
)

func TestIDSetUnique(t *testing.T) {
	long := strings.Repeat("abcdefghi-", 6) + "abcd" // 64 characters, the most an id may have
	repeat := func(id string, n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = id
		}
		return out
	}
	suffixed := func(stem string, n int) []string { // stem, stem-2 … stem-n
		out := []string{stem}
		for i := 2; i <= n; i++ {
			out = append(out, stem+"-"+strconv.Itoa(i))
		}
		return out
	}
	tests := map[string]struct {
		ask  []string
		want []string
	}{
		"distinct ids are kept": {
			ask: []string{"a", "b", "c"}, want: []string{"a", "b", "c"},
		},
		"repeats count up": {
			ask: []string{"t", "t", "t"}, want: []string{"t", "t-2", "t-3"},
		},
		"an id already taken is skipped": {
			ask: []string{"t-2", "t", "t", "t"}, want: []string{"t-2", "t", "t-3", "t-4"},
		},
		"a later id taken by a suffix is renamed too": {
			ask: []string{"t", "t", "t-2"}, want: []string{"t", "t-2", "t-2-2"},
		},
		"a suffix never makes an id too long": {
			ask:  []string{long, long, "z", long},
			want: []string{long, long[:58] + "-2", "z", long[:58] + "-3"},
		},
		"ids that share a long stem share its counter": {
			ask:  []string{long, long[:63] + "x", long, long[:63] + "x"},
			want: []string{long, long[:63] + "x", long[:58] + "-2", long[:58] + "-3"},
		},
		// 20,000 repeats took minutes when each one tried every suffix from 2.
		"20,000 repeats": {
			ask: repeat("t", 20000), want: suffixed("t", 20000),
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			ids := newIDSet()
			var got []string
			for _, id := range tc.ask {
				got = append(got, ids.unique(id))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %.10q…, want %.10q…", got, tc.want)
			}
			for _, id := range got {
				if len(id) > quiz.MaxIDLen {
					t.Errorf("id %q is longer than %d", id, quiz.MaxIDLen)
				}
			}
		})
	}
}

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
	if err := firstError(diags); err == nil || err.Error() != "dup.gift:4001:1: over the limit of 2000 questions in one file (this is question 2001): split the file into smaller ones" {
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
