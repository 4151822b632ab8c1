package quiz

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/quiz"
	"brief/ui/common"
)

// interfaceGlyphs are the Unicode characters the quiz and results
// screens draw with in a Unicode style: none may show in the ASCII one.
// The pack's own text (curly quotes, dashes) is not among them.
const interfaceGlyphs = "▸─█░…·✓✗◐↑↓→←⏱▲▼•●○⚑⌫"

// helpShown reports whether a quiz or results screen shows its full
// help.
func helpShown(s common.Screen) bool {
	switch s := s.(type) {
	case *Screen:
		return s.help.ShowAll
	case *ResultsScreen:
		return s.help.ShowAll
	}
	return false
}

// plainTheme is the theme of the ascii and notty styles.
func plainTheme() common.ThemeMsg {
	return common.ThemeMsg{Theme: common.Theme{Styles: common.PlainStyles()}}
}

// asciiQuizStates are the quiz and results screens in each of their
// states, drawn in the plain styles as a terminal without colour gets
// them (a ThemeMsg after the screen opened), and a text each state must
// show at 80x24 in its ASCII stand-ins, so that a blank screen cannot
// pass.
func asciiQuizStates(t *testing.T) map[string]struct {
	s    common.Screen
	want string
} {
	t.Helper()
	states := map[string]struct {
		s    common.Screen
		want string
	}{}
	add := func(name string, s common.Screen, want string) {
		s.Update(plainTheme())
		states[name] = struct {
			s    common.Screen
			want string
		}{s, want}
	}
	answer := map[string]struct {
		id   string
		keys []string
		want string
	}{
		"choice":    {"venue", []string{"down"}, "> B) "},
		"truefalse": {"food-aid-hedged", nil, "> A) True"},
		"multi":     {"crucial-time", []string{"down", "space"}, "> [x] B) "},
		"short":     {"sullivan", qzType("jake"), "> jake"},
		"numeric":   {"last-meeting", qzType("20"), "> 20"},
		"cloze":     {"summit-dates", append(qzType("four"), "tab"), "2 > "},
		"order":     {"timeline", []string{"down", "K"}, "> 1. "},
		"match":     {"who-said-what", []string{"b"}, "-> B) "},
	}
	for name, a := range answer {
		q := newTestQuiz(t, Config{}, a.id)
		qzPress(q, a.keys...)
		add("answer "+name, q, a.want)
	}
	feedback := map[string]struct {
		id   string
		keys func(it *quiz.SessionItem) []string
		want string
	}{
		"choice wrong":  {"venue", wrongKeys, `From the article: "`},
		"match wrong":   {"who-said-what", wrongKeys, " -> "},
		"order partly":  {"timeline", partialKeys, "PARTLY - "},
		"cloze partly":  {"summit-dates", func(it *quiz.SessionItem) []string { return append(qzType("four"), "enter", "enter", "enter", "enter") }, "WRONG blank 2: (nothing): wrong; the answer is 12"},
		"multi right":   {"crucial-time", rightKeys, "RIGHT - "},
		"short skipped": {"sullivan", func(*quiz.SessionItem) []string { return []string{"ctrl+s"} }, "ANSWER SHOWN - "},
	}
	for name, f := range feedback {
		q := newTestQuiz(t, Config{SavingNotice: "scores are not saved"}, f.id)
		qzPress(q, f.keys(q.item())...)
		add("feedback "+name, q, f.want)
	}
	exam := newTestQuiz(t, Config{Exam: true, TimeLimit: 10 * time.Minute}, "venue", "sullivan", "timeline")
	qzPress(exam, "!")
	add("exam question", exam, "time 10:00")
	flagged := newTestQuiz(t, Config{Exam: true}, "venue", "sullivan", "timeline")
	qzPress(flagged, "!")
	add("exam flagged", flagged, "! flagged")
	list := newTestQuiz(t, Config{Exam: true}, "venue", "sullivan", "timeline")
	qzPress(list, rightKeys(list.item())...)
	qzPress(list, "!", "l")
	add("exam overview", list, "* answered")
	handIn := newTestQuiz(t, Config{Exam: true}, "venue", "timeline")
	qzPress(handIn, "S")
	add("exam hand in", handIn, "Hand in your answers?")
	st := testStore(t)
	leaveUnfinished(t, st)
	add("resume offer", offered(t, st), "r resume it - n start")
	leave := newTestQuiz(t, Config{}, "venue", "sullivan", "timeline")
	qzPress(leave, rightKeys(leave.item())...)
	qzPress(leave, "esc")
	add("leave", leave, "y leave - n stay")
	helpOpen := newTestQuiz(t, Config{}, "who-said-what")
	qzPress(helpOpen, "?")
	add("quiz full help", helpOpen, "left/right")

	add("results", finishedResults(t, Config{}, []string{"sullivan", "timeline"}, "venue", "sullivan", "timeline", "roles"), "SKIPPED ")
	add("results full marks", finishedResults(t, Config{}, nil, "venue", "roles"), " Nothing missed: full marks.")
	review := finishedResults(t, Config{}, nil, "venue", "timeline", "who-said-what")
	for i := range review.cfg.Session.Items[1:] {
		it := &review.cfg.Session.Items[i+1]
		q := newTestQuiz(t, Config{}, it.Q.ID)
		qzPress(q, wrongKeys(q.item())...)
		review.cfg.Session.Answer(i+1, q.item().Response)
	}
	review.setKeys()
	qzPress(review, "r")
	add("results review", review, "WRONG 1. ")
	resultsHelp := finishedResults(t, Config{}, []string{"sullivan"}, "venue", "sullivan")
	qzPress(resultsHelp, "?")
	add("results full help", resultsHelp, "up/k")
	return states
}

