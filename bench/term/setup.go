package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// seedArticle is the article every figure is measured on, relative to the
// repository's root.
const seedArticle = "content/defaultpack/russia-dprk-summit-2023.md"

// writeArticles puts the seed in work/seed/article.md and the 100x article
// (the seed's body 100 times, as the in-process benchmarks build it) in
// work/long/long.md, each alone in its folder for glow's file list.
func writeArticles(work string) error {
	src, err := os.ReadFile(seedArticle)
	if err != nil {
		return fmt.Errorf("%w (run from the repository's root)", err)
	}
	parts := strings.SplitN(string(src), "---\n", 3)
	if len(parts) != 3 {
		return fmt.Errorf("%s: no front matter", seedArticle)
	}
	front := strings.Replace(parts[1], "id: russia-dprk-summit-2023", "id: russia-dprk-summit-2023-100x", 1)
	long := "---\n" + front + "---\n" + strings.Repeat(parts[2]+"\n\n", 100)
	for path, text := range map[string]string{"seed/article.md": string(src), "long/long.md": long} {
		full := filepath.Join(work, path)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// buildBrief builds the tree's brief into work, as `go build` would for a
// student.
func buildBrief(work string) (string, error) {
	out := filepath.Join(work, "brief")
	if msg, err := exec.Command("go", "build", "-o", out, ".").CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build: %w\n%s", err, msg)
	}
	return out, nil
}

// findGlow is the glow to compare with: $GLOW, else glow on PATH. The
// reason is empty when one is found, else says why the column is missing.
func findGlow() (path, reason string) {
	if g := os.Getenv("GLOW"); g != "" {
		if _, err := os.Stat(g); err != nil {
			return "", fmt.Sprintf("GLOW=%s: %v", g, err)
		}
		return g, ""
	}
	g, err := exec.LookPath("glow")
	if err != nil {
		return "", "no glow: GLOW is unset and glow is not on PATH (see README.md, Performance, to build the pinned one)"
	}
	return g, ""
}

// childEnv is the environment every program runs with: a 256-colour xterm
// with its own home (glow keeps a log and settings there), and no tmux
// unless the tmux server given is to be asked, as colour detection does
// inside tmux.
func childEnv(work, tmux string) []string {
	home := filepath.Join(work, "home")
	path := os.Getenv("PATH")
	if tmux != "" {
		path = filepath.Join(work, "bin") + string(os.PathListSeparator) + path
	}
	env := []string{
		"PATH=" + path,
		"HOME=" + home,
		"XDG_CONFIG_HOME=" + filepath.Join(home, ".config"),
		"XDG_CACHE_HOME=" + filepath.Join(home, ".cache"),
		"TERM=xterm-256color",
		"LANG=C.UTF-8",
		"GLOW_HIGH_PERFORMANCE_PAGER=false",
	}
	if tmux != "" {
		env = append(env, "TMUX="+tmux)
	}
	return env
}

// startTmux starts a tmux server of the bench's own and returns the TMUX
// value a program inside it would see, and how to stop it. It also puts
// a tmux first on PATH that counts its calls in work/tmux-calls before
// running the real one, so that the table can say how many tmux
// subprocesses each launch starts.
func startTmux(work string) (value string, stop func(), err error) {
	real, err := exec.LookPath("tmux")
	if err != nil {
		return "", nil, err
	}
	bin := filepath.Join(work, "bin")
	counter := "#!/bin/sh\necho \"$*\" >> " + filepath.Join(work, "tmux-calls") + "\nexec " + real + " \"$@\"\n"
	if err := os.MkdirAll(bin, 0o755); err != nil {
		return "", nil, err
	}
	if err := os.WriteFile(filepath.Join(bin, "tmux"), []byte(counter), 0o755); err != nil {
		return "", nil, err
	}
	sock := filepath.Join(work, "tmux.sock")
	if out, err := exec.Command("tmux", "-S", sock, "-f", "/dev/null", "new-session", "-d").CombinedOutput(); err != nil {
		return "", nil, fmt.Errorf("tmux: %w\n%s", err, out)
	}
	stop = func() { _ = exec.Command("tmux", "-S", sock, "kill-server").Run() }
	pid, err := exec.Command("tmux", "-S", sock, "display-message", "-p", "#{pid}").Output()
	if err != nil {
		stop()
		return "", nil, fmt.Errorf("tmux: %w", err)
	}
	return sock + "," + strings.TrimSpace(string(pid)) + ",0", stop, nil
}

// prepareDataDir runs brief's home screen once in dataDir and quits it,
// so that the score store exists, as it does for every student but on the
// first day.
func (b *bench) prepareDataDir(brief string) error {
	dir := filepath.Join(b.work, "data")
	env := append(append([]string{}, b.env...), "BRIEF_DATA_DIR="+dir)
	t, err := startTerminal([]string{brief}, b.work, env, b.cols, b.rows)
	if err != nil {
		return err
	}
	defer t.stop()
	if _, err := t.waitFor(briefFooter, 0, b.timeout); err != nil {
		return fmt.Errorf("brief's home screen: %w", err)
	}
	if _, err := t.press("q"); err != nil {
		return err
	}
	select {
	case <-t.done:
	case <-time.After(b.timeout):
		return errors.New("brief did not quit on q")
	}
	b.dataDir = dir
	return nil
}
