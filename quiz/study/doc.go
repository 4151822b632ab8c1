// Package study is what every front end of a quiz drives: the plain,
// line-by-line quiz of the command line and the full-screen quiz of the
// terminal interface call it, and neither holds quiz rules of its own.
//
//   - An [Attempt] owns one sitting of a quiz, begun anew or resumed: the
//     answers and skips, exam flags, the exam clock and its deadline, the
//     hand-in, the running score and the breakdowns by section, article
//     and level.
//   - A [Writer] is the one path by which attempts reach a score store:
//     one ordered writer goroutine per store, a non-blocking queue of
//     writes, and a bounded Flush on quit that says what was not saved.
//   - [FindUnfinished] looks up an attempt to resume, [LoadReview] plans a
//     review of the questions due, and [HomeStatus] reads the notes of the
//     home screen.
//   - The wording every front end shares: the clock ([Countdown]),
//     percentages, section names, plurals, verdicts, how long ago.
//
// It does no terminal I/O and knows no Bubble Tea: outcomes come back as
// values ([Ticket], [Lookup]) that a front end waits for in its own way.
package study
