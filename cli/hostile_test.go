package cli

import (
	"archive/zip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Messages that quote a hostile pack (an unknown key, an answer line, a
// file name) reach the terminal without its escape sequences, and the
// words around them still say what is wrong.
func TestHostilePackTextNeverReachesTheTerminal(t *testing.T) {
	const evil = "\x1b]2;PWNED\a\x1b[2J"
	dir := t.TempDir()
	pack := filepath.Join(dir, "pack")
	os.Mkdir(pack, 0o755)
	os.WriteFile(filepath.Join(pack, "pack.yaml"), []byte("id: evil\n\""+evil+"\": x\n"), 0o644)
	os.WriteFile(filepath.Join(pack, "a.md"), []byte("---\ntitle: A\n---\nText.\n"), 0o644)
	aiken := filepath.Join(dir, "q.aiken.txt")
	os.WriteFile(aiken, []byte("Which?\nA. One\nB. Two\nANSWER: Z"+evil+"\n"), 0o644)
	zipPath := filepath.Join(dir, "evil.brief.zip")
	f, _ := os.Create(zipPath)
	zw := zip.NewWriter(f)
	w, _ := zw.Create("a" + evil + ".md")
	w.Write([]byte("---\ntitle: A\n---\nText.\n"))
	zw.Close()
	f.Close()

	tests := map[string]struct {
		args []string
		want string
	}{
		"unknown key in pack.yaml": {[]string{"read", pack, "--plain"}, "pack.yaml"},
		"lint of that pack":        {[]string{"lint", pack}, "pack.yaml"},
		"aiken answer line":        {[]string{"import", aiken, "-o", filepath.Join(dir, "out.quiz.yaml")}, "q.aiken.txt"},
		"zip entry name":           {[]string{"add", zipPath}, "refusing the zip"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out, errOut, code := run(t, "", tc.args...)
			if code == 0 {
				t.Errorf("exit 0; want an error")
			}
			all := out + errOut
			if strings.ContainsAny(all, "\x1b\a") || strings.Contains(all, "\u009b") {
				t.Errorf("escape or control characters reached the output: %q", all)
			}
			if !strings.Contains(all, tc.want) {
				t.Errorf("output %q does not say %q", all, tc.want)
			}
		})
	}
}

// Output files named after hostile inputs (downloads, unpacked archives)
// are named on stdout quoted, so the name neither drives the terminal nor
// forges a line, and still names the file that was written.
func TestHostileFileNamesAreQuotedOnStdout(t *testing.T) {
	const evil = "\x1b]0;FNAMEPWN\a\x1b[2J\nFAKE: ok"
	dir := t.TempDir()
	gift := filepath.Join(dir, "bank"+evil+".gift")
	os.WriteFile(gift, []byte("::q:: The sky is blue. {T}\n"), 0o644)
	article := filepath.Join(dir, "art"+evil+".md")
	os.WriteFile(article, []byte("---\ntitle: A\n---\n\nMs Ana Perera met Mr Kim Jong Un in Pyongyang on 19 June 2024 for 9 hours.\n\nThe two leaders signed a treaty in 2024, said Ms Ana Perera.\n"), 0o644)

	tests := map[string][]string{
		"import": {"import", gift},
		"draft":  {"draft", article},
	}
	for name, args := range tests {
		t.Run(name, func(t *testing.T) {
			out, errOut, code := run(t, "", args...)
			if code != 0 {
				t.Fatalf("exit %d\n%s%s", code, out, errOut)
			}
			if strings.ContainsAny(out, "\x1b\a") || strings.Contains(out, "\nFAKE") {
				t.Errorf("the file name reached stdout raw: %q", out)
			}
			if !strings.Contains(out, `\x1b]0;FNAMEPWN\a\x1b[2J\nFAKE: ok`) {
				t.Errorf("stdout does not name the file it wrote: %q", out)
			}
		})
	}
}
