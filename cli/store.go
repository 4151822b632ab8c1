package cli

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"brief/internal/datadir"
	"brief/quiz/scores"
)

// dataDir is where scores and installed packs live: --data-dir, else
// BRIEF_DATA_DIR, else the XDG data directory.
func dataDir(g *globalOptions) (string, error) {
	if g.dataDir != "" {
		return g.dataDir, nil
	}
	return datadir.Path()
}

// openStoreToRead opens the score store for a command that only reports
// (scores, stats), without making or changing anything. With no database
// yet in the usual place, it reads as empty: no quiz has been saved. A
// folder named with --data-dir that holds none is an error instead, as it
// is most likely not the folder meant (a typo, the wrong stick); and so
// is a BRIEF_DATA_DIR that names no folder (a missing one, or a file),
// where an empty list would look like a valid hand-in.
func openStoreToRead(g *globalOptions) (*scores.Store, error) {
	dir, err := dataDir(g)
	if err != nil {
		return nil, err
	}
	s, err := scores.OpenToRead(dir)
	if errors.Is(err, scores.ErrNoScores) && g.dataDir == "" && (os.Getenv("BRIEF_DATA_DIR") == "" || isDir(dir)) {
		return scores.OpenEmpty()
	}
	return s, err
}

// isDir reports whether path is a folder.
func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// openStoreOrWarn opens the score store. When it cannot (a read-only or
// full disk, a damaged file) the quiz still runs: the reason is printed
// and answers are simply not saved. It returns nil in that case, with the
// short notice the full-screen quiz shows instead of saving.
func openStoreOrWarn(g *globalOptions, env Env) (*scores.Store, string) {
	dir, err := dataDir(g)
	if err == nil {
		var s *scores.Store
		if s, err = scores.Open(dir); err == nil {
			return s, ""
		}
	}
	fmt.Fprintf(env.Stderr, "brief: %s\n", notSavingMessage(err))
	return nil, savingNotice(err)
}

// notSavingLead starts every message about a store that could not open,
// so a student knows at once that the quiz runs but nothing is kept.
const notSavingLead = "scores are not being saved: "

// notSavingMessage is the full message for a store that could not open:
// a *scores.StoreError's own words, which say scores are not saved and what
// to do, else the bare reason (a folder that cannot be made, say) after
// the lead.
func notSavingMessage(err error) string {
	if se := (*scores.StoreError)(nil); errors.As(err, &se) {
		return err.Error()
	}
	return notSavingLead + err.Error()
}

// maxNoticeReason is how much of an unexpected error the notice keeps, so
// that it fits beside the quiz.
const maxNoticeReason = 80

// savingNotice says in one short line why scores are not being saved; the
// full message, with what to do, is printed on stderr.
func savingNotice(err error) string {
	const lead = notSavingLead
	var se *scores.StoreError
	if errors.As(err, &se) {
		switch se.Kind {
		case scores.ErrNotWritable:
			return lead + se.Dir + " is not writable"
		case scores.ErrDiskFull:
			return lead + "the disk holding " + se.Dir + " is full"
		case scores.ErrCorrupt:
			return lead + se.Path + " is damaged"
		case scores.ErrNewerSchema:
			return lead + se.Path + " is from a newer brief"
		}
	}
	reason := strings.TrimPrefix(err.Error(), lead)
	if i := strings.IndexByte(reason, '\n'); i >= 0 {
		reason = reason[:i]
	}
	if r := []rune(reason); len(r) > maxNoticeReason {
		reason = string(r[:maxNoticeReason-1]) + "…"
	}
	return lead + reason
}
