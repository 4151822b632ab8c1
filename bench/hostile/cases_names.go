package main

import (
	"path/filepath"
	"strings"
)

// The file names of M2 and L1: escapes and newlines in the names of
// files a command reads or writes.

// payload is what the hostile file names carry: a window title (OSC 0,
// ended by BEL) and a clear screen (CSI 2J).
const payload = "\x1b]0;FNAMEPWN\x07\x1b[2J"

// forgedLine is the line a file name holding newlines tries to add to
// lint's output.
const forgedLine = "FAKE: no problems found"

// webPage is a small saved news page.
var webPage = "<!DOCTYPE html><html><head><title>Blue sky</title></head><body><article><h1>Blue sky</h1>" +
	strings.Repeat("<p>The sky over the city was blue again on Monday, the weather service said, after a week of rain that closed schools and roads.</p>", 6) +
	"</article></body></html>\n"

// buildEscapeNames is the report's cases/fnames: a GIFT, Aiken, web page,
// text and article file, and a pack folder, each named with an escape
// payload.
func buildEscapeNames(c *caseEnv) error {
	files := map[string]string{
		"bank" + payload + ".gift":           "::Sky::The sky is blue.{T}\n",
		"aiken" + payload + ".aiken.txt":     "Is the sky blue?\nA. Yes\nB. No\nANSWER: A\n",
		"page" + payload + ".html":           webPage,
		"notes" + payload + ".txt":           "Notes\n\nThe sky is blue.\n",
		"art" + payload + ".md":              articleText("Art", "In 2023, Jane Smith said the sky is blue over Paris, 42 times.\n"),
		"packdir" + payload + "/pack.yaml":   "id: fnpack\ntitle: Names\nversion: 1.0.0\n",
		"packdir" + payload + "/a.md":        articleText("A", "The sky is blue.\n"),
		"packdir" + payload + "/a.quiz.yaml": tfQuestions(1, ""),
	}
	for name, text := range files {
		if err := write(c.dir, name, text); err != nil {
			return err
		}
	}
	return nil
}

// buildNewlineNames is the report's fname-pack2: articles named with
// newlines that spell a forged line, and with an escape payload.
func buildNewlineNames(c *caseEnv) error {
	files := map[string]string{
		"pack.yaml":                          "id: fname-pack\ntitle: Names\nversion: 1.0.0\n",
		"ok.md":                              articleText("Ok", "The sky is blue.\n"),
		"nl\n" + forgedLine + "\n.md":        articleText("Newline", "The sky is blue.\n"),
		"esc" + payload + ".md":              articleText("Escape", "The sky is blue.\n"),
		"esc" + payload + ".quiz.yaml":       tfQuestions(1, ""),
		"nl\n" + forgedLine + "\n.quiz.yaml": tfQuestions(1, ""),
	}
	for name, text := range files {
		if err := write(filepath.Join(c.dir, "fname-pack"), name, text); err != nil {
			return err
		}
	}
	return nil
}
