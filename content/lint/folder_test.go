package lint

import (
	"brief/content"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// secret is what a teacher's private file holds; no command may read it
// through a pack folder.
const secret = "-----BEGIN OPENSSH PRIVATE KEY----- not for the class"

// hostileFolder makes a pack folder beside a private file, as a teacher
// who unpacked a downloaded tarball in ~/Downloads has, and lets plant add
// the hostile entry to it. It returns the pack folder.
func hostileFolder(t *testing.T, plant func(dir, private string)) string {
	t.Helper()
	home := t.TempDir()
	private := filepath.Join(home, ".ssh", "id_ed25519")
	dir := filepath.Join(home, "Downloads", "evilpack")
	for _, d := range []string{filepath.Dir(private), dir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(p, text string) {
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(private, secret+"\n")
	write(filepath.Join(dir, "pack.yaml"), "id: evilpack\ntitle: Evil\nversion: 1.0.0\n")
	write(filepath.Join(dir, "mini.md"), miniArticle)
	write(filepath.Join(dir, "mini.quiz.yaml"), miniQuiz)
	plant(dir, private)
	return dir
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

func mkfifo(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skipf("this system cannot make a FIFO: %v", err)
	}
}

// TestPackFolderIsAClosedSet plants, in a pack folder, each kind of file
// that would make brief read outside the folder or block on a read, and
// checks that every command's path refuses it with a located error that
// names the file, and that the private file's text is never read.
func TestPackFolderIsAClosedSet(t *testing.T) {
	cases := map[string]struct {
		plant func(t *testing.T, dir, private string)
		file  string // the planted file, as the error names it
		want  string // in the error
	}{
		"relative link out of the folder": {
			plant: func(t *testing.T, dir, private string) {
				os.WriteFile(filepath.Join(dir, "appendix.md"), []byte("---\ntitle: Appendix\n---\nMore.\n"), 0o644)
				symlink(t, "../../.ssh/id_ed25519", filepath.Join(dir, "appendix.gift"))
			},
			file: "appendix.gift", want: "link to a file outside the pack folder",
		},
		"absolute link to a private file": {
			plant: func(t *testing.T, dir, private string) {
				symlink(t, private, filepath.Join(dir, "mini.gift"))
			},
			file: "mini.gift", want: "link to a file outside the pack folder",
		},
		"question file linked out of the folder": {
			plant: func(t *testing.T, dir, private string) {
				os.Remove(filepath.Join(dir, "mini.quiz.yaml"))
				symlink(t, private, filepath.Join(dir, "mini.quiz.yaml"))
			},
			file: "mini.quiz.yaml", want: "link to a file outside the pack folder",
		},
		"article linked out of the folder": {
			plant: func(t *testing.T, dir, private string) {
				os.WriteFile(filepath.Join(filepath.Dir(private), "leak.md"), []byte("---\ntitle: Leak\n---\n"+secret+"\n"), 0o644)
				symlink(t, filepath.Join(filepath.Dir(private), "leak.md"), filepath.Join(dir, "leak.md"))
			},
			file: "leak.md", want: "link to a file outside the pack folder",
		},
		"question file linked to the terminal": {
			plant: func(t *testing.T, dir, private string) {
				symlink(t, "/dev/stdin", filepath.Join(dir, "mini.gift"))
			},
			file: "mini.gift", want: "link to a file outside the pack folder",
		},
		"article that is a FIFO": {
			plant: func(t *testing.T, dir, private string) { mkfifo(t, filepath.Join(dir, "hang.md")) },
			file:  "hang.md", want: "not a plain file",
		},
		"question file that is a FIFO": {
			plant: func(t *testing.T, dir, private string) {
				os.Remove(filepath.Join(dir, "mini.quiz.yaml"))
				mkfifo(t, filepath.Join(dir, "mini.quiz.yaml"))
			},
			file: "mini.quiz.yaml", want: "not a plain file",
		},
		"GIFT file with no question in it": {
			plant: func(t *testing.T, dir, private string) {
				os.WriteFile(filepath.Join(dir, "mini.gift"), []byte(secret+"\nssh-ed25519 AAAA teacher@laptop\n"), 0o644)
			},
			file: "mini.gift", want: "no question found",
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			dir := hostileFolder(t, func(dir, private string) { tc.plant(t, dir, private) })
			located := filepath.Join(dir, tc.file) + ":"

			t.Run("lint", func(t *testing.T) {
				diags, err := Path(dir)
				if err != nil {
					t.Fatal(err)
				}
				var all strings.Builder
				found := false
				for _, d := range diags {
					all.WriteString(d.String() + "\n")
					if strings.HasPrefix(d.String(), located) && strings.Contains(d.Msg, tc.want) {
						found = true
					}
				}
				if !found {
					t.Errorf("lint does not say %s: %q; got:\n%s", located, tc.want, all.String())
				}
				if strings.Contains(all.String(), "OPENSSH") && !strings.Contains(name, "GIFT") {
					t.Errorf("lint quotes the private file:\n%s", all.String())
				}
			})
			t.Run("read and quiz", func(t *testing.T) {
				opens := map[string]func(string) (*content.Pack, error){"quiz": content.Open}
				if strings.HasSuffix(tc.file, ".md") {
					opens["read"] = content.OpenArticles // reading loads no question file
				}
				for cmd, open := range opens {
					_, err := open(dir)
					if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), tc.file) {
						t.Errorf("%s: err = %v, want %q naming %s", cmd, err, tc.want, tc.file)
					}
				}
			})
			t.Run("pack", func(t *testing.T) {
				var buf bytes.Buffer
				_, err := content.WritePackZip(dir, &buf)
				if err == nil {
					t.Fatal("pack wrote a zip")
				}
				if strings.Contains(buf.String(), "OPENSSH") {
					t.Error("the zip holds the private file")
				}
			})
			t.Run("add", func(t *testing.T) {
				data := t.TempDir()
				if _, err := (content.Library{Dir: data}).Add(dir); err == nil {
					t.Fatal("add installed the pack")
				}
				if ms, _ := (content.Library{Dir: data}).List(); len(ms) != 0 {
					t.Errorf("installed: %+v", ms)
				}
			})
		})
	}
}

