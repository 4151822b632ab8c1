package content

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// What a brief killed mid-install or mid-removal left is swept away by
// the next add or list, once it has not changed for an hour; the folder
// of an install running now is left alone.
func TestLibrarySweepsLeftovers(t *testing.T) {
	for name, run := range map[string]func(Library) error{
		"list": func(l Library) error { _, err := l.List(); return err },
		"add":  func(l Library) error { _, err := l.Add(writeTestPack(t, "other", "1")); return err },
	} {
		t.Run(name, func(t *testing.T) {
			lib := Library{Dir: t.TempDir()}
			if _, err := lib.Add(writeTestPack(t, "week-3", "1.0.0")); err != nil {
				t.Fatal(err)
			}
			root := filepath.Join(lib.Dir, LibraryDirName)
			old := time.Now().Add(-2 * time.Hour)
			stale := []string{".new-week-3-2245304556", ".removing-week-2-123", ".old-.new-week-3-99"}
			fresh := []string{".new-week-4-777", ".removing-week-5-1", ".hidden-by-someone"}
			for _, f := range append(stale, fresh...) {
				if err := os.MkdirAll(filepath.Join(root, f, "inner"), 0o755); err != nil {
					t.Fatal(err)
				}
				os.WriteFile(filepath.Join(root, f, "inner", "a.md"), []byte("half a pack"), 0o644)
			}
			for _, f := range append(stale, ".hidden-by-someone") {
				if err := os.Chtimes(filepath.Join(root, f), old, old); err != nil {
					t.Fatal(err)
				}
			}
			if err := run(lib); err != nil {
				t.Fatal(err)
			}
			for _, f := range stale {
				if _, err := os.Stat(filepath.Join(root, f)); !os.IsNotExist(err) {
					t.Errorf("%s is still there (%v)", f, err)
				}
			}
			for _, f := range fresh {
				if _, err := os.Stat(filepath.Join(root, f, "inner", "a.md")); err != nil {
					t.Errorf("%s was touched: %v", f, err)
				}
			}
			if _, err := lib.manifest("week-3"); err != nil {
				t.Errorf("the installed pack is gone: %v", err)
			}
		})
	}
}
