// Command minimal is the baseline brief's plain output is measured
// against: the least a program can do to print a Markdown file with
// Glamour. It reads an article file, drops its front matter, renders the
// rest with the "notty" style at 80 columns and prints it.
package main

import (
	"bytes"
	"fmt"
	"os"

	"charm.land/glamour/v2"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: minimal ARTICLE.md")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if bytes.HasPrefix(data, []byte("---\n")) {
		if end := bytes.Index(data[4:], []byte("\n---\n")); end >= 0 {
			data = data[4+end+5:]
		}
	}
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("notty"), glamour.WithWordWrap(80))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	out, err := r.Render(string(data))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Stdout.WriteString(out)
}
