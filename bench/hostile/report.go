package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// row is the table's row for one command of the case, with the
// temporary folder tmp written as $TMP.
func (hc *hostileCase) row(r *result, verdict, tmp string) []string {
	escape := "none"
	if r.escape != "" {
		escape = "**" + cell(r.escape) + "**"
	}
	return []string{
		hc.name, hc.finding, "`" + cell(strings.ReplaceAll(r.cmd, "`", "'")) + "`", r.exit,
		fmt.Sprintf("%.2f s", r.wall.Seconds()), fmt.Sprintf("%d MB", r.rss>>20),
		bold(verdict), escape, cell(visible(head(strings.ReplaceAll(r.said, tmp, "$TMP"), 140))),
	}
}

// printTable prints the Markdown table of rows on stdout, under a line
// naming the binary, the machine and the limits, and over the count of
// the n commands that kept within them.
func printTable(rows [][]string, version string, timeout time.Duration, memCap int64, n, failed int) {
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
