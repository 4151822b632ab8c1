// Command hostile runs every hostile input of the December 2026
// adversarial report (hostile-input-2026-12.md: links out of a pack,
// FIFOs, deep nesting, runs of emphasis, wide tables, duplicate GIFT
// titles, huge imports, a broken score database, escapes in file names)
// through a brief binary as whole processes, and prints a Markdown table
// of how long each took, how much memory it used and what brief said.
//
// Every command must finish within 2 s and 200 MB, must not crash with a
// Go panic or fatal error, and must write no raw terminal control (ESC
// that is not colour or a web link, BEL) from a payload. Refusing an input
// with an error is a fine outcome. The exit status is 1 when any command
// breaks a rule.
//
//	go run ./bench/hostile                   # builds brief from the repo root
//	go run ./bench/hostile -brief ./brief -run 'emph|quote'
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// The limits every hostile input must be handled within.
const (
	limitTime = 2 * time.Second
	limitRSS  = 200 << 20
)

// A step is one brief command of a case, run in the case's folder.
type step struct {
	args      []string // brief's arguments
	dir       string   // where to run it, under the case's folder ("" is the folder)
	stdin     string   // answers typed to it; "" gives it /dev/null
	openStdin bool     // stdin is an empty pipe kept open, as a terminal nobody types in
	afterPrev bool     // it measures what the step before left (a pack it added): not run when that step was killed
}

// A hostileCase is one hostile input of the report and the commands that
// read it. Its steps share one fresh BRIEF_DATA_DIR, so a pack added by one
// is listed by the next.
type hostileCase struct {
	name    string
	finding string // the report's finding: C1, H1, M4…
	build   func(*caseEnv) error
	steps   []step
	secret  bool   // outside files hold secretMarker: none may reach an output, a zip or the data dir
	forged  string // a line that file names try to forge in the output
}

// caseEnv is where a case runs.
type caseEnv struct {
	dir     string // the case's folder, holding its inputs
	data    string // its BRIEF_DATA_DIR
	brief   string // the binary
	timeout time.Duration
	memCap  int64 // bytes of RSS at which a runaway command is killed
}

// result is one command's row of the table.
type result struct {
	cmd      string
	exit     string // exit code, or how the command was stopped
	wall     time.Duration
	rss      int64 // bytes
	said     string
	problems []string // rules broken beyond time and memory
	escape   string   // the first escape a payload brought, if any
	stdout   []byte
	stderr   string
}

func main() {
	briefPath := flag.String("brief", "", "the brief binary to test (default: go build from the repo root)")
	timeout := flag.Duration("timeout", 20*time.Second, "kill a command that runs longer than this")
	memCap := flag.Int("memcap", 2048, "kill a command whose memory passes this many MiB (it is over the limit long before)")
	run := flag.String("run", "", "run only the cases whose name matches this regular expression")
	keep := flag.Bool("keep", false, "keep the folder of inputs and print where it is")
	flag.Parse()
	failed, err := mainErr(*briefPath, *timeout, int64(*memCap)<<20, *run, *keep)
	if err != nil {
		fmt.Fprintln(os.Stderr, "hostile:", err)
		os.Exit(2)
	}
	if failed > 0 {
		os.Exit(1)
	}
}

// mainErr runs the cases and prints the table. It returns how many
// commands broke a rule, and removes its inputs before it returns.
func mainErr(briefPath string, timeout time.Duration, memCap int64, run string, keep bool) (failed int, err error) {
	match, err := regexp.Compile(run)
	if err != nil {
		return 0, err
	}
	tmp, err := os.MkdirTemp("", "brief-hostile-")
	if err != nil {
		return 0, err
	}
	if keep {
		fmt.Fprintln(os.Stderr, "inputs kept in", tmp)
	} else {
		defer os.RemoveAll(tmp)
	}
	version := "given binary"
	if briefPath == "" {
		if briefPath, version, err = build(tmp); err != nil {
			return 0, err
		}
	} else if briefPath, err = filepath.Abs(briefPath); err != nil {
		return 0, err
	}

	var rows [][]string
	n := 0
	for _, hc := range cases {
		if !match.MatchString(hc.name) {
			continue
		}
		c := &caseEnv{
			dir:     filepath.Join(tmp, hc.name),
			data:    filepath.Join(tmp, hc.name+".data"),
			brief:   briefPath,
			timeout: timeout,
			memCap:  memCap,
		}
		if err := hc.make(c); err != nil {
			return 0, err
		}
		var prev *result
		for _, s := range hc.steps {
			n++
			r := hc.runStep(c, s, prev)
			prev = r
			verdict := r.verdict()
			if verdict != "ok" {
				failed++
			}
			fmt.Fprintf(os.Stderr, "%-18s %-52s %6.2f s %6d MB  %s\n", hc.name, head(r.cmd, 52), r.wall.Seconds(), r.rss>>20, verdict)
			rows = append(rows, hc.row(r, verdict, tmp))
		}
	}
	printTable(rows, version, timeout, memCap, n, failed)
	return failed, nil
}

// make makes the case's folders and its inputs.
func (hc *hostileCase) make(c *caseEnv) error {
	for _, d := range []string{filepath.Join(c.dir, "out"), c.data} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	if err := hc.build(c); err != nil {
		return fmt.Errorf("%s: making the input: %w", hc.name, err)
	}
	return nil
}

// runStep runs step s of the case, unless it measures what the step
// before left and that step was killed, and checks its output for the
// case's secrets and forged line.
func (hc *hostileCase) runStep(c *caseEnv, s step, prev *result) *result {
	var r *result
	if s.afterPrev && prev != nil && prev.exit == "killed" {
		r = &result{cmd: visible("brief " + strings.Join(quoteArgs(s.args), " ")), exit: "not run",
			problems: []string{"NOT MEASURED"}, said: "(the step before was killed, so what this step reads is not there)"}
	} else {
		r = c.run(s)
	}
	if hc.secret {
		if leak := leaks(c, append(r.stdout, r.stderr...)); leak != "" {
			r.problems = append(r.problems, leak)
		}
	}
	if hc.forged != "" && (hasLine(string(r.stdout), hc.forged) || hasLine(r.stderr, hc.forged)) {
		r.problems = append(r.problems, "forged line")
	}
	return r
}

// build compiles brief from the module root into dir and names its commit.
func build(dir string) (path, version string, err error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil || strings.TrimSpace(string(out)) == "" || strings.TrimSpace(string(out)) == os.DevNull {
		return "", "", fmt.Errorf("run this from brief's repository, or give -brief: go env GOMOD: %v", err)
	}
	root := filepath.Dir(strings.TrimSpace(string(out)))
	path = filepath.Join(dir, "brief")
	cmd := exec.Command("go", "build", "-o", path, ".")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	version = "(uncommitted)"
	cmd = exec.Command("git", "describe", "--always", "--dirty")
	cmd.Dir = root
	if out, err := cmd.Output(); err == nil {
		version = "at " + strings.TrimSpace(string(out))
	}
	return path, version, nil
}