// TestLinkInsideThePackFolderStillWorks keeps the one kind of link that
// stays in the folder: a teacher's second name for a file of the pack.
func TestLinkInsideThePackFolderStillWorks(t *testing.T) {
	dir := hostileFolder(t, func(dir, private string) {
		os.WriteFile(filepath.Join(dir, "shared.gift.src"), []byte(miniGIFT), 0o644)
		symlink(t, "shared.gift.src", filepath.Join(dir, "mini.gift"))
	})
	p, err := content.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if a, _ := p.Article("mini"); a == nil || len(a.Questions) != 2 {
		t.Fatalf("the linked GIFT question was not loaded: %+v", a)
	}
}

// TestUnsafeFileNamesAreOneLocatedError covers names from an unpacked
// archive that would forge output lines or break every command.
func TestUnsafeFileNamesAreOneLocatedError(t *testing.T) {
	for name, file := range map[string]string{
		"not UTF-8":       "bad\xff\x9b2J.md",
		"newline":         "nl\nFAKE: no problems found\n.md",
		"escape sequence": "art\x1b]0;PWN\a\x1b[2J.gift",
	} {
		t.Run(name, func(t *testing.T) {
			dir := hostileFolder(t, func(dir, private string) {
				os.WriteFile(filepath.Join(dir, file), []byte(miniArticle), 0o644)
			})
			diags, err := Path(dir)
			if err != nil {
				t.Fatal(err)
			}
			var bad []string
			for _, d := range diags {
				if strings.Contains(d.Msg, "file name") {
					bad = append(bad, d.String())
				}
				if strings.ContainsAny(d.String(), "\n\x1b\x07") || strings.Contains(d.Msg, "invalid argument") {
					t.Errorf("unsafe or meaningless diagnostic: %q", d.String())
				}
			}
			if len(bad) != 1 {
				t.Errorf("want one file-name error, got %q", bad)
			}
			if _, err := content.Open(dir); err == nil || !strings.Contains(err.Error(), "rename the file") {
				t.Errorf("content.Open: %v", err)
			}
		})
	}
}
