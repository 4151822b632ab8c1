package draft

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"brief/content"
	"brief/content/lint"
	"brief/content/webimport"
	"brief/internal/diag"
	"brief/quiz"
)

// draftPack writes an article and its drafted questions as a pack in a
// temporary folder, and returns the folder and the questions.
func draftPack(t testing.TB, md []byte) (string, []quiz.Question) {
	t.Helper()
	a, err := content.ParseArticle("article.md", md)
	if err != nil {
		t.Fatalf("article: %v", err)
	}
	qs := Questions(a)
	data, err := quiz.EncodeFile(qs)
	if err != nil {
		t.Fatalf("EncodeFile: %v", err)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "article.md"), md, 0o644)
	os.WriteFile(filepath.Join(dir, "article"+content.QuizSuffix), data, 0o644)
	return dir, qs
}

// usable reports why a drafted question is not one a teacher could keep
// after a glance, or "" if it is.
func usable(q quiz.Question, a *content.Article) string {
	switch {
	case !q.Draft:
		return "not marked draft"
	case q.Evidence == "" || !strings.Contains(strings.Join(content.PlainParagraphs(a.Body), " "), q.Evidence):
		return "evidence is not a sentence of the article"
	case q.Explain == "":
		return "no explain"
	case q.Section == "":
		return "no section"
	}
	if q.Type == quiz.Cloze {
		blanks := quiz.Blanks(q.Text)
		if len(blanks) != 1 {
			return "not one blank"
		}
		if n := len(strings.Fields(blanks[0][0])); n > 4 {
			return "blank of " + blanks[0][0]
		}
		if strings.HasPrefix(q.Text, "[[") {
			return "starts with the blank"
		}
	}
	if q.Type == quiz.Choice && len(q.Options) < 2 {
		return "one option"
	}
	return ""
}

