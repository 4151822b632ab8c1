package scores

import (
	"brief/quiz"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// twoBriefs opens two stores on one database, as two brief processes
// would (each store has its own claims), and starts an attempt in the
// first with an answer to q1, right.
func twoBriefs(t *testing.T) (first, second *Store, id int64) {
	t.Helper()
	dir := t.TempDir()
	var err error
	if first, err = Open(dir); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { first.Close() })
	if second, err = Open(dir); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { second.Close() })
	id, err = first.StartAttempt(AttemptInfo{PackID: "pack", ArticleID: "art", Mode: ModePractice, QuestionIDs: []string{"q1", "q2"}})
	if err != nil {
		t.Fatal(err)
	}
	if err := first.RecordAnswer(answer(id, "art", "q1", 1, 1, time.Now())); err != nil {
		t.Fatal(err)
	}
	return first, second, id
}

// item is a graded session item answering question qid for points out
// of 1, as a Recorder records it.
func item(qid string, points float64) *quiz.SessionItem {
	return &quiz.SessionItem{Q: &quiz.Question{ID: qid, Type: quiz.TrueFalse, Prompt: "P", Points: 1},
		Result: &quiz.Result{Points: points, Max: 1}}
}

// pointsFor reads the points saved for a question of the attempt.
func pointsFor(t *testing.T, s *Store, id int64, qid string) float64 {
	t.Helper()
	var p float64
	if err := s.db.QueryRow(`SELECT points FROM answers WHERE attempt_id = ? AND question_id = ?`, id, qid).Scan(&p); err != nil {
		t.Fatal(err)
	}
	return p
}

// assertInUse checks err says the attempt is open in the brief with the
// given pid.
func assertInUse(t *testing.T, err error, pid int) {
	t.Helper()
	var inUse *InUseError
	if !errors.As(err, &inUse) || !errors.Is(err, ErrInUse) || inUse.PID != pid {
		t.Fatalf("error %v, want the attempt open in pid %d", err, pid)
	}
	want := fmt.Sprintf("open in another brief (pid %d); start a new attempt", pid)
	if !strings.Contains(err.Error(), want) {
		t.Errorf("message %q does not say %q", err.Error(), want)
	}
}

// The finding: two briefs resuming one attempt overwrote each other's
// answers without a word. The second is not offered the attempt, and
// cannot write to it.
func TestAnAttemptOpenInOneBriefIsNotResumedInAnother(t *testing.T) {
	first, second, id := twoBriefs(t)
	at, _, err := second.UnfinishedAttempt("pack", "art")
	if at != nil {
		t.Fatalf("offered the attempt the first brief has open: %+v", at)
	}
	assertInUse(t, err, os.Getpid())

	// A second brief that carries on anyway (it found the attempt a
	// moment before the first claimed it) is refused, and keeps being.
	rec := second.Continue(id, AttemptInfo{PackID: "pack", ArticleID: "art"})
	assertInUse(t, rec.Record(Origin{}, item("q1", 0), time.Now()), os.Getpid())
	assertInUse(t, rec.Record(Origin{}, item("q2", 0), time.Now()), os.Getpid())
	assertInUse(t, rec.Finish(time.Now()), os.Getpid())
	assertInUse(t, second.ClaimAttempt(id), os.Getpid())
	assertInUse(t, second.RecordAnswer(answer(id, "art", "q1", 0, 1, time.Now())), os.Getpid())
	assertInUse(t, second.FinishAttempt(id, time.Now()), os.Getpid())
	if p := pointsFor(t, first, id, "q1"); p != 1 {
		t.Errorf("q1 has %v points, want the first brief's 1", p)
	}

	// The first brief goes on as before.
	mine, err := first.Begin(AttemptInfo{PackID: "pack", ArticleID: "other", Mode: ModePractice})
	if err != nil {
		t.Fatal(err)
	}
	if err := mine.Record(Origin{}, item("q1", 1), time.Now()); err != nil {
		t.Fatal(err)
	}
	if err := first.FinishAttempt(id, time.Now()); err != nil {
		t.Fatalf("the brief that has the attempt cannot hand it in: %v", err)
	}
}

// A brief that ends lets go of its attempts: the next one resumes them.
func TestClosingABriefLetsAnotherResume(t *testing.T) {
	first, second, id := twoBriefs(t)
	first.Close()
	at, answers, err := second.UnfinishedAttempt("pack", "art")
	if err != nil || at == nil || at.ID != id || len(answers) != 1 {
		t.Fatalf("after the first brief closed: %+v, %d answers, %v; want attempt %d", at, len(answers), err, id)
	}
	rec := second.Continue(at.ID, at.AttemptInfo)
	if err := rec.Claim(); err != nil {
		t.Fatal(err)
	}
	if err := rec.Record(Origin{}, item("q2", 1), time.Now()); err != nil {
		t.Fatal(err)
	}
	if err := rec.Finish(time.Now()); err != nil {
		t.Fatal(err)
	}
}

