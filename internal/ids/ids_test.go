package ids

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
			ids := NewSet()
			var got []string
			for _, id := range tc.ask {
				got = append(got, ids.Unique(id))
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
