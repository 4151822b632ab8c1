package main

// The whole-process comparison README's performance table reports: brief
// printing the default article against the least a program can do to print
// the same Markdown with Glamour (bench/minimal).

import (
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// BenchmarkPlainAgainstMinimal runs `brief read --plain` and bench/minimal
// in turns, swapping which goes first each time, so both see the same
// machine: the CPU's frequency, the page cache and other load drift over a
// run, and timing one program's runs after the other's (as hyperfine does)
// folds that drift into the ratio. It reports the median wall time of each
// and brief's as a multiple of the minimal program's.
func BenchmarkPlainAgainstMinimal(b *testing.B) {
	minimal := filepath.Join(b.TempDir(), "minimal")
	if out, err := exec.Command("go", "build", "-buildvcs=false", "-o", minimal, "./bench/minimal").CombinedOutput(); err != nil {
		b.Fatalf("build bench/minimal: %v\n%s", err, out)
	}
	article := filepath.Join("content", "defaultpack", "russia-dprk-summit-2023.md")
	programs := [2][]string{
		{binary, "read", "--plain", "--width", "80"},
		{minimal, article},
	}
	// Both must print the article; then warm the page cache for both.
	for _, p := range programs {
		if out, err := exec.Command(p[0], p[1:]...).Output(); err != nil || len(out) < 1000 {
			b.Fatalf("%v: %v (%d bytes of output)", p, err, len(out))
		}
	}
	for range 5 {
		for _, p := range programs {
			runOnce(b, p)
		}
	}
	var times [2][]time.Duration
	i := 0
	for b.Loop() {
		first := i % 2
		for _, k := range []int{first, 1 - first} {
			times[k] = append(times[k], runOnce(b, programs[k]))
		}
		i++
	}
	brief, base := median(times[0]), median(times[1])
	b.ReportMetric(float64(brief.Microseconds())/1000, "brief-ms")
	b.ReportMetric(float64(base.Microseconds())/1000, "minimal-ms")
	b.ReportMetric(float64(brief)/float64(base), "ratio")
}

// runOnce runs a program with its output sent to the null device (as
// hyperfine -N does, so no pipe's reader is timed with it) and returns how
// long it took from start to exit.
func runOnce(b *testing.B, args []string) time.Duration {
	b.Helper()
	cmd := exec.Command(args[0], args[1:]...)
	start := time.Now()
	if err := cmd.Run(); err != nil {
		b.Fatalf("%v: %v", args, err)
	}
	return time.Since(start)
}

func median(d []time.Duration) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2]
}
