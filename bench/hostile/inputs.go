package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// write makes the file name under dir, with its folders.
func write(dir, name, data string) error {
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(data), 0o644)
}

// articleText is an article with a title and the given body.
func articleText(title, body string) string {
	return "---\ntitle: " + title + "\n---\n\n" + body
}

// tfQuestions is a question file of n true/false questions about
// "The sky is blue.", each with extra YAML lines (such as points).
func tfQuestions(n int, extra string) string {
	var b strings.Builder
	b.WriteString("questions:\n")
	for i := range n {
		fmt.Fprintf(&b, "  - id: q%d\n    type: truefalse\n    prompt: The article says the sky is blue.\n    answer: true\n    explain: It says so.\n    evidence: The sky is blue.\n%s", i+1, extra)
	}
	return b.String()
}

// A gen writes a generated input. Inputs are written as they are made,
// never built whole in memory: a child started by vfork, as Go starts
// one, counts this program's peak memory in its own max RSS.
type gen func(w *bufio.Writer)

// writeGen writes the file name under dir from g, with its folders.
func writeGen(dir, name string, g gen) error {
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	g(w)
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// article builds a folder pack dir holding one article, a.md, whose body
// body writes.
func article(dir string, body gen) func(*caseEnv) error {
	return func(c *caseEnv) error {
		return writeGen(c.dir, filepath.Join(dir, "a.md"), func(w *bufio.Writer) {
			w.WriteString(articleText("Hostile "+dir, ""))
			body(w)
		})
	}
}

// file builds one file that g writes.
func file(name string, g gen) func(*caseEnv) error {
	return func(c *caseEnv) error { return writeGen(c.dir, name, g) }
}

// repeat writes s n times, then end.
func repeat(s string, n int, end string) gen {
	return func(w *bufio.Writer) {
		for range n {
			w.WriteString(s)
		}
		w.WriteString(end)
	}
}
