// Command brief is a terminal reading-and-quiz tool for current-affairs
// students: read an article, take a comprehension quiz, review what you
// missed. See README.md.
package main

import (
	"context"
	"os"

	"brief/cli"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	os.Exit(cli.Execute(context.Background(), cli.Env{
		Version: version,
		Args:    os.Args[1:],
		Stdin:   os.Stdin,
		Stdout:  os.Stdout,
		Stderr:  os.Stderr,
	}))
}