// An attempt whose brief is gone without letting go (killed, crashed,
// asleep, on another machine) is taken over; the brief it was taken
// from, if it comes back, is refused and told, and overwrites nothing.
func TestAnAttemptOfABriefThatIsGoneIsTakenOver(t *testing.T) {
	dead := deadPID(t)
	tests := map[string]string{
		"no heartbeat for long":       `UPDATE attempts SET owner_seen = 0`,
		"its process ended":           fmt.Sprintf(`UPDATE attempts SET owner_pid = %d`, dead),
		"on another host, no longer":  `UPDATE attempts SET owner_host = 'elsewhere', owner_seen = 0`,
		"released, as Close does":     `UPDATE attempts SET owner = ''`,
		"before brief claimed at all": `UPDATE attempts SET owner = '', owner_pid = 0, owner_host = '', owner_seen = 0`,
	}
	for name, gone := range tests {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			first, err := Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer first.Close()
			rec, err := first.Begin(AttemptInfo{PackID: "pack", ArticleID: "art", Mode: ModeExam, QuestionIDs: []string{"q1", "q2"}})
			if err != nil {
				t.Fatal(err)
			}
			if err := rec.Record(Origin{}, item("q1", 1), time.Now()); err != nil {
				t.Fatal(err)
			}
			if _, err := first.db.Exec(gone); err != nil {
				t.Fatal(err)
			}
			second, err := Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer second.Close()
			at, _, err := second.UnfinishedAttempt("pack", "art")
			if err != nil || at == nil {
				t.Fatalf("not offered: %+v, %v", at, err)
			}
			taken := second.Continue(at.ID, at.AttemptInfo)
			if err := taken.Record(Origin{}, item("q1", 0), time.Now()); err != nil {
				t.Fatalf("the attempt is not taken over: %v", err)
			}
			// The first brief comes back: its answer is refused, with
			// a note, and the second brief's stands.
			err = rec.Record(Origin{}, item("q1", 1), time.Now())
			var inUse *InUseError
			if !errors.As(err, &inUse) || !inUse.Lost || inUse.PID != os.Getpid() ||
				!strings.Contains(err.Error(), "taken over by another brief") {
				t.Errorf("the first brief's answer after the takeover: %v; want it refused as taken over", err)
			}
			if err := rec.Finish(time.Now()); !errors.Is(err, ErrInUse) {
				t.Errorf("the first brief's hand-in after the takeover: %v; want it refused", err)
			}
			if p := pointsFor(t, second, at.ID, "q1"); p != 0 {
				t.Errorf("q1 has %v points, want the second brief's 0", p)
			}
		})
	}
}

// A live brief on another machine (a shared home folder) is not taken
// for gone because its process id means nothing here.
func TestAClaimFromAnotherHostHoldsWhileItsHeartbeatDoes(t *testing.T) {
	first, second, id := twoBriefs(t)
	if _, err := first.db.Exec(`UPDATE attempts SET owner_host = 'laptop', owner_pid = ?`, deadPID(t)); err != nil {
		t.Fatal(err)
	}
	_, _, err := second.UnfinishedAttempt("pack", "art")
	if !errors.Is(err, ErrInUse) || !strings.Contains(err.Error(), "on laptop") {
		t.Errorf("error %v, want the attempt open on laptop", err)
	}
	if err := second.ClaimAttempt(id); !errors.Is(err, ErrInUse) {
		t.Errorf("claimed an attempt open on another host: %v", err)
	}
}

// The heartbeat keeps a claim fresh however long the student takes over
// a question.
func TestHeartbeatKeepsAClaim(t *testing.T) {
	first, second, id := twoBriefs(t)
	if _, err := first.db.Exec(`UPDATE attempts SET owner_seen = 0`); err != nil {
		t.Fatal(err)
	}
	if err := first.heartbeat(time.Now()); err != nil {
		t.Fatal(err)
	}
	if err := second.ClaimAttempt(id); !errors.Is(err, ErrInUse) {
		t.Errorf("claimed an attempt whose brief's heartbeat is fresh: %v", err)
	}
}

// An attempt left unfinished by an older brief, which had no claims,
// is resumed as before.
func TestAnAttemptFromBeforeClaimsIsResumed(t *testing.T) {
	dir := t.TempDir()
	oldStore(t, dir)
	rawExec(t, dir+"/"+StoreFile, `UPDATE attempts SET finished = NULL`)
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	at, answers, err := s.UnfinishedAttempt("pack", "a")
	if err != nil || at == nil || len(answers) != 1 {
		t.Fatalf("%+v, %d answers, %v; want the old attempt", at, len(answers), err)
	}
	if err := s.ClaimAttempt(at.ID); err != nil {
		t.Fatal(err)
	}
}

// deadPID is the process id of a process that has ended.
func deadPID(t *testing.T) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return cmd.Process.Pid
}

// Two real processes: a child records into an attempt and waits; the
// parent, another brief, can neither resume nor write to it until the
// child is killed, and then resumes it with the child's answer.
func TestTwoProcessesDoNotShareAnAttempt(t *testing.T) {
	dir := t.TempDir()
	cmd, out, stdin := startHelper(t, dir, "art", 1, true)
	if !out.Scan() || out.Text() != "ready" {
		t.Fatalf("child not ready: %q", out.Text())
	}
	io.WriteString(stdin, "go\n")
	if _, err := readUntil(out, 0); err != nil {
		t.Fatal(err)
	}
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, _, err = s.UnfinishedAttempt("pack", "art")
	assertInUse(t, err, cmd.Process.Pid)
	var id int64
	if err := s.db.QueryRow(`SELECT id FROM attempts`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	assertInUse(t, s.RecordAnswer(answer(id, "art", "q0", 0, 1, time.Now())), cmd.Process.Pid)

	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	at, answers, err := s.UnfinishedAttempt("pack", "art")
	if err != nil || at == nil || at.ID != id || len(answers) != 1 {
		t.Fatalf("after the child was killed: %+v, %d answers, %v; want its attempt", at, len(answers), err)
	}
	if err := s.RecordAnswer(answer(id, "art", "q1", 1, 1, time.Now())); err != nil {
		t.Fatalf("resuming the killed child's attempt: %v", err)
	}
	if p := pointsFor(t, s, id, "q0"); p != 1 {
		t.Errorf("the child's answer has %v points, want 1", p)
	}
}
