package class

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// The gradebook's clock and the CSV's seconds round a time the same way,
// to the nearest second.
func TestClockAndSecondsAgree(t *testing.T) {
	for _, tc := range []struct {
		d     time.Duration
		clock string
		secs  int64
	}{
		{4 * time.Millisecond, "0:00", 0},
		{1400 * time.Millisecond, "0:01", 1},
		{1500 * time.Millisecond, "0:02", 2},
		{59*time.Minute + 59*time.Second + 600*time.Millisecond, "1:00:00", 3600},
	} {
		if got := Clock(tc.d); got != tc.clock {
			t.Errorf("Clock(%v) = %s; want %s", tc.d, got, tc.clock)
		}
		if got := Seconds(tc.d); got != tc.secs {
			t.Errorf("Seconds(%v) = %d; want %d", tc.d, got, tc.secs)
		}
	}
	hs := classHandIns()[1:2] // Ben, one attempt
	a := &hs[0].Attempts[0]
	end := a.Started.Add(4 * time.Millisecond)
	a.Finished = &end
	r := Build(hs)
	var table, csv bytes.Buffer
	if err := WriteTable(&table, r, TableOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := WriteCSV(&csv, r, TableGradebook); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(table.String(), "│ 0:00 │") || !strings.Contains(csv.String(), ",0.5,0.5,0,true,false,") {
		t.Errorf("a 0.004 s attempt: table and CSV disagree:\n%s\n%s", table.String(), csv.String())
	}
}
