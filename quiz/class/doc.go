// Package class is results handed in and read back: it collects a
// student's finished attempts on a pack from their score store into one
// hand-in file (handin.go, collect.go), and makes the teacher's report from
// such files: a gradebook of student × article, item analysis per question
// (facility, discrimination, the wrong answer most chosen, time), and each
// student's strongest and weakest sections and levels. The report reads
// hand-in files alone, never a store.
package class
