package main

import (
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"
)

// pipeArgs is how each program prints an article, dark style, 80 columns,
// into a pipe: what `brief read --plain --style dark | less -R` and
// `glow -s dark | less -r` do.
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
// thrown away, and returns its wall time and peak memory (kB). An empty
// output is a failure: a printer that prints nothing is not fast.
func (b *bench) printOnce(p program, article string) (time.Duration, int64, error) {
	cmd := exec.Command(p.path, pipeArgs(p, article)...)
	cmd.Dir, cmd.Env = b.work, append(append([]string{}, b.env...), "BRIEF_DATA_DIR="+filepath.Join(b.work, "data"))
	n := &countingWriter{}
	cmd.Stdout = n
	start := time.Now()
	err := cmd.Run()
	d := time.Since(start)
	if err != nil {
		return 0, 0, fmt.Errorf("%s: %w", p.name, err)
	}
	if n.n < 1000 {
		return 0, 0, fmt.Errorf("%s printed only %d bytes", p.name, n.n)
	}
	ru, _ := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	var rss int64
	if ru != nil {
		rss = ru.Maxrss
	}
	return d, rss, nil
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
