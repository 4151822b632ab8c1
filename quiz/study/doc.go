// Package study is what every front end of a quiz shares, so that the
// plain quiz, the full-screen quiz, results and stats behave and speak
// alike:
//
//   - A [Writer] is the one path by which quiz attempts reach a score
//     store: one ordered writer goroutine per store, a non-blocking queue
//     of writes, and a bounded Flush on quit that says what was not saved.
//   - [LoadReview] plans a review of the questions due, and [HomeStatus]
//     reads the notes of the home screen.
//   - The wording every front end shares: the clock ([Countdown]),
//     percentages, section names, plurals, how long ago ([Ago]).
//
// It does no terminal I/O and knows no Bubble Tea: outcomes come back as
// values ([Ticket]) that a front end waits for in its own way.
package study
