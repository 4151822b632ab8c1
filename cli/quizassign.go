package cli

import (
	"errors"
	"fmt"
	"io"
	"time"

	"brief/content"
	"brief/internal/profile"
	"brief/quiz/scores"
	"brief/quiz/study"
)

// assignment applies the pack's assignment, if it sets one and the
// student did not ask to practise: it refuses flags that would change it
// and a start with no attempts left, and sets the quiz's mode, time,
// count and seed as the teacher set them, the seed drawn for the student
// by name. It returns nil when the quiz is the student's own.
func (o *quizOptions) assignment(store *scores.Store, p *content.Pack, a *content.Article, seedGiven *bool, name string) (*study.Assigned, error) {
	if p.Assignment == nil {
		return nil, nil
	}
	if o.practice {
		if o.exam {
			return nil, usageError{errors.New("--practice and --exam: choose one")}
		}
		return nil, nil
	}
	as, err := study.AssignmentAt(store, p, a, time.Now())
	if err != nil {
		return nil, err
	}
	req := study.Requested{Exam: o.exam, TimeLimit: o.timeLimit, Levels: o.levels, Section: o.section, Seed: *seedGiven}
	if o.nGiven {
		req.N = o.n
	}
	if err := as.Refuse(req); err != nil {
		return nil, usageError{err}
	}
	if err := as.Check(); err != nil {
		return nil, err
	}
	o.exam, o.timeLimit, o.n, o.nGiven = as.Exam(), as.TimeLimit(), as.Questions, as.Questions > 0
	o.seed, *seedGiven = as.Seed(name, p.ID, a.ID), true
	o.assigned, o.carryOn = true, as.OnlyToCarryOn()
	return as, nil
}

// studentName is the name results are handed in under: the saved one, or,
// the first time, one the student types (saved for next time).
func studentName(g *globalOptions, linesOf func() lineSource, out io.Writer) (string, error) {
	dir, err := dataDir(g)
	if err != nil {
		return "", err
	}
	prof, err := profile.Load(dir)
	if err != nil {
		return "", err
	}
	if prof.Name != "" {
		return prof.Name, nil
	}
	fmt.Fprintln(out, "This quiz is an assignment: your results go to your teacher under your name.")
	lines := linesOf()
	for {
		prompt := "Your name, as your teacher knows it: "
		lines.show(prompt)
		typed, err := lines.read(prompt)
		if err != nil {
			return "", err
		}
		lines.shown(typed)
		if msg := profile.CheckName(typed); msg != "" {
			fmt.Fprintf(out, "  %s.\n", msg)
			continue
		}
		prof.Name = profile.Clean(typed)
		if err := profile.Save(dir, prof); err != nil {
			return "", fmt.Errorf("save your name: %w", err)
		}
		fmt.Fprintf(out, "Thank you, %s. (Change it with brief config name.)\n\n", prof.Name)
		return prof.Name, nil
	}
}

// assignmentNote says what the student is starting: the assignment as
// set, and that a start past the due day is marked late.
func assignmentNote(out io.Writer, as *study.Assigned) {
	if as == nil {
		return
	}
	fmt.Fprintf(out, "Assignment: %s\n", as.Line(time.Now()))
	if as.Overdue {
		fmt.Fprintln(out, "The due day is past: your teacher will see this attempt as late.")
	}
	fmt.Fprintln(out)
}

// carryOnAssigned reports whether an unfinished attempt at the assignment
// is carried on without asking, and says so: as in Moodle, a student
// carries on the attempt they started rather than start another, which
// would use up one more of the attempts the teacher allows (and when
// none is left, the unfinished one is all there is).
func carryOnAssigned(as *study.Assigned, u *study.Unfinished, out io.Writer) bool {
	if as == nil || u == nil {
		return false
	}
	fmt.Fprintf(out, "Carrying on your unfinished attempt at the assignment (%s).\n", u.Describe())
	return true
}
