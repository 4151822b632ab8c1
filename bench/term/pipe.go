package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"
)

// pipeArgs is how each program prints an article, dark style, 80 columns,
// into a pipe. glow gives a pipe the dark style's layout without its
// colours; brief, asked for a style by name, gives a pipe its colours too
// (for `less -R`), so it runs under NO_COLOR here (see printOnce), and
// both print the same text.
func pipeArgs(p program, article string) []string {
	if p.name == "glow" {
		return []string{"-s", "dark", "-w", "80", article}
	}
	return []string{"read", "--plain", "--style", "dark", "--width", "80", article}
}

// pipeRow is one article printed by every program, timed in turns.
type pipeRow struct {
	name, article string
}

var pipeRows = []pipeRow{{"seed article", "seed/article.md"}, {"100x article", "long/long.md"}}

// printOnce runs one program printing into a pipe that is read and
// thrown away, and returns its wall time and peak memory (kB). It is run
// from a small process of its own (printChild): Go starts programs with
// vfork, and Linux counts the starting program's memory, shared until the
// exec, in the child's peak, so started from the bench, which keeps every
// terminal's output, the figure would be the bench's.
func (b *bench) printOnce(p program, article string) (time.Duration, int64, error) {
	self, err := os.Executable()
	if err != nil {
		return 0, 0, err
	}
	cmd := exec.Command(self, append([]string{p.path}, pipeArgs(p, article)...)...)
	cmd.Dir = b.work
	cmd.Env = append(append([]string{printChildEnv + "=1"}, b.env...), "BRIEF_DATA_DIR="+filepath.Join(b.work, "data"))
	if p.name != "glow" {
		cmd.Env = append(cmd.Env, "NO_COLOR=1") // the uncoloured dark layout glow prints
	}
	out, err := cmd.Output()
	if err != nil {
		return 0, 0, fmt.Errorf("%s: %w", p.name, err)
	}
	var ns, rss, n int64
	if _, err := fmt.Sscan(string(out), &ns, &rss, &n); err != nil {
		return 0, 0, fmt.Errorf("%s: %q: %w", p.name, out, err)
	}
	if n < 1000 { // a printer that prints nothing is not fast
		return 0, 0, fmt.Errorf("%s printed only %d bytes", p.name, n)
	}
	return time.Duration(ns), rss, nil
}

// printChildEnv, set, makes the bench the small process printOnce runs
// a printer from.
const printChildEnv = "BENCH_TERM_PRINT"

// printChild runs os.Args[1:] with its output counted and thrown away, and
// prints its wall time (ns), peak memory (kB) and output size (bytes).
func printChild() error {
	cmd := exec.Command(os.Args[1], os.Args[2:]...)
	cmd.Env = os.Environ()
	n := &countingWriter{}
	cmd.Stdout, cmd.Stderr = n, os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return err
	}
	d := time.Since(start)
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return errors.New("no resource usage")
	}
	_, err := fmt.Println(d.Nanoseconds(), ru.Maxrss, n.n)
	return err
}

// countingWriter throws away what is written and counts it.
type countingWriter struct{ n int }

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

var _ io.Writer = (*countingWriter)(nil)

// measurePipes prints each article with every program, in turns that
// alternate who goes first, and adds wall times and peak memory to t.
func (b *bench) measurePipes(t *table, programs []program, runs int) {
	for i := range runs + 2 {
		for _, row := range pipeRows {
			for _, p := range alternate(programs, i) {
				d, rss, err := b.printOnce(p, row.article)
				if i < 2 { // warm-up: page cache, first-run costs
					continue
				}
				t.add(cell{"print into a pipe", row.name, p.name}, "ms", ms(d), err)
				t.add(cell{"print into a pipe", row.name + ", peak memory", p.name}, "MB", float64(rss)/1024, err)
			}
		}
	}
}

// alternate is programs in turn i's order: as given on even turns,
// reversed on odd ones, so that no program always follows another.
func alternate(programs []program, i int) []program {
	out := append([]program{}, programs...)
	if i%2 == 1 {
		for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
			out[l], out[r] = out[r], out[l]
		}
	}
	return out
}
