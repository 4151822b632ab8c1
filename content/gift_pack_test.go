package content

import (
	"os"
	"reflect"
	"testing"

	"brief/quiz"
)

// giftExpressible reports whether GIFT can hold q: every type but order,
// and cloze only with one blank that has text after it.
func giftExpressible(q quiz.Question) bool {
	switch q.Type {
	case quiz.Order:
		return false
	case quiz.Cloze:
		segs, err := quiz.ParseCloze(q.Text)
		return err == nil && len(quiz.Blanks(q.Text)) == 1 && !segs[len(segs)-1].IsBlank()
	}
	return true
}

func TestDefaultPackSurvivesGIFT(t *testing.T) {
	const path = "defaultpack/russia-dprk-summit-2023.quiz.yaml"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	qs, diags := quiz.ParseFile(path, data)
	if len(qs) == 0 || len(diags) != 0 {
		t.Fatalf("default pack: %d questions, diagnostics %q", len(qs), diagStrings(diags))
	}
	gift, _ := EncodeGIFT(qs)
	back, diags := ParseGIFT("pack.gift", gift)
	if len(diags) != 0 {
		t.Fatalf("reading the GIFT export back: %q", diagStrings(diags))
	}
	var want []quiz.Question
	for _, q := range qs {
		if giftExpressible(q) {
			want = append(want, giftKept(q))
		}
	}
	if len(back) != len(want) {
		t.Fatalf("%d of %d questions came back, want %d", len(back), len(qs), len(want))
	}
	for i := range want {
		if got := giftKept(back[i]); !reflect.DeepEqual(got, want[i]) {
			t.Errorf("question %s changed:\n got %+v\nwant %+v", want[i].ID, got, want[i])
		}
	}
}
