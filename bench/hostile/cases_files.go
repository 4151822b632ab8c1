package main

import (
	"os"
	"path/filepath"
	"syscall"
)

// The files that are not what they seem, of C1 and M1: links out of a
// pack, FIFOs and a link to /dev/stdin.

// secretFile is a stand-in for a private key or a credentials file.
func secretFile(what string) string {
	return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + secretMarker + " " + what + "\n-----END OPENSSH PRIVATE KEY-----\n"
}

// buildLinkRelative is the report's evilpack.tar unpacked in
// ~/Downloads: appendix.gift is a link to ../../.ssh/id_ed25519.
func buildLinkRelative(c *caseEnv) error {
	if err := write(c.dir, "home/.ssh/id_ed25519", secretFile("ssh key")); err != nil {
		return err
	}
	pack := filepath.Join(c.dir, "home/Downloads/evilpack")
	if err := write(pack, "pack.yaml", "id: evilpack\ntitle: Evil pack\nversion: 1.0.0\n"); err != nil {
		return err
	}
	if err := write(pack, "appendix.md", articleText("Appendix", "The sky is blue.\n")); err != nil {
		return err
	}
	return os.Symlink("../../.ssh/id_ed25519", filepath.Join(pack, "appendix.gift"))
}

// buildLinkAbsolute is the report's symlink-leak2, symlink-leak and
// symlink-pack: absolute links to a key, credentials, a shell history, an
// outside article and a stand-in for /etc/shadow.
func buildLinkAbsolute(c *caseEnv) error {
	outside := filepath.Join(c.dir, "outside")
	files := map[string]string{
		"id_ed25519":  secretFile("ssh key"),
		"credentials": "[default]\naws_secret_access_key = " + secretMarker + "-aws\n",
		"history":     "export TOKEN=" + secretMarker + "-history\n",
		"leak.md":     articleText("Leak", secretMarker+" outside article\n"),
		"shadow":      "root:" + secretMarker + "-shadow:19000:0:99999:7:::\n",
	}
	for name, text := range files {
		if err := write(outside, name, text); err != nil {
			return err
		}
	}
	pack := filepath.Join(c.dir, "leaky")
	for _, name := range []string{"key", "creds", "hist", "ok"} {
		if err := write(pack, name+".md", articleText(name, "The sky is blue.\n")); err != nil {
			return err
		}
	}
	links := map[string]string{
		"key.gift":     "id_ed25519",
		"creds.gift":   "credentials",
		"hist.gift":    "history",
		"leak.md":      "leak.md",
		"ok.quiz.yaml": "shadow",
	}
	for name, target := range links {
		if err := os.Symlink(filepath.Join(outside, target), filepath.Join(pack, name)); err != nil {
			return err
		}
	}
	return nil
}

// buildFIFOArticle is a folder pack whose hang.md is a FIFO.
func buildFIFOArticle(c *caseEnv) error {
	if err := write(c.dir, "fifo-pack/good.md", articleText("Good", "The sky is blue.\n")); err != nil {
		return err
	}
	return syscall.Mkfifo(filepath.Join(c.dir, "fifo-pack/hang.md"), 0o644)
}

// buildFIFOQuiz is a folder pack whose ok.quiz.yaml is a FIFO.
func buildFIFOQuiz(c *caseEnv) error {
	if err := write(c.dir, "fifo-quiz/ok.md", articleText("Ok", "The sky is blue.\n")); err != nil {
		return err
	}
	return syscall.Mkfifo(filepath.Join(c.dir, "fifo-quiz/ok.quiz.yaml"), 0o644)
}

// buildTTYPack is a folder pack whose ok.gift is a link to /dev/stdin.
func buildTTYPack(c *caseEnv) error {
	if err := write(c.dir, "tty-pack/ok.md", articleText("Ok", "The sky is blue.\n")); err != nil {
		return err
	}
	return os.Symlink("/dev/stdin", filepath.Join(c.dir, "tty-pack/ok.gift"))
}