// In the ascii and notty styles the quiz and results screens draw no
// Unicode glyph of their own and no colour, at a roomy and a small size.
func TestQuizScreensDrawASCII(t *testing.T) {
	for name, st := range asciiQuizStates(t) {
		t.Run(name, func(t *testing.T) {
			for _, size := range [][2]int{{80, 24}, {40, 12}} {
				st.s.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				raw := st.s.View()
				if colourSGR.MatchString(raw) {
					t.Errorf("%dx%d: drawn in colour: %q", size[0], size[1], colourSGR.FindString(raw))
				}
				view := ansi.Strip(raw)
				for i, line := range strings.Split(view, "\n") {
					if strings.ContainsAny(line, interfaceGlyphs) {
						t.Errorf("%dx%d: line %d draws a Unicode glyph: %q", size[0], size[1], i, line)
					}
				}
				if size[0] == 80 && !strings.Contains(view, st.want) {
					t.Errorf("%dx%d: no %q:\n%s", size[0], size[1], st.want, view)
				}
			}
		})
	}
}

// Every glyph of the ASCII set is ASCII, new ones included.
func TestASCIIGlyphsAreASCII(t *testing.T) {
	g := reflect.ValueOf(common.PlainStyles().Glyphs())
	for i := range g.NumField() {
		name, text := g.Type().Field(i).Name, fmt.Sprint(g.Field(i).Interface())
		if g.Field(i).Kind() == reflect.Slice {
			text = string(g.Field(i).Interface().([]rune))
		}
		if !isASCII(text) {
			t.Errorf("%s is %q", name, text)
		}
		if strings.TrimSpace(text) == "" && name != "NoValue" {
			t.Errorf("%s is blank", name)
		}
	}
}

