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
	"archive/zip"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"syscall"
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
		for _, d := range []string{filepath.Join(c.dir, "out"), c.data} {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return 0, err
			}
		}
		if err := hc.build(c); err != nil {
			return 0, fmt.Errorf("%s: making the input: %w", hc.name, err)
		}
		var prev *result
		for _, s := range hc.steps {
			n++
			var r *result
			if s.afterPrev && prev != nil && prev.exit == "killed" {
				r = &result{cmd: visible("brief " + strings.Join(quoteArgs(s.args), " ")), exit: "not run",
					problems: []string{"NOT MEASURED"}, said: "(the step before was killed, so what this step reads is not there)"}
			} else {
				r = c.run(s)
			}
			prev = r
			if hc.secret {
				if leak := leaks(c, append(r.stdout, r.stderr...)); leak != "" {
					r.problems = append(r.problems, leak)
				}
			}
			if hc.forged != "" && (hasLine(string(r.stdout), hc.forged) || hasLine(r.stderr, hc.forged)) {
				r.problems = append(r.problems, "forged line")
			}
			verdict := r.verdict()
			if verdict != "ok" {
				failed++
			}
			fmt.Fprintf(os.Stderr, "%-18s %-52s %6.2f s %6d MB  %s\n", hc.name, head(r.cmd, 52), r.wall.Seconds(), r.rss>>20, verdict)
			escape := "none"
			if r.escape != "" {
				escape = "**" + cell(r.escape) + "**"
			}
			rows = append(rows, []string{
				hc.name, hc.finding, "`" + cell(strings.ReplaceAll(r.cmd, "`", "'")) + "`", r.exit,
				fmt.Sprintf("%.2f s", r.wall.Seconds()), fmt.Sprintf("%d MB", r.rss>>20),
				bold(verdict), escape, cell(visible(head(strings.ReplaceAll(r.said, tmp, "$TMP"), 140))),
			})
		}
	}

	fmt.Printf("brief %s, %s/%s, %d CPUs; limits %v and %d MB per command; killed at %v or %d MB\n\n",
		version, runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), limitTime, limitRSS>>20, timeout, memCap>>20)
	fmt.Println("| case | finding | command | exit | time | max RSS | verdict | raw ESC/BEL | brief said (first line of stderr) |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|")
	for _, row := range rows {
		fmt.Println("| " + strings.Join(row, " | ") + " |")
	}
	fmt.Printf("\n%d of %d commands within the limits.\n", n-failed, n)
	if hwm := ownPeak(); hwm > 0 {
		// Go starts a child with vfork, so the kernel counts this
		// program's peak in the child's max RSS: it is the column's floor.
		fmt.Printf("This program's own peak RSS, a floor for the max RSS column: %d MB.\n", hwm>>20)
	}
	return failed, nil
}

func bold(verdict string) string {
	if verdict == "ok" {
		return verdict
	}
	return "**" + verdict + "**"
}

// verdict is "ok", or every rule the command broke.
func (r *result) verdict() string {
	var v []string
	if r.wall > limitTime || r.rss > limitRSS {
		v = append(v, "OVER LIMIT")
	}
	v = append(v, r.problems...)
	if len(v) == 0 {
		return "ok"
	}
	return strings.Join(v, ", ")
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

// run runs one step of the case as a whole process in a session of its
// own (so it has no terminal to reach), kills it at the timeout or when
// its memory passes the cap, and measures it.
func (c *caseEnv) run(s step) *result {
	r := &result{cmd: visible("brief " + strings.Join(quoteArgs(s.args), " "))}
	cmd := exec.Command(c.brief, s.args...)
	cmd.Dir = filepath.Join(c.dir, s.dir)
	cmd.Env = append(withoutVar(os.Environ(), "BRIEF_DATA_DIR"), "BRIEF_DATA_DIR="+c.data)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	var stdout, stderr scanWriter
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.WaitDelay = time.Second
	var keepOpen *os.File
	switch {
	case s.openStdin:
		pr, pw, err := os.Pipe()
		if err != nil {
			r.exit, r.said = "not run", err.Error()
			return r
		}
		defer pr.Close()
		cmd.Stdin, keepOpen = pr, pw
		r.cmd += " < (open terminal)"
	case s.stdin != "":
		cmd.Stdin = strings.NewReader(s.stdin)
		r.cmd = "printf " + strconv.Quote(s.stdin) + " | " + r.cmd
	}

	start := time.Now()
	if err := cmd.Start(); err != nil {
		r.exit, r.said = "not run", err.Error()
		return r
	}
	if keepOpen != nil {
		defer keepOpen.Close()
	}
	stop := make(chan string, 1)
	timer := time.AfterFunc(c.timeout, func() {
		select {
		case stop <- "timed out":
		default:
		}
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	})
	watching := make(chan struct{})
	go watchMemory(cmd.Process.Pid, c.memCap, stop, watching)
	err := cmd.Wait()
	r.wall = time.Since(start)
	timer.Stop()
	close(watching)

	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.rss = int64(ru.Maxrss) * 1024 // KiB on Linux
		if runtime.GOOS == "darwin" {
			r.rss = int64(ru.Maxrss)
		}
	}
	r.stdout = stdout.kept.Bytes()
	r.stderr = stderr.kept.String()
	r.said = said(r.stderr, string(r.stdout))
	var exitErr *exec.ExitError
	switch {
	case len(stop) > 0:
		why := <-stop
		r.exit = "killed"
		r.problems = append(r.problems, why)
	case err == nil:
		r.exit = "0"
	case errors.As(err, &exitErr) && exitErr.ExitCode() >= 0:
		r.exit = strconv.Itoa(exitErr.ExitCode())
	case errors.As(err, &exitErr):
		r.exit = exitErr.ProcessState.String()
	default:
		r.exit = err.Error()
	}
	for _, sign := range []string{"panic:", "fatal error:", "goroutine "} {
		if strings.Contains(r.stderr, sign) {
			r.problems = append(r.problems, "CRASH")
			if line := lineWith(r.stderr, sign); line != "" {
				r.said = line
			}
			break
		}
	}
	if e := stdout.done(); e != "" {
		r.escape = "stdout: " + e
	} else if e := stderr.done(); e != "" {
		r.escape = "stderr: " + e
	}
	if r.escape != "" {
		r.problems = append(r.problems, "RAW ESCAPE")
	}
	return r
}

