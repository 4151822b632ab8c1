// Package datadir finds where brief keeps a student's data (the score
// database and installed packs) when no --data-dir is given.
package datadir

import (
	"fmt"
	"os"
	"path/filepath"
)

// Path is where brief keeps its data when no --data-dir is given:
// $BRIEF_DATA_DIR, else $XDG_DATA_HOME/brief, else ~/.local/share/brief.
// A relative XDG_DATA_HOME is ignored, as the XDG spec asks.
func Path() (string, error) {
	if d := os.Getenv("BRIEF_DATA_DIR"); d != "" {
		return d, nil
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "brief"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("find the data directory: %w (set BRIEF_DATA_DIR or use --data-dir)", err)
	}
	return filepath.Join(home, ".local", "share", "brief"), nil
}
