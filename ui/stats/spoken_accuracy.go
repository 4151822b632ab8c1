package stats

import (
	"fmt"

	"brief/quiz/scores"
)

// trendDays is how many of the latest days the accuracy's trend compares
// with the days before them: a week, the span a student plans in.
const trendDays = 7

// accuracy says what the sparkline shows, in the few figures a listener
// can keep in mind: the accuracy over the days and today's; then, with
// two days or more of answers, the best and the worst day, and whether
// the last week went better or worse than the days before it.
func (sp spokenView) accuracy() []string {
	days := sp.st.Daily
	if len(days) == 0 {
		return nil
	}
	head := fmt.Sprintf("Accuracy over the last %d days: ", len(days))
	percent, active := dayTotals(days)
	if active == 0 {
		return []string{head + "no answers in these days."}
	}
	today := "no answers yet today"
	if d := days[len(days)-1]; d.Answers > 0 {
		today = "today " + formatPercent(d.Percent)
	}
	out := []string{fmt.Sprintf("%s%s on %d %s with answers; %s.", head, formatPercent(percent),
		active, plural(active, "day", "days"), today)}
	if active < 2 {
		return out
	}
	// Every day alike has no best or worst one to name.
	if best, worst := bestAndWorst(days); formatPercent(best.Percent) != formatPercent(worst.Percent) {
		out = append(out, fmt.Sprintf("Best day: %s on %s. Worst day: %s on %s.",
			formatPercent(best.Percent), best.Day.Format("2 January"), formatPercent(worst.Percent), worst.Day.Format("2 January")))
	}
	if trend := trendSentence(days); trend != "" {
		out = append(out, trend)
	}
	return out
}

// bestAndWorst are the days with answers of the highest and the lowest
// accuracy, the latest of each where days tie.
func bestAndWorst(days []scores.DayAccuracy) (best, worst scores.DayAccuracy) {
	first := true
	for _, d := range days {
		if d.Answers == 0 {
			continue
		}
		if first || d.Percent >= best.Percent {
			best = d
		}
		if first || d.Percent <= worst.Percent {
			worst = d
		}
		first = false
	}
	return best, worst
}

// trendSentence compares the accuracy of the last week with that of the
// days before it: "Last 7 days: 60%, up from 45% in the 23 days before.";
// "" when either has no answers.
func trendSentence(days []scores.DayAccuracy) string {
	if len(days) <= trendDays {
		return ""
	}
	split := len(days) - trendDays
	recent, recentActive := dayTotals(days[split:])
	before, beforeActive := dayTotals(days[:split])
	if recentActive == 0 || beforeActive == 0 {
		return ""
	}
	was, now := formatPercent(before), formatPercent(recent)
	change := "up from"
	switch {
	case now == was:
		change = "the same as"
	case recent < before:
		change = "down from"
	}
	return fmt.Sprintf("Last %d days: %s, %s %s in the %d days before.", trendDays, now, change, was, split)
}