// watchMemory kills the process pid once its resident memory passes
// limit, so a runaway render cannot take the machine's memory while it
// waits for the timeout. It reads /proc, and does nothing where there is
// none.
func watchMemory(pid int, limit int64, stop chan<- string, done <-chan struct{}) {
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	status := fmt.Sprintf("/proc/%d/status", pid)
	for {
		select {
		case <-done:
			return
		case <-tick.C:
		}
		data, err := os.ReadFile(status)
		if err != nil {
			return
		}
		for line := range strings.SplitSeq(string(data), "\n") {
			rest, ok := strings.CutPrefix(line, "VmRSS:")
			if !ok {
				continue
			}
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if kb*1024 > limit {
				select {
				case stop <- fmt.Sprintf("memory past %d MB", limit>>20):
				default:
				}
				syscall.Kill(-pid, syscall.SIGKILL)
				return
			}
		}
	}
}

// said is what brief said, in one line: the first line of its stderr;
// lint's count of problems there is followed by the first problem, which
// it prints on stdout; with nothing on stderr, the first line of stdout.
func said(stderr, stdout string) string {
	first := firstLine(stderr)
	if first == "" {
		if out := firstLine(stdout); out != "" {
			return "stdout: " + out
		}
		return ""
	}
	if strings.Contains(first, "error(s)") {
		if problem := lineWith(stdout, ": error: "); problem != "" {
			return first + ": " + problem
		}
	}
	return first
}

// ownPeak is the peak resident memory of this program's own address space
// (VmHWM), which a child started by vfork inherits as the start of its max
// RSS. getrusage would also count the peak of the go command that started
// this one under go run, which no child of this one inherits.
func ownPeak() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.SplitSeq(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// lineWith is the first line of s that holds sign.
func lineWith(s, sign string) string {
	for line := range strings.SplitSeq(s, "\n") {
		if strings.Contains(line, sign) {
			return strings.TrimSpace(line)
		}
	}
	return ""
}

// quoteArgs writes arguments as a shell would need them, with control
// characters made visible.
func quoteArgs(args []string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		if strings.ContainsAny(a, " \t\n'\"$\x1b\x07;[]*") {
			a = "'" + a + "'"
		}
		out[i] = a
	}
	return out
}

func withoutVar(env []string, name string) []string {
	var out []string
	for _, kv := range env {
		if !strings.HasPrefix(kv, name+"=") {
			out = append(out, kv)
		}
	}
	return out
}

// findSecret looks for secretMarker in the plain files under dir, and in
// every entry of the zips among them. It names the first file holding it.
func findSecret(dir string) string {
	found := ""
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || found != "" || !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		rel, _ := filepath.Rel(dir, path)
		if bytes.Contains(data, []byte(secretMarker)) {
			found = rel
			return nil
		}
		if zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); err == nil {
			for _, f := range zr.File {
				rc, err := f.Open()
				if err != nil {
					continue
				}
				entry, _ := io.ReadAll(io.LimitReader(rc, 8<<20))
				rc.Close()
				if bytes.Contains(entry, []byte(secretMarker)) {
					found = rel + ":" + f.Name
					return nil
				}
			}
		}
		return nil
	})
	return visible(found)
}
