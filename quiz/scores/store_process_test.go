package scores

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The environment a child process started by these tests reads.
const (
	helperEnv     = "BRIEF_STORE_HELPER" // "record" makes TestHelperProcess act
	helperDir     = "BRIEF_STORE_HELPER_DIR"
	helperN       = "BRIEF_STORE_HELPER_N"       // answers to record; 0 means until killed
	helperArticle = "BRIEF_STORE_HELPER_ARTICLE" // the article the attempt is on
	helperWait    = "BRIEF_STORE_HELPER_WAIT"    // "1": print "ready", wait for a line on stdin, then record
)

// TestHelperProcess is not a test: it is the child process the fault tests
// start. It opens the store, records answers one by one, printing
// "recorded i" after each is written, and then blocks until killed.
func TestHelperProcess(t *testing.T) {
	if os.Getenv(helperEnv) != "record" {
		return
	}
	fail := func(err error) {
		fmt.Fprintln(os.Stderr, "helper:", err)
		os.Exit(2)
	}
	n, _ := strconv.Atoi(os.Getenv(helperN))
	article := os.Getenv(helperArticle)
	s, err := Open(os.Getenv(helperDir))
	if err != nil {
		fail(err)
	}
	id, err := s.StartAttempt(AttemptInfo{PackID: "pack", ArticleID: article, Mode: ModeExam})
	if err != nil {
		fail(err)
	}
	if os.Getenv(helperWait) == "1" {
		fmt.Println("ready")
		if _, err := bufio.NewReader(os.Stdin).ReadString('\n'); err != nil {
			fail(err)
		}
	}
	for i := 0; n == 0 || i < n; i++ {
		if err := s.RecordAnswer(answer(id, article, fmt.Sprintf("q%d", i), 1, 1, time.Now())); err != nil {
			fail(err)
		}
		fmt.Printf("recorded %d\n", i)
	}
	time.Sleep(time.Hour) // the parent kills us
	os.Exit(0)
}

// startHelper starts a child recording into dir and returns it with its
// stdout. The child is killed when the test ends, whatever happens.
func startHelper(t *testing.T, dir, article string, n int, wait bool) (*exec.Cmd, *bufio.Scanner, io.WriteCloser) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), helperEnv+"=record", helperDir+"="+dir,
		helperN+"="+strconv.Itoa(n), helperArticle+"="+article)
	if wait {
		cmd.Env = append(cmd.Env, helperWait+"=1")
	}
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// A child that hangs must not hang the test run: kill it after a
	// minute, which also ends the parent's reading.
	timer := time.AfterFunc(time.Minute, func() { cmd.Process.Kill() })
	t.Cleanup(func() {
		timer.Stop()
		cmd.Process.Kill()
		cmd.Wait()
	})
	return cmd, bufio.NewScanner(stdout), stdin
}

// readUntil reads the child's lines until "recorded last" and returns the
// indexes it reported, or an error if the child stops first.
func readUntil(sc *bufio.Scanner, last int) (map[int]bool, error) {
	seen := map[int]bool{}
	for sc.Scan() {
		i, err := strconv.Atoi(strings.TrimPrefix(sc.Text(), "recorded "))
		if err != nil {
			continue
		}
		seen[i] = true
		if i == last {
			return seen, nil
		}
	}
	return seen, fmt.Errorf("child stopped after %d answers, before answer %d", len(seen), last)
}

// answersOnDisk reopens the store and returns the question ids recorded
// for an article.
func answersOnDisk(t *testing.T, dir, article string) map[string]bool {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatalf("reopen after the child: %v", err)
	}
	defer s.Close()
	var check string
	if err := s.db.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity_check = %q, %v", check, err)
	}
	rows, err := s.db.Query("SELECT question_id FROM answers WHERE article_id = ?", article)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	got := map[string]bool{}
	for rows.Next() {
		var q string
		if err := rows.Scan(&q); err != nil {
			t.Fatal(err)
		}
		got[q] = true
	}
	return got
}

func TestKillNineLosesNoAnswer(t *testing.T) {
	tests := map[string]struct {
		record int // answers the child records before blocking; 0: it never stops
		killAt int // the answer after which the parent kills it
	}{
		// The brief's case: a quiz paused after 25 answers is killed.
		"killed while waiting for the next answer": {record: 25, killAt: 24},
		// Harder: the child is writing flat out, so the kill lands in the
		// middle of a transaction. Every answer it reported is still there.
		"killed while writing": {record: 0, killAt: 40},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			cmd, out, _ := startHelper(t, dir, "art", tc.record, false)
			reported, err := readUntil(out, tc.killAt)
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			err = cmd.Wait()
			if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
				t.Fatalf("child did not die of SIGKILL: %v", err)
			}
			got := answersOnDisk(t, dir, "art")
			for i := range reported {
				if !got[fmt.Sprintf("q%d", i)] {
					t.Errorf("answer %d was reported recorded but is lost", i)
				}
			}
			if len(got) < len(reported) {
				t.Errorf("%d answers on disk, %d reported", len(got), len(reported))
			}
			// The killed quiz is offered for resuming with its answers.
			s, err := Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			at, answers, err := s.UnfinishedAttempt("pack", "art")
			if err != nil || at == nil || len(answers) != len(got) {
				t.Errorf("UnfinishedAttempt = %v with %d answers, %v; want the killed attempt with %d", at, len(answers), err, len(got))
			}
		})
	}
}

func TestTwoProcessesKeepAllAnswers(t *testing.T) {
	const each = 200
	dir := t.TempDir() // no database yet: both children also race to create it
	type child struct {
		cmd   *exec.Cmd
		out   *bufio.Scanner
		stdin io.WriteCloser
	}
	var children []child
	for _, art := range []string{"left", "right"} {
		cmd, out, stdin := startHelper(t, dir, art, each, true)
		children = append(children, child{cmd, out, stdin})
	}
	for _, c := range children {
		if !c.out.Scan() || c.out.Text() != "ready" {
			t.Fatalf("child not ready: %q", c.out.Text())
		}
	}
	// Release both at once so that their writes interleave.
	for _, c := range children {
		io.WriteString(c.stdin, "go\n")
	}
	errs := make([]error, len(children))
	var wg sync.WaitGroup
	for i, c := range children {
		wg.Go(func() { _, errs[i] = readUntil(c.out, each-1) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, art := range []string{"left", "right"} {
		if got := answersOnDisk(t, dir, art); len(got) != each {
			t.Errorf("%s: %d answers on disk, want %d", art, len(got), each)
		}
	}
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM answers").Scan(&n); err != nil || n != 2*each {
		t.Errorf("answers = %d, %v; want %d", n, err, 2*each)
	}
}
