package draft

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"brief/content"
	"brief/content/lint"
	"brief/internal/diag"
	"brief/quiz"
)

// The corpus is six articles written for these tests in the shapes real
// news takes (floods, a budget, elections, a space probe, a cricket match,
// a disease outbreak): thousands separators, "value added tax", months
// after "in", people with and without titles, places of two words. Every
// question drafted on them is checked for each way a draft has been
// wrong before; a wrong question is worse than a missing one.

// leadingSmallWords may not start a blank: the student would have to type
// "of Kolonnawa" for Kolonnawa.
var leadingSmallWords = map[string]bool{"of": true, "in": true, "at": true, "to": true, "from": true, "near": true,
	"on": true, "for": true, "by": true, "with": true, "the": true, "a": true, "an": true}

func TestDraftCorpusIsNeverWrong(t *testing.T) {
	paths, err := filepath.Glob("testdata/corpus/*.md")
	if err != nil || len(paths) < 6 {
		t.Fatalf("corpus: %d articles, %v", len(paths), err)
	}
	total := 0
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			md, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			dir, qs := draftPack(t, md)
			for _, d := range lint.Pack(os.DirFS(dir), "p") {
				if d.Severity != diag.Warning {
					t.Errorf("lint: %s", d)
				}
			}
			a, _ := content.ParseArticle("article.md", md)
			if len(qs) < 5 {
				t.Errorf("only %d questions drafted", len(qs))
			}
			for _, q := range qs {
				total++
				if why := usable(q, a); why != "" {
					t.Errorf("%s: %s", q.ID, why)
				}
				if why := wrongDraft(q); why != "" {
					t.Errorf("%s: %s\n  %s%s", q.ID, why, q.Text, q.Prompt)
				}
			}
		})
	}
	t.Logf("%d drafted questions checked", total)
}

// wrongDraft says how a drafted question is wrong, or "" if it is not.
func wrongDraft(q quiz.Question) string {
	switch q.Type {
	case quiz.Cloze:
		return wrongCloze(q)
	case quiz.Choice:
		return wrongWhoSaid(q)
	case quiz.Multi, quiz.TrueFalse, quiz.Short, quiz.Numeric, quiz.Order, quiz.Match:
	}
	return "a draft is a cloze or a who-said question, not " + string(q.Type)
}

// halfNumber finds a blank that cuts a number: a digit, or a separator
// and a digit, right outside the brackets.
var halfNumber = regexp.MustCompile(`\d[,.]?\[\[|\]\][,.]?\d`)

func wrongCloze(q quiz.Question) string {
	blanks := quiz.Blanks(q.Text)
	if len(blanks) != 1 {
		return "not one blank"
	}
	answer := blanks[0][0]
	kind, _, _ := strings.Cut(q.ID, "-")
	switch {
	case halfNumber.MatchString(q.Text):
		return "the blank cuts a number"
	case leadingSmallWords[strings.ToLower(strings.Fields(answer)[0])]:
		return "the blank starts with a small word: " + answer
	case kind == "place" && calendarWords[strings.ToLower(answer)]:
		return "a month or a day called a place: " + answer
	case (kind == "person" || kind == "name" || kind == "place") && q.Typos < 1:
		return "a name blank allows no typo"
	case (kind == "number" || kind == "year" || kind == "date") && q.Typos != 0:
		return "a number blank allows typos, so a wrong number would pass"
	case !strings.Contains(q.Explain, answer):
		return "explain does not give the answer: " + q.Explain
	}
	// One typo in a name is forgiven: the article's own may be misspelt.
	if kind == "person" || kind == "name" || kind == "place" {
		misspelt := answer[:len(answer)-1] + "x"
		if g := quiz.Grade(&q, quiz.Response{Text: []string{misspelt}}); g.Verdict != quiz.Right {
			return "one typo in " + answer + " is marked " + string(g.Verdict)
		}
	}
	return ""
}