// The answers in the feedback read as the quiz package writes them in
// Unicode, and with ASCII arrows and dashes in ASCII.
func TestAnswerTextFollowsTheGlyphs(t *testing.T) {
	_, a := defaultArticle(t)
	tests := map[string]struct {
		id   string
		keys func(it *quiz.SessionItem) []string
		want string // in ASCII
	}{
		"order":          {"timeline", wrongKeys, " -> "},
		"match":          {"who-said-what", wrongKeys, " -> "},
		"cloze, a blank": {"summit-dates", func(*quiz.SessionItem) []string { return append(qzType("four"), "enter", "enter", "enter", "enter") }, "September [-] and [-]"},
		"choice":         {"venue", wrongKeys, ""},
		"short":          {"sullivan", wrongKeys, "zzzz"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			q := newTestQuiz(t, Config{}, tc.id)
			qzPress(q, tc.keys(q.item())...)
			it := q.item()
			if it.Result == nil {
				t.Fatal("the keys gave no answer")
			}
			uni, ascii := common.UnicodeGlyphs, common.PlainStyles().Glyphs()
			if got, want := answerText(uni, it.Q, it.Response), quiz.FormatAnswer(it.Q, it.Response); got != want {
				t.Errorf("answer in Unicode %q, the quiz package writes %q", got, want)
			}
			if got, want := correctText(uni, it.Q, it.Result.Correct), quiz.CorrectAnswer(it.Q); got != want {
				t.Errorf("right answer in Unicode %q, the quiz package writes %q", got, want)
			}
			given, right := answerText(ascii, it.Q, it.Response), correctText(ascii, it.Q, it.Result.Correct)
			for _, text := range []string{given, right} {
				if strings.ContainsAny(text, "→—") {
					t.Errorf("ASCII answer %q has a Unicode arrow or dash", text)
				}
			}
			if !strings.Contains(given, tc.want) {
				t.Errorf("ASCII answer %q lacks %q", given, tc.want)
			}
		})
	}
	// A skipped answer says so in either set.
	it := itemByID(sessionOf(t, a, "timeline"), "timeline")
	if got := answerText(common.ASCIIGlyphs, it.Q, quiz.Response{Skipped: true}); got != "(skipped)" {
		t.Errorf("skipped order answer reads %q", got)
	}
}

// On a small terminal the full help of the quiz turns its pages with ?:
// each page fits, says which page it is, the help key says "close help"
// on no page but the last, and the pages show every key. The results' help is
// short enough to fit on one page at the smallest size.
func TestQuizFullHelpPages(t *testing.T) {
	screens := map[string]struct {
		open          func() common.Screen
		width, height int
		pages         int // at least
	}{
		"quiz match": {func() common.Screen { return newTestQuiz(t, Config{}, "who-said-what") }, common.MinWidth, common.MinHeight, 2},
		"exam":       {func() common.Screen { return newTestQuiz(t, Config{Exam: true}, "venue", "sullivan") }, common.MinWidth, common.MinHeight, 2},
		"results": {func() common.Screen {
			return finishedResults(t, Config{}, []string{"sullivan"}, "venue", "sullivan")
		}, common.MinWidth, common.MinHeight, 1},
	}
	for name, tc := range screens {
		for _, ascii := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s ascii=%v", name, ascii), func(t *testing.T) {
				s := tc.open()
				if ascii {
					s.Update(plainTheme())
				}
				s.Update(tea.WindowSizeMsg{Width: tc.width, Height: tc.height})
				keys := s.Help()
				var want []string
				for _, g := range keys.FullHelp() {
					for _, b := range g {
						if b.Enabled() && b.Help().Desc != "more keys" {
							want = append(want, b.Help().Desc)
						}
					}
				}
				var pages []string
				for range 20 {
					s, _ = qzPress(s, "?")
					if !helpShown(s) {
						break
					}
					v := qzView(s)
					quizFits(t, v, tc.width, tc.height)
					pages = append(pages, v)
				}
				if helpShown(s) {
					t.Fatal("? never closes the help")
				}
				if len(pages) < tc.pages {
					t.Fatalf("the full help takes %d pages at %dx%d, want %d or more:\n%s", len(pages), tc.width, tc.height, tc.pages, strings.Join(pages, "\n"))
				}
				all := strings.Join(pages, "\n")
				for _, w := range want {
					if !strings.Contains(all, w) {
						t.Errorf("%q is on no page", w)
					}
				}
				for i, p := range pages {
					last := i == len(pages)-1
					marker := fmt.Sprintf("? more keys (%d/%d)", i+1, len(pages))
					if last {
						marker = fmt.Sprintf("? close (%d/%d)", i+1, len(pages))
					}
					if len(pages) > 1 && !strings.Contains(p, marker) {
						t.Errorf("page %d lacks %q:\n%s", i+1, marker, p)
					}
					// The last page's marker says close; the help key's own
					// entry may sit on an earlier page, where it must not.
					if strings.Contains(p, "close help") && !last {
						t.Errorf("page %d of %d: the help key's words are wrong:\n%s", i+1, len(pages), p)
					}
				}
			})
		}
	}
}
