// Package class reads the results students hand in and makes the
// teacher's report from them: a gradebook of student × article, item
// analysis per question (facility, discrimination, the wrong answer most
// chosen, time), and each student's strongest and weakest sections and
// levels. It knows nothing about terminals or the score store: the
// hand-in file (handin.go) is its only input.
package class
