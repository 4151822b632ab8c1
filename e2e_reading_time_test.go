package main

import (
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	"brief/quiz/scores"
)

// readingScript is how long TestEndToEndReadingTimeMatchesAStopwatch
// reads: long enough for the section on screen to change many times, short
// enough for CI. BRIEF_E2E_READ_FOR (a Go duration, "3m") reads longer.
func readingScript(t *testing.T) time.Duration {
	d := 24 * time.Second
	if s := os.Getenv("BRIEF_E2E_READ_FOR"); s != "" {
		var err error
		if d, err = time.ParseDuration(s); err != nil {
			t.Fatalf("BRIEF_E2E_READ_FOR=%q: %v", s, err)
		}
	}
	return d
}

// A student reads at a human pace, a line or two and now and then a page
// every few seconds, and leaves: the reading time the stats give is what
// a stopwatch says, within 10%.
func TestEndToEndReadingTimeMatchesAStopwatch(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	s := startTmux(t, 80, 24, []string{"BRIEF_DATA_DIR=" + dir}, "read")
	s.waitFor("Russian Federation President Vladimir Putin")
	start := time.Now()
	pace := []struct {
		key   string
		pause time.Duration
	}{{"j", 2 * time.Second}, {"j", 2 * time.Second}, {"Space", 4 * time.Second}, {"j", 3 * time.Second}, {"k", time.Second}}
	for i := 0; time.Since(start) < readingScript(t); i++ {
		p := pace[i%len(pace)]
		time.Sleep(p.pause)
		s.keys(p.key)
	}
	s.keys("q")
	watch := time.Since(start)
	if status := s.exitStatus(); status != "0" {
		t.Fatalf("brief exited with %s, want 0", status)
	}
	st, err := scores.OpenToRead(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stats, err := st.Stats(time.Now())
	if err != nil {
		t.Fatal(err)
	}
	off := math.Abs(stats.ReadingTime.Seconds()-watch.Seconds()) / watch.Seconds()
	t.Logf("stopwatch %v, stats %v (%.1f%% off)", watch.Round(100*time.Millisecond), stats.ReadingTime, 100*off)
	if off > 0.10 {
		t.Errorf("reading time %v against a stopwatch's %v: %.0f%% off, want within 10%%", stats.ReadingTime, watch, 100*off)
	}
}
