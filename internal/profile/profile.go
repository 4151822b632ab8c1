// Package profile keeps what brief knows of its student: the name their
// teacher knows them by, put on every result they hand in. It lives in
// the data folder beside the scores, as profile.json.
package profile

import (
	"brief/internal/sanitize"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// FileName is the profile's file in the data folder.
const FileName = "profile.json"

// MaxName is the longest name kept, in characters: enough for any real
// name, short enough for a gradebook column.
const MaxName = 80

// maxFile bounds what is read of profile.json: it holds one name.
const maxFile = 64 << 10

// Profile is the student's settings.
type Profile struct {
	Name string `json:"name,omitempty"`
}

// Load reads the profile in dir; a folder with none gives an empty one.
// The name is cleaned as it is read: the file is the student's to edit.
func Load(dir string) (Profile, error) {
	path := filepath.Join(dir, FileName)
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Profile{}, nil
	}
	if err != nil {
		return Profile{}, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFile+1))
	if err != nil {
		return Profile{}, err
	}
	var p Profile
	if len(data) > maxFile || json.Unmarshal(data, &p) != nil {
		return Profile{}, fmt.Errorf("%s: is not a profile brief wrote; set your name again with `brief config name \"Your Name\"`", path)
	}
	p.Name = sanitize.Line(p.Name)
	return p, nil
}

// CheckName says what is wrong with a name a student typed, or "".
func CheckName(name string) string {
	switch clean := Clean(name); {
	case clean == "":
		return "give a name, such as \"Ana Perera\""
	case clean != strings.TrimSpace(name):
		return "a name cannot hold control characters or escape sequences"
	case utf8.RuneCountInString(clean) > MaxName:
		return fmt.Sprintf("a name is at most %d characters", MaxName)
	}
	return ""
}

// Save writes the profile to dir, making the folder if need be. It writes
// a new file and renames it over the old, so a crash leaves one or the
// other, never half of each.
func Save(dir string, p Profile) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	data, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".profile-*.json")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(append(data, '\n'))
	cerr := tmp.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), filepath.Join(dir, FileName)); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}

// Clean is a name as it is kept: one line, trimmed, nothing that could
// reach the terminal as a sequence.
func Clean(name string) string { return strings.TrimSpace(sanitize.Line(name)) }
