package cli

import (
	"brief/quiz/scores"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSavingNoticeGivesTheReasonBriefly(t *testing.T) {
	tests := map[string]struct {
		err  error
		want string
	}{
		"not writable": {&scores.StoreError{Kind: scores.ErrNotWritable, Dir: "/data", Path: "/data/brief.db", Err: errors.New("read-only file system")},
			"scores are not being saved: /data is not writable"},
		"disk full": {&scores.StoreError{Kind: scores.ErrDiskFull, Dir: "/data", Path: "/data/brief.db", Err: errors.New("no space")},
			"scores are not being saved: the disk holding /data is full"},
		"damaged": {&scores.StoreError{Kind: scores.ErrCorrupt, Dir: "/data", Path: "/data/brief.db", Err: errors.New("not a database")},
			"scores are not being saved: /data/brief.db is damaged"},
		"newer brief": {&scores.StoreError{Kind: scores.ErrNewerSchema, Dir: "/data", Path: "/data/brief.db", Err: errors.New("schema 9")},
			"scores are not being saved: /data/brief.db is from a newer brief"},
		"anything else, first line only": {errors.New("find the data directory: $HOME is not defined\nmore"),
			"scores are not being saved: find the data directory: $HOME is not defined"},
		"a long reason is cut": {errors.New(strings.Repeat("x", 200)),
			"scores are not being saved: " + strings.Repeat("x", maxNoticeReason-1) + "…"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := savingNotice(tc.err); got != tc.want {
				t.Errorf("savingNotice = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestStoreThatCannotOpenExplainsWhyInTheInterface(t *testing.T) {
	// A data directory that is a file cannot hold the database.
	blocked := filepath.Join(t.TempDir(), "brief")
	if err := os.WriteFile(blocked, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	var errOut bytes.Buffer
	g := &globalOptions{dataDir: blocked}
	store, notice := openStoreOrWarn(g, Env{Stderr: &errOut})
	if store != nil {
		store.Close()
		t.Fatal("the store opened in a file")
	}
	want := "scores are not being saved: " + blocked + " is not writable"
	if notice != want {
		t.Errorf("notice %q, want %q", notice, want)
	}
	if cfg := tuiConfig(g, store, nil, notice, nil); cfg.SavingNotice != want {
		t.Errorf("the interface shows %q, want %q", cfg.SavingNotice, want)
	}
	if !strings.Contains(errOut.String(), "brief: scores are not being saved: "+blocked) {
		t.Errorf("the full reason was not printed: %q", errOut.String())
	}
}

// Whatever stops the store from opening, the plain quiz (which has no
// notice line of its own) says on stderr that scores are not being saved,
// once, runs all the same, and does not claim later that answers were kept.
func TestPlainQuizSaysScoresAreNotSaved(t *testing.T) {
	blocked := filepath.Join(t.TempDir(), "brief")
	if err := os.WriteFile(blocked, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		args   []string
		env    map[string]string
		reason string
	}{
		"a file where the folder should be": {args: []string{"--data-dir", blocked}, reason: blocked + " is not writable"},
		"no data directory to be found": {
			env:    map[string]string{"BRIEF_DATA_DIR": "", "XDG_DATA_HOME": "", "HOME": ""},
			reason: "find the data directory: ",
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			var out, errOut bytes.Buffer
			Execute(context.Background(), Env{
				Version: "test", Args: append(tc.args, "quiz", "--plain"),
				Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
			})
			want := "brief: scores are not being saved: " + tc.reason
			if !strings.HasPrefix(errOut.String(), want) {
				t.Errorf("stderr %q, want it to start with %q", errOut.String(), want)
			}
			if strings.Contains(errOut.String(), "saved: scores are not") || strings.Contains(errOut.String(), "answers before it are saved") {
				t.Errorf("stderr repeats itself or claims answers were saved: %q", errOut.String())
			}
			if !strings.Contains(out.String(), "Question 1 of") {
				t.Errorf("the quiz did not run:\n%s", out.String())
			}
		})
	}
}
