package interchange

import (
	"os"
	"reflect"
	"strings"
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
	const path = "../defaultpack/russia-dprk-summit-2023.quiz.yaml"
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

func TestDefaultPackSurvivesYAMLToGIFTToYAML(t *testing.T) {
	const path = "../defaultpack/russia-dprk-summit-2023.quiz.yaml"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	qs, diags := quiz.ParseFile(path, data)
	if len(qs) == 0 || len(diags) != 0 {
		t.Fatalf("default pack: %d questions, diagnostics %q", len(qs), diagStrings(diags))
	}
	gift, _ := EncodeGIFT(qs)
	imported, diags := ParseGIFT("pack.gift", gift)
	if len(diags) != 0 {
		t.Fatalf("reading the GIFT export back: %q", diagStrings(diags))
	}
	yamlOut, err := quiz.EncodeFile(imported)
	if err != nil {
		t.Fatalf("writing the import as YAML: %v", err)
	}
	back, diags := quiz.ParseFile("imported.quiz.yaml", yamlOut)
	if len(diags) != 0 {
		t.Fatalf("reading the imported YAML: %q", diagStrings(diags))
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

func TestImportedSamplesLoadAsQuestionFiles(t *testing.T) {
	for _, path := range []string{"testdata/gift/sample.gift", "testdata/aiken/sample.aiken.txt"} {
		t.Run(path, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			parse := ParseGIFT
			if strings.HasSuffix(path, ".aiken.txt") {
				parse = ParseAiken
			}
			qs, _ := parse(path, data)
			out, err := quiz.EncodeFile(qs)
			if err != nil {
				t.Fatalf("the import does not load: %v\n%s", err, out)
			}
			back, diags := quiz.ParseFile("imported.quiz.yaml", out)
			if len(diags) != 0 {
				t.Fatalf("reading the import: %q\n%s", diagStrings(diags), out)
			}
			if len(back) != len(qs) {
				t.Fatalf("%d questions loaded, want %d", len(back), len(qs))
			}
			for i := range qs {
				if got, want := giftKept(back[i]), giftKept(qs[i]); !reflect.DeepEqual(got, want) {
					t.Errorf("question %s changed:\n got %+v\nwant %+v", qs[i].ID, got, want)
				}
			}
		})
	}
}
