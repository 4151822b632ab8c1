package study

import (
	"fmt"
	"time"
)

// Requested is what a student asked for on the command line that an
// assignment sets for them.
type Requested struct {
	Practice  bool // practise instead, with the student's own settings
	Exam      bool
	N         int // 0: not given
	TimeLimit time.Duration
	Levels    []string
	Section   string
	Seed      bool // a seed was given
}

// Refuse says why a request cannot run as the assignment, naming the
// flag: the assignment runs as the teacher set it. Asking for what it
// sets anyway (--exam for an exam) is not refused, and practice never is.
func (as *Assigned) Refuse(r Requested) error {
	if r.Practice {
		return nil
	}
	flag := ""
	switch {
	case r.Exam && !as.Exam():
		flag = "--exam"
	case r.N > 0 && r.N != as.Questions:
		flag = fmt.Sprintf("-n %d", r.N)
	case r.TimeLimit > 0 && r.TimeLimit != as.TimeLimit():
		flag = "--time " + r.TimeLimit.String()
	case len(r.Levels) > 0:
		flag = "--level"
	case r.Section != "":
		flag = "--section"
	case r.Seed:
		flag = "--seed"
	default:
		return nil
	}
	return fmt.Errorf("%s would change the assignment, which runs as your teacher set it (%s); add --practice to practise with your own settings",
		flag, as.Line(time.Now()))
}
