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
	case sec.WPM > skimmedAbove, sec.Reading > 0 && sec.Words == 0:
		return "skimmed"
	case sec.WPM > 0:
		return fmt.Sprintf("%.0f wpm", sec.WPM)
	}
	return v.none() + " wpm"
}

// formatDuration is a time span in seconds under ten minutes ("42s",
// "3m 05s"), so a student can check it against a clock, and to the
// minute above ("42m", "1h 05m").
func formatDuration(d time.Duration) string {
	if d <= 0 {
		return "none"
	}
	if secs := d.Round(time.Second); secs < time.Minute {
		return fmt.Sprintf("%ds", int(secs/time.Second))
	}
	if d < 10*time.Minute {
		// Seconds still matter here: "3m" could be 2m30s or 3m29s.
		d = d.Round(time.Second)
		return fmt.Sprintf("%dm %02ds", int(d/time.Minute), int(d%time.Minute/time.Second))
	}
	d = d.Round(time.Minute)
	if d < time.Hour {
		return fmt.Sprintf("%dm", int(d/time.Minute))
	}
	return fmt.Sprintf("%dh %02dm", int(d/time.Hour), int(d%time.Hour/time.Minute))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