func TestDraftOnTheSeed(t *testing.T) {
	data, err := os.ReadFile("../webimport/testdata/import/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	imp, err := webimport.ImportText("seed.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	md := imp.Markdown()
	dir, qs := draftPack(t, md)
	for _, d := range lint.Pack(os.DirFS(dir), "seed") {
		if d.Severity != diag.Warning || !strings.Contains(d.Msg, "draft question") {
			t.Errorf("lint: %s (want only draft warnings)", d)
		}
	}
	a, _ := content.ParseArticle("article.md", md)
	ids := map[string]bool{}
	good, who := 0, 0
	for _, q := range qs {
		if ids[q.ID] {
			t.Errorf("id %q used twice", q.ID)
		}
		ids[q.ID] = true
		if why := usable(q, a); why != "" {
			t.Errorf("question %s: %s", q.ID, why)
			continue
		}
		good++
		if strings.HasPrefix(q.Prompt, "Who ") || strings.HasPrefix(q.Prompt, "According to whom") {
			who++
		}
	}
	if good < 12 {
		t.Errorf("%d usable questions on the seed, want at least 12", good)
	}
	if who < 3 {
		t.Errorf("%d attribution questions; the seed reports what Kozarev, Sullivan, Peskov and Soigu said", who)
	}
}

func TestDraftFindsWhatTheArticleSays(t *testing.T) {
	p, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	byEvidence := map[string]quiz.Question{}
	for _, q := range Questions(p.Articles[0]) {
		byEvidence[q.Evidence] = q
	}
	tests := map[string]struct {
		evidence string
		want     string // the cloze text, or for choice questions prompt → answer
	}{
		"a date, either way round": {
			"After a four-year gap, both leaders met to cement their close relations on September 12 and 13.",
			"After a four-year gap, both leaders met to cement their close relations on [[September 12|12 September]] and 13.",
		},
		"a counted number, in words or digits": {
			"President Putin had to pass almost ten time zones all the way from Moscow to arrive at the remote destination for talks while the reclusive North Korean leader travelled by train for two days to cross the border.",
			"President Putin had to pass almost [[ten|10]] time zones all the way from Moscow to arrive at the remote destination for talks while the reclusive North Korean leader travelled by train for two days to cross the border.",
		},
		"a titled name without its 'of' place, the surname accepted": {
			"Having met the North Korean leader, President Putin flew off to receive another visiting ally, President Alexander Lukashenko of Belarus in the resort of Sochi in southern Russia.",
			"Having met the North Korean leader, President Putin flew off to receive another visiting ally, President [[Alexander Lukashenko|Lukashenko]] of Belarus in the resort of Sochi in southern Russia.",
		},
		"a possessive keeps its ’s outside the blank": {
			"China, a traditional strong ally of North Korea, has not so far publicly expressed its views on Chairman Kim’s visit to Russia.",
			"China, a traditional strong ally of North Korea, has not so far publicly expressed its views on Chairman [[Kim]]’s visit to Russia.",
		},
		"warned, with the speaker after the claim": {
			"But any deals regarding military and arms violate the imposed UN sanctions and would be met with serious consequences, warned US National Security Adviser (NSA) Jake Sullivan.",
			"Who warned that any deals regarding military and arms violate the imposed UN sanctions and would be met with serious consequences? → Jake Sullivan",
		},
		"hinted, with the speaker first": {
			"Russian Defence Minister Sergei Soigu hinted at the possibility of joint military exercises by China, Russia and North Korea in the region to counter Western military moves.",
			"Who hinted at the possibility of joint military exercises by China, Russia and North Korea in the region to counter Western military moves? → Sergei Soigu",
		},
		"according to, with a surname named earlier in full": {
			"According to Kozarev who currently resides in the United States, a superpower should not have approached an impoverished and isolated State for weapons.",
			"According to whom, a superpower should not have approached an impoverished and isolated State for weapons? → Andrey Kozarev",
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			q, ok := byEvidence[tc.evidence]
			if !ok {
				t.Fatalf("no question drafted on %q", tc.evidence)
			}
			got := q.Text
			if q.Type == quiz.Choice {
				got = q.Prompt + " → " + q.Answers[0]
			}
			if got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestDraftAlwaysPassesLint(t *testing.T) {
	tricky, err := os.ReadFile("testdata/tricky.md")
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string][]byte{
		"tricky punctuation and names": tricky,
		"no sentences":                 []byte("---\ntitle: Empty\n---\n"),
		"headings only":                []byte("---\ntitle: H\n---\n\n## One\n\n## Two\n"),
		"code and tables":              []byte("---\ntitle: C\n---\n\n```\nPresident Joe Bloggs said the code was in Paris in 2020.\n```\n\n| a | b |\n|---|---|\n| President Joe Bloggs said so in 2020 | x |\n"),
	}
	for name, md := range tests {
		t.Run(name, func(t *testing.T) {
			dir, _ := draftPack(t, md)
			for _, d := range lint.Pack(os.DirFS(dir), "p") {
				if d.Severity != diag.Warning {
					t.Errorf("lint: %s", d)
				}
			}
		})
	}
}

func FuzzDraftPassesLint(f *testing.F) {
	tricky, _ := os.ReadFile("testdata/tricky.md")
	seed, _ := os.ReadFile("../defaultpack/russia-dprk-summit-2023.md")
	f.Add(string(tricky))
	f.Add(string(seed))
	f.Fuzz(func(t *testing.T, md string) {
		a, err := content.ParseArticle("article.md", []byte(md))
		if err != nil {
			return
		}
		qs := Questions(a)
		data, err := quiz.EncodeFile(qs)
		if err != nil {
			t.Fatalf("drafted questions do not encode: %v", err)
		}
		mustParse(t, data)
		files := fstest.MapFS{"article.md": {Data: []byte(md)}, "article.quiz.yaml": {Data: data}}
		for _, d := range lint.Pack(files, "p") {
			if d.Severity != diag.Warning {
				t.Fatalf("lint: %s", d)
			}
		}
	})
}

func mustParse(t *testing.T, data []byte) []quiz.Question {
	qs, diags := quiz.ParseFile("article.quiz.yaml", data)
	for _, d := range diags {
		if d.Severity != diag.Warning {
			t.Fatalf("drafted file does not parse: %s\n%s", d, data)
		}
	}
	return qs
}

func BenchmarkDraft(b *testing.B) {
	p, err := content.Default()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		Questions(p.Articles[0])
	}
}
