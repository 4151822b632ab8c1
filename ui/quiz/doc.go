// Package quiz is the quiz screen and the results screen that follows it.
// They belong together: a quiz gives way to its results when it is handed
// in, and the results' "again" keys (retry the missed questions, take a
// fresh session) open a new quiz screen, all within this package. The
// root opens a quiz with [New] on a [common.StartQuizMsg] or a loaded
// review, and leaves every quiz rule to the screen's study.Attempt.
//
// The quiz asks one question per screen through an answer widget per
// question kind (choice, typed text, cloze, order, match); [KeyMap] and
// [ResultsKeyMap] are the keys the screens offer and their help shows.
package quiz
