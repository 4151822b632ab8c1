package study

import (
	"brief/quiz/scores"
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The environment the child process started by the kill test reads.
const (
	helperEnv = "BRIEF_STUDY_HELPER" // "answer" makes TestWriterHelperProcess act
	helperDir = "BRIEF_STUDY_HELPER_DIR"
)

// killAnswers is how many questions the child answers.
const killAnswers = 1000

// TestWriterHelperProcess is not a test: it is the child process that
// TestKilledMidSaveKeepsEveryAcknowledgedAnswer starts. It answers every
// question of an attempt as fast as it can, through a Writer, and prints
// "saved i" as the write of answer i is acknowledged (its ticket is done
// without error), in order; then it waits to be killed.
func TestWriterHelperProcess(t *testing.T) {
	if os.Getenv(helperEnv) != "answer" {
		return
	}
	fail := func(err error) {
		fmt.Fprintln(os.Stderr, "helper:", err)
		os.Exit(2)
	}
	st, err := scores.Open(os.Getenv(helperDir))
	if err != nil {
		fail(err)
	}
	p, a := testArticle(killAnswers)
	att := New(NewWriter(st), Setup{Pack: p, Article: a, Session: testSession(t, a)})
	tickets := make(chan *Ticket, killAnswers)
	go func() {
		// The attempt is driven from this goroutine alone; the writes
		// queue up behind the store.
		for i := range att.Len() {
			_, tk := att.Answer(i, truth(true), time.Now())
			tickets <- tk
		}
		close(tickets)
	}()
	i := 0
	for tk := range tickets {
		if err := tk.Wait(); err != nil {
			fail(err)
		}
		fmt.Printf("saved %d\n", i)
		i++
	}
	time.Sleep(time.Hour) // the parent kills us
	os.Exit(0)
}

// A brief killed while its writer is writing flat out loses no answer
// whose write was acknowledged, and keeps the answers in the order given:
// what is on disk is the first answers, with no gap.
func TestKilledMidSaveKeepsEveryAcknowledgedAnswer(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	const killAt = 299 // the acknowledged answer after which the child is killed: past a batch or two
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestWriterHelperProcess$")
	cmd.Env = append(os.Environ(), helperEnv+"=answer", helperDir+"="+dir)
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// A child that hangs must not hang the test run.
	timer := time.AfterFunc(time.Minute, func() { cmd.Process.Kill() })
	t.Cleanup(func() { timer.Stop(); cmd.Process.Kill(); cmd.Wait() })

	acked := -1
	for sc := bufio.NewScanner(stdout); acked < killAt && sc.Scan(); {
		i, err := strconv.Atoi(strings.TrimPrefix(sc.Text(), "saved "))
		if err != nil || i != acked+1 {
			t.Fatalf("the child said %q after acknowledging %d answers", sc.Text(), acked+1)
		}
		acked = i
	}
	if acked < killAt {
		t.Fatalf("the child stopped after acknowledging %d answers", acked+1)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("the child did not die of SIGKILL: %v", err)
	}

	st := openStoreIn(t, dir)
	p, a := testArticle(killAnswers)
	saved, answers, err := st.UnfinishedAttempt(p.ID, a.ID)
	if err != nil || saved == nil {
		t.Fatalf("the killed attempt is not there to resume: %v", err)
	}
	if len(answers) < acked+1 {
		t.Errorf("%d answers on disk, %d acknowledged", len(answers), acked+1)
	}
	for i, r := range answers {
		if r.QuestionID != a.Questions[i].ID {
			t.Fatalf("answer %d on disk is %s, want %s: a gap or out of order", i, r.QuestionID, a.Questions[i].ID)
		}
	}
	t.Logf("killed after %d answers acknowledged; %d of %d on disk", acked+1, len(answers), killAnswers)
}

// openStoreIn opens the store in dir, closed when the test ends.
func openStoreIn(t testing.TB, dir string) *scores.Store {
	t.Helper()
	st, err := scores.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}
