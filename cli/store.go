package cli

import (
	"fmt"

	"brief/quiz"
)

// dataDir is where scores and installed packs live: --data-dir, else
// BRIEF_DATA_DIR, else the XDG data directory.
func dataDir(g *globalOptions) (string, error) {
	if g.dataDir != "" {
		return g.dataDir, nil
	}
	return quiz.DataDir()
}

// openStoreOrWarn opens the score store. When it cannot (a read-only or
// full disk, a damaged file) the quiz still runs: the reason is printed
// and answers are simply not saved. It returns nil in that case.
func openStoreOrWarn(g *globalOptions, env Env) *quiz.Store {
	dir, err := dataDir(g)
	if err == nil {
		var s *quiz.Store
		if s, err = quiz.OpenStore(dir); err == nil {
			return s
		}
	}
	fmt.Fprintf(env.Stderr, "brief: %v\n", err)
	return nil
}
