package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"brief/ui/reader"
)

// q asks before quitting while a quiz is open: on the quiz itself and in
// the reader its e opened. n stays where the student was; y quits.
func TestQAsksBeforeQuittingWhileAQuizIsOpen(t *testing.T) {
	asking := func(m *Model) bool {
		return strings.Contains(ansi.Strip(m.View().Content), "Quit brief with the quiz unfinished?")
	}
	for name, keys := range map[string][]string{"on the quiz": nil, "in the reader e opened": {"e"}} {
		t.Run(strings.ReplaceAll(name, " ", "_"), func(t *testing.T) {
			run := runQuizOf(t, Config{}, nil, time.Second, "venue", "air-koryo")
			run.answer(1)
			for _, k := range keys {
				run.await(topIs[*reader.Screen], keyPress(k))
			}
			top := run.m.top().screen
			run.await(asking, keyPress("q"))
			run.await(func(m *Model) bool { return !asking(m) && m.top().screen == top }, keyPress("n"))
			run.await(asking, keyPress("q"))
			run.tm.Send(keyPress("y"))
			run.finish()
		})
	}
}