func wrongWhoSaid(q quiz.Question) string {
	switch {
	case !strings.HasPrefix(q.Prompt, "Who ") && !strings.HasPrefix(q.Prompt, "According to whom"):
		return "a choice draft that is not a who-said question"
	case len(q.Options) < 3:
		return "fewer than three people to choose from"
	case len(q.Answers) != 1 || !slices.Contains(q.Options, q.Answers[0]):
		return "the answer is not among the options"
	case strings.Contains(strings.ToLower(q.Evidence), "value added") && strings.HasPrefix(q.Prompt, "Who added"):
		return `"value added tax" read as someone adding`
	}
	surname := q.Answers[0][strings.LastIndex(q.Answers[0], " ")+1:]
	if !strings.Contains(q.Evidence, surname) {
		return "the evidence does not name " + q.Answers[0]
	}
	return ""
}

// TestDraftAvoidsPastMistakes drafts on the very sentences that were
// drafted wrong before, in articles that give who-said questions enough
// people, and checks what comes out.
func TestDraftAvoidsPastMistakes(t *testing.T) {
	const people = "\n\nPresident Anura Dissanayake said the plan was sound.\n\nOpposition Leader Sajith Premadasa said the plan was weak.\n\nEconomist Dr Nishan Perera said the plan was late.\n"
	tests := map[string]struct {
		sentence string
		check    func(qs []quiz.Question) string
	}{
		"a number with a thousands separator is blanked whole": {
			"Heavy rain forced more than 12,000 people from their homes over the weekend in the district.",
			wantCloze("Heavy rain forced more than [[12,000]] people from their homes over the weekend in the district."),
		},
		"a number written with spaces is not blanked by halves": {
			"Heavy rain forced more than 12 000 people from their homes over the weekend in the district.",
			wantNone,
		},
		"no preposition in a name blank": {
			"Residents of Kolonnawa said the water reached the windows of their houses very quickly.",
			wantNone,
		},
		"value added tax is nobody adding": {
			"Finance Minister Anura Senanayake’s budget lowers the value added tax (VAT) on rice, flour and medicines from January.",
			wantNoWho,
		},
		"a month after in is not a place": {
			"The new rates will apply to every household in the country in January, the ministry said.",
			wantNoPlace,
		},
		"the head word of a two-word place is right": {
			"Water levels in the Kelani River are expected to remain high for the rest of the week.",
			wantRight("Kelani"),
		},
		"one typo in a name is forgiven": {
			"The regime of Chairman Kim Jung Un has not commented on the visit to the spaceport this week.",
			wantRight("Kim Jong Un"),
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			md := "---\ntitle: T\n---\n\n" + tc.sentence + people
			a, err := content.ParseArticle("article.md", []byte(md))
			if err != nil {
				t.Fatal(err)
			}
			var about []quiz.Question
			for _, q := range Questions(a) {
				if q.Evidence == tc.sentence {
					about = append(about, q)
				}
			}
			if why := tc.check(about); why != "" {
				t.Errorf("%s: %+v", why, about)
			}
		})
	}
}

func wantCloze(text string) func([]quiz.Question) string {
	return func(qs []quiz.Question) string {
		if len(qs) != 1 || qs[0].Text != text {
			return "want the cloze " + text
		}
		return ""
	}
}

func wantNone(qs []quiz.Question) string {
	for _, q := range qs {
		if why := wrongDraft(q); why != "" {
			return why
		}
	}
	return ""
}

func wantNoWho(qs []quiz.Question) string {
	for _, q := range qs {
		if q.Type == quiz.Choice {
			return "a who-said question: " + q.Prompt
		}
	}
	return wantNone(qs)
}

func wantNoPlace(qs []quiz.Question) string {
	for _, q := range qs {
		if strings.HasPrefix(q.ID, "place-") {
			return "a place question: " + q.Text
		}
	}
	return wantNone(qs)
}

func wantRight(typed string) func([]quiz.Question) string {
	return func(qs []quiz.Question) string {
		if len(qs) != 1 || qs[0].Type != quiz.Cloze {
			return "want one cloze"
		}
		if g := quiz.Grade(&qs[0], quiz.Response{Text: []string{typed}}); g.Verdict != quiz.Right {
			return typed + " is marked " + string(g.Verdict) + " for " + qs[0].Text
		}
		return wantNone(qs)
	}
}
