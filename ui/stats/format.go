package stats

import (
	"fmt"
	"time"

	"brief/quiz/scores"
)

// skimmedAbove is the speed, in words a minute, above which a section was
// skimmed rather than read: few people read faster, and a student shown
// 900 wpm would trust none of the stats.
const skimmedAbove = 450

// speed is a section's reading speed as the stats show it: "230 wpm",
// "skimmed" when it was faster than anyone reads (or only ever passed
// through, with time but no words read), or a dash when never read.
func (v statsView) speed(sec scores.SectionStats) string {
	switch {
	case skimmed(sec):
		return "skimmed"
	case sec.WPM > 0:
		return fmt.Sprintf("%.0f wpm", sec.WPM)
	}
	return v.none() + " wpm"
}

// skimmed tells whether a section was read faster than anyone reads, or
// only passed through, with time but no words read.
func skimmed(sec scores.SectionStats) bool {
	return sec.WPM > skimmedAbove || sec.Reading > 0 && sec.Words == 0
}

// streakText is the daily streak in words: "4 days", "none yet today".
func streakText(n int) string {
	switch {
	case n == 1:
		return "1 day"
	case n > 1:
		return fmt.Sprintf("%d days", n)
	}
	return "none yet today"
}

// dayTotals is the accuracy over days, weighted by the points each day
// offered, and how many of the days have answers (the percent is NaN when
// none has).
func dayTotals(days []scores.DayAccuracy) (percent float64, active int) {
	var points, avail float64
	for _, d := range days {
		if d.Answers > 0 {
			points, avail, active = points+d.Points, avail+d.Max, active+1
		}
	}
	return 100 * points / avail, active
}

// formatDuration is a time span in seconds under ten minutes ("42s",
// "3m 05s"), so a student can check it against a clock, and to the
// minute above ("42m", "1h 05m").
func formatDuration(d time.Duration) string {
	if d <= 0 {
		return "none"
	}
	h, m, sec, seconds := clock(d)
	switch {
	case seconds && m == 0:
		return fmt.Sprintf("%ds", sec)
	case seconds:
		return fmt.Sprintf("%dm %02ds", m, sec)
	case h == 0:
		return fmt.Sprintf("%dm", m)
	}
	return fmt.Sprintf("%dh %02dm", h, m)
}

// clock splits a positive time span into hours, minutes and seconds as
// the stats give it: to the second under ten minutes (seconds is true,
// hours 0), where "3m" could be 2m30s or 3m29s, and to the minute above.
func clock(d time.Duration) (h, m, s int, seconds bool) {
	if d < 10*time.Minute {
		d = d.Round(time.Second)
		return 0, int(d / time.Minute), int(d % time.Minute / time.Second), true
	}
	d = d.Round(time.Minute)
	return int(d / time.Hour), int(d % time.Hour / time.Minute), 0, false
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
