package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// run runs one step of the case as a whole process in a session of its
// own (so it has no terminal to reach), kills it at the timeout or when
// its memory passes the cap, and measures it.
func (c *caseEnv) run(s step) *result {
	r := &result{cmd: visible("brief " + strings.Join(quoteArgs(s.args), " "))}
	cmd, stdout, stderr := c.command(s)
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
	wall, killed, err := c.wait(cmd, start)
	r.wall = wall

	r.measureRSS(cmd.ProcessState)
	r.stdout = stdout.kept.Bytes()
	r.stderr = stderr.kept.String()
	r.said = said(r.stderr, string(r.stdout))
	r.setExit(err, killed)
	r.checkCrash()
	r.checkEscapes(stdout, stderr)
	return r
}

// command is the brief command of step s, in its folder, with the case's
// data folder, in a session of its own, writing to the two scanWriters
// it returns.
func (c *caseEnv) command(s step) (cmd *exec.Cmd, stdout, stderr *scanWriter) {
	cmd = exec.Command(c.brief, s.args...)
	cmd.Dir = filepath.Join(c.dir, s.dir)
	cmd.Env = append(withoutVar(os.Environ(), "BRIEF_DATA_DIR"), "BRIEF_DATA_DIR="+c.data)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	stdout, stderr = new(scanWriter), new(scanWriter)
	cmd.Stdout, cmd.Stderr = stdout, stderr
	cmd.WaitDelay = time.Second
	return cmd, stdout, stderr
}

// wait waits for the started cmd, killing it at the timeout or when its
// memory passes the cap. It returns how long the command ran from start,
// a channel holding why it was killed if it was, and what Wait returned.
func (c *caseEnv) wait(cmd *exec.Cmd, start time.Time) (wall time.Duration, killed <-chan string, err error) {
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
	err = cmd.Wait()
	wall = time.Since(start)
	timer.Stop()
	close(watching)
	return wall, stop, err
}

// measureRSS notes the command's max RSS.
func (r *result) measureRSS(ps *os.ProcessState) {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		r.rss = int64(ru.Maxrss) * 1024 // KiB on Linux
		if runtime.GOOS == "darwin" {
			r.rss = int64(ru.Maxrss)
		}
	}
}

// setExit notes how the command ended, from what Wait returned and from
// killed, which holds why the command was killed if it was.
func (r *result) setExit(err error, killed <-chan string) {
	var exitErr *exec.ExitError
	switch {
	case len(killed) > 0:
		why := <-killed
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
}

// checkCrash finds a Go panic or fatal error on stderr, and says its line.
func (r *result) checkCrash() {
	for _, sign := range []string{"panic:", "fatal error:", "goroutine "} {
		if strings.Contains(r.stderr, sign) {
			r.problems = append(r.problems, "CRASH")
			if line := lineWith(r.stderr, sign); line != "" {
				r.said = line
			}
			break
		}
	}
}

// checkEscapes notes the first raw terminal control the command wrote.
func (r *result) checkEscapes(stdout, stderr *scanWriter) {
	if e := stdout.done(); e != "" {
		r.escape = "stdout: " + e
	} else if e := stderr.done(); e != "" {
		r.escape = "stderr: " + e
	}
	if r.escape != "" {
		r.problems = append(r.problems, "RAW ESCAPE")
	}
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

func withoutVar(env []string, name string) []string {
	var out []string
	for _, kv := range env {
		if !strings.HasPrefix(kv, name+"=") {
			out = append(out, kv)
		}
	}
	return out
}
