// Command brief is a terminal reading-and-quiz tool for current-affairs
// students: read an article, take a comprehension quiz, review what you
// missed. See README.md.
package main

import (
	"context"
	"os"
	"runtime/debug"

	"brief/cli"
	"brief/internal/hidetmux"
	"brief/internal/startgc"
)

// version is set at build time with -ldflags "-X main.version=..."; a
// `go install` build reports its module version instead.
var version = "dev"

func main() {
	hidetmux.Restore() // hidden from lipgloss's initialisation only
	startgc.Done()     // start-up is over: the collector goes back to its usual goal
	v := version
	if info, ok := debug.ReadBuildInfo(); ok && v == "dev" && info.Main.Version != "" && info.Main.Version != "(devel)" {
		v = info.Main.Version
	}
	os.Exit(cli.Execute(context.Background(), cli.Env{
		Version: v,
		Args:    os.Args[1:],
		Stdin:   os.Stdin,
		Stdout:  os.Stdout,
		Stderr:  os.Stderr,
		Environ: os.Environ(),
	}))
}
