package class

import (
	"brief/content"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Load reads the hand-in files paths name; a directory stands for the
// .json files directly in it. A file that cannot be read, or that does not
// fit the pack known names (nil: any pack), is one problem in the list
// returned, and the rest of the class still reports.
func Load(paths []string, known *Known) ([]*HandIn, []error) {
	var (
		out      []*HandIn
		problems []error
		seen     = map[string]bool{}
	)
	for _, file := range expand(paths, &problems) {
		abs, err := filepath.Abs(file)
		if err == nil && seen[abs] {
			continue // the same file named twice (a directory and itself)
		}
		seen[abs] = true
		data, err := readCapped(file)
		if err != nil {
			problems = append(problems, err)
			continue
		}
		h, err := Decode(file, data)
		if err == nil {
			err = known.check(h, data)
		}
		if err != nil {
			problems = append(problems, err)
			continue
		}
		out = append(out, h)
	}
	return out, problems
}

// expand lists the files paths name, a directory's .json files sorted.
func expand(paths []string, problems *[]error) []string {
	var files []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			*problems = append(*problems, fmt.Errorf("%s: %w", p, content.UnwrapPathError(err)))
			continue
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		entries, err := os.ReadDir(p)
		if err != nil {
			*problems = append(*problems, fmt.Errorf("%s: %w", p, content.UnwrapPathError(err)))
			continue
		}
		var found []string
		for _, e := range entries {
			if e.Type().IsRegular() && strings.EqualFold(filepath.Ext(e.Name()), ".json") {
				found = append(found, filepath.Join(p, e.Name()))
			}
		}
		if len(found) == 0 {
			*problems = append(*problems, fmt.Errorf("%s: holds no .json hand-in files", p))
		}
		slices.Sort(found)
		files = append(files, found...)
	}
	return files
}

// readCapped reads a plain file of at most MaxFileBytes.
func readCapped(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, content.UnwrapPathError(err))
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, content.UnwrapPathError(err))
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s:1:1: is not a plain file", path)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, content.UnwrapPathError(err))
	}
	return data, nil
}
