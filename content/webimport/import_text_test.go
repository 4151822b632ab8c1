package webimport

import (
	"os"
	"strings"
	"testing"
	"time"

	"brief/content"
	"brief/internal/sanitize/sanitizetest"
)

// The seed is the Sunday Observer article as a browser saves it as text:
// title, "by admin", a date line with counters, the byline in capitals,
// the article with its section headings as bare lines and one paragraph
// broken in two by the page, then the site's footer.
func TestImportTextSeedGivesTheEmbeddedArticle(t *testing.T) {
	data, err := os.ReadFile("testdata/import/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	imp, err := ImportText("seed.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	got, want, wantData := againstEmbedded(t, imp)
	if got.Body != want.Body {
		t.Errorf("body differs from the embedded article:\n%s", showDifference(got.Body, want.Body))
	}
	// The raw file body too, byte for byte, not only after parsing.
	if gotRaw, wantRaw := afterFrontMatter(string(imp.Markdown())), afterFrontMatter(string(wantData)); gotRaw != wantRaw {
		t.Errorf("file body differs:\n%s", showDifference(gotRaw, wantRaw))
	}
	if got.Title != want.Title {
		t.Errorf("title %q, want %q", got.Title, want.Title)
	}
	if !got.Published.Equal(want.Published) || !got.Published.Equal(time.Date(2023, 9, 17, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("published %v, want %v", got.Published, want.Published)
	}
	// The page prints the byline in capitals without a space after the
	// initial ("BY FAZLI M.AUFF"); title-casing keeps what the text says,
	// so it differs from the embedded "Fazli M. Auff" by that space.
	if got.Byline != "Fazli M.Auff" {
		t.Errorf("byline %q, want %q", got.Byline, "Fazli M.Auff")
	}
	if len(got.Sections) != len(want.Sections) {
		t.Errorf("%d sections, want %d", len(got.Sections), len(want.Sections))
	}
}

// againstEmbedded parses an imported copy of the default article under
// the embedded one's id, and the embedded article, for comparing them.
func againstEmbedded(t *testing.T, imp *ImportedArticle) (got, want *content.Article, wantData []byte) {
	t.Helper()
	imp.ID = "russia-dprk-summit-2023"
	got, err := content.ParseArticle("imported.md", imp.Markdown())
	if err != nil {
		t.Fatalf("the imported article does not parse: %v\n%s", err, imp.Markdown())
	}
	wantData, err = os.ReadFile("../defaultpack/russia-dprk-summit-2023.md")
	if err != nil {
		t.Fatal(err)
	}
	want, err = content.ParseArticle("embedded.md", wantData)
	if err != nil {
		t.Fatal(err)
	}
	return got, want, wantData
}

// afterFrontMatter returns a file's text after its closing "---" line.
func afterFrontMatter(s string) string {
	_, rest, _ := strings.Cut(strings.TrimPrefix(s, "---\n"), "\n---\n")
	return rest
}

// showDifference shows where two texts part, for a readable failure.
func showDifference(got, want string) string {
	i := sanitizetest.FirstDifference(got, want)
	from := max(0, i-60)
	return "got:  …" + got[from:min(len(got), i+60)] + "…\nwant: …" + want[from:min(len(want), i+60)] + "…"
}

func TestImportTextShapes(t *testing.T) {
	tests := map[string]struct {
		in         string
		wantBody   string
		wantByline string
		wantDate   string
	}{
		"chrome dropped": {
			in: "Title here\n\nShare this\n\n12 views\n\nFirst paragraph.\n\nCall Us : (+94) 112 429 361\n\n" +
				"Contact [email protected] today\n\nSecond paragraph.\n\nsite-logo\n\n© 2023 Site. All Rights Reserved\n",
			wantBody: "First paragraph.\n\nSecond paragraph.",
		},
		"footer cuts the rest": {
			in:       "T\n\nBody text.\n\nLeave a Comment\n\nA paragraph from another article.\n",
			wantBody: "Body text.",
		},
		"heading between paragraphs": {
			in:       "T\n\nOne.\n\nThe Aftermath\n\nTwo.\n\nNot a heading at the end\n",
			wantBody: "One.\n\n## The Aftermath\n\nTwo.\n\nNot a heading at the end",
		},
		"heading needs a paragraph before it": {
			in:       "T\n\nIntroduction\n\nOne.\n",
			wantBody: "Introduction\n\nOne.",
		},
		"broken paragraph joined": {
			in:       "T\n\nThe talks ended. Labourers\n\nfrom the north are working.\n",
			wantBody: "The talks ended. Labourers from the north are working.",
		},
		"heading with no blank line around it": {
			in:       "T\n\nOne.\n\nFunding\nThe project will cost 12 million euros.\n",
			wantBody: "One.\n\n## Funding\n\nThe project will cost 12 million euros.",
		},
		"heading after a sentence inside a block": {
			in:       "T\n\nOne ends here.\nCritics\nLocal shop owners object.\n",
			wantBody: "One ends here.\n\n## Critics\n\nLocal shop owners object.",
		},
		"a wrapped line that looks like a heading is not one": {
			in:       "T\n\nThe summit was held at the\nVostochny Cosmodrome\nNear the border, it lasted two days.\n",
			wantBody: "The summit was held at the Vostochny Cosmodrome Near the border, it lasted two days.",
		},
		"wrapped lines joined": {
			in:       "T\n\nA paragraph wrapped\nover two lines.\n",
			wantBody: "A paragraph wrapped over two lines.",
		},
		"markdown structure escaped": {
			in:       "T\n\n# not a heading\n\n1. not a list\n\n- not an item\n",
			wantBody: "\\# not a heading\n\n1\\. not a list\n\n\\- not an item",
		},
		"meta lines": {
			in:         "T\n\nBy Jane O'NEILL\n\n17 Sept 2023\n\nText.\n",
			wantBody:   "Text.",
			wantByline: "Jane O'NEILL",
			wantDate:   "2023-09-17",
		},
		"shouting byline and ISO date": {
			in:         "T\n\nBY JANE O'NEILL-SMITH\n2023-01-05 10:00\n\nText.\n",
			wantBody:   "Text.",
			wantByline: "Jane O'Neill-Smith",
			wantDate:   "2023-01-05",
		},
		"a publishing account's line does not win over the writer's byline": {
			in:         "T\n\nby webdesk\nSeptember 17, 2023 1:08 am 0 comment 1.3K views\n\nBY FAZLI M.AUFF\n\nText.\n",
			wantBody:   "Text.",
			wantByline: "Fazli M.Auff",
			wantDate:   "2023-09-17",
		},
		"any account name, on any line before the story": {
			in:         "T\n\nby sunday-observer-online\n\nBy Jane Reporter\n\nby editor\n\nText.\n",
			wantBody:   "Text.",
			wantByline: "Jane Reporter",
		},
		"an account line alone gives no byline": {
			in:       "T\n\nby newsroom2\n\nText.\n",
			wantBody: "Text.",
		},
		"a lone capitalised name is a byline until a fuller one comes": {
			in:         "T\n\nby Reuters\n\nBY JANE REPORTER\n\nText.\n",
			wantBody:   "Text.",
			wantByline: "Jane Reporter",
		},
		"a lone capitalised name alone is the byline": {
			in:         "T\n\nby Reuters\n\nText.\n",
			wantBody:   "Text.",
			wantByline: "Reuters",
		},
		"a role in capitals is an account too": {
			in:       "T\n\nBY ADMIN\n\nText.\n",
			wantBody: "Text.",
		},
		"date inside the body is text": {
			in:       "T\n\nText.\n\nSeptember 17, 2023 was a Sunday.\n",
			wantBody: "Text.\n\nSeptember 17, 2023 was a Sunday.",
		},
		"long line with an address is text": {
			in:       "T\n\nReaders may write to letters@example.com with their views on the summit and on what the two leaders agreed.\n",
			wantBody: "Readers may write to letters@example.com with their views on the summit and on what the two leaders agreed.",
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			a, err := ImportText("in.txt", []byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if a.Body != tc.wantBody {
				t.Errorf("body:\n%q\nwant:\n%q", a.Body, tc.wantBody)
			}
			if a.Byline != tc.wantByline {
				t.Errorf("byline %q, want %q", a.Byline, tc.wantByline)
			}
			date := ""
			if !a.Published.IsZero() {
				date = a.Published.Format("2006-01-02")
			}
			if date != tc.wantDate {
				t.Errorf("published %q, want %q", date, tc.wantDate)
			}
			if _, err := content.ParseArticle("in.md", a.Markdown()); err != nil {
				t.Errorf("the article file does not parse: %v", err)
			}
		})
	}
}

func TestImportTextRefuses(t *testing.T) {
	tests := map[string]struct {
		in   []byte
		want string
	}{
		"empty":        {[]byte("\n\n  \n"), "in.txt:1:1: the file is empty"},
		"title only":   {[]byte("Title\n\nShare\n"), `no article text found after the title "Title"`},
		"invalid utf8": {[]byte("Title\n\nab\xffcd\n"), "in.txt:3:3: the file is not valid UTF-8 text"},
		"too large":    {make([]byte, content.MaxFileSize+1), "file is 4.1 MiB, over the limit of 4 MiB for an article"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := ImportText("in.txt", tc.in)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want one saying %q", err, tc.want)
			}
		})
	}
}
