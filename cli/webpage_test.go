package cli

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"brief/content/webfetch"
)

// newsSite serves the seed article as its newspaper's WordPress page at
// /2023/09/17/summit/, behind a short link that redirects to it, and
// the pages the error tests need. It records the User-Agent it was
// sent.
func newsSite(t *testing.T) (*httptest.Server, *string) {
	t.Helper()
	observer, err := os.ReadFile("../content/webimport/testdata/import/observer.html")
	if err != nil {
		t.Fatal(err)
	}
	agent := new(string)
	done := make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/2023/09/17/summit/", func(w http.ResponseWriter, r *http.Request) {
		*agent = r.Header.Get("User-Agent")
		w.Header().Set("Content-Type", "text/html; charset=UTF-8")
		w.Write(observer)
	})
	mux.HandleFunc("/s/summit", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/2023/09/17/summit/", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/legacy", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		io.WriteString(w, "<html><head><title>Leaders\x92 summit</title></head><body><article>"+
			strings.Repeat("<p>The leaders\x92 talks focused on sanctions, trade and the war, according to officials who attended the meetings.</p>", 5)+
			"</article></body></html>")
	})
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		io.WriteString(w, "%PDF-1.7")
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>filler</p>", 1<<10))
		for n := 0; n < 1<<30; n += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) { <-done })
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://files.example/summit.html", http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(done) }) // runs first: the slow handler returns
	return srv, agent
}

func TestImportURL(t *testing.T) {
	srv, agent := newsSite(t)
	work := t.TempDir()
	out, errOut, code := teach(t, work, t.TempDir(), "import", srv.URL+"/s/summit", "-o", "summit.md")
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	want := "wrote summit.md: \"Russia, North Korea leaders’ meeting under global spotlight\"\n" +
		"  by Fazli M. Auff, Sunday Observer, published 2023-09-17, 4 sections, 1004 words\n"
	if out != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
	}
	if *agent != "brief/test (terminal news reader)" {
		t.Errorf("User-Agent %q, want one naming brief and its version", *agent)
	}
	data, _ := os.ReadFile(filepath.Join(work, "summit.md"))
	mustContain(t, "summit.md", string(data), "id: summit\n", "source: Sunday Observer\n", "Vostochny")

	// Without -o the file is named after the title, in the current folder.
	out, errOut, code = teach(t, work, t.TempDir(), "import", srv.URL+"/s/summit")
	if code != 0 || !strings.HasPrefix(out, "wrote russia-north-korea-leaders-meeting-under-global-spotlight.md:") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	// An existing file is refused before anything is fetched.
	*agent = ""
	_, errOut, code = teach(t, work, t.TempDir(), "import", srv.URL+"/s/summit", "-o", "summit.md")
	if code != exitFailure || !strings.Contains(errOut, "summit.md exists") || *agent != "" {
		t.Errorf("exit %d, fetched: %v\n%s", code, *agent != "", errOut)
	}
}

// brief read URL shows the page and keeps it in the data folder, where
// it opens again with the site gone, and reading it again replaces it.
func TestReadURLKeepsThePage(t *testing.T) {
	srv, _ := newsSite(t)
	work, data := t.TempDir(), t.TempDir()
	url := srv.URL + "/s/summit"
	out, errOut, code := teach(t, work, data, "read", url, "--plain")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	mustContain(t, "stdout", out, "Russia, North Korea leaders’ meeting under global spotlight",
		"By Fazli M. Auff · "+srv.URL+"/2023/09/17/summit/", "Vostochny")
	wantKept := "brief: kept for reading offline: brief read saved-articles --article russia-north-korea-leaders-meeting-under-global-spotlight\n"
	if errOut != wantKept {
		t.Errorf("stderr %q, want %q", errOut, wantKept)
	}
	saved, err := os.ReadFile(filepath.Join(data, "packs", "saved-articles", "russia-north-korea-leaders-meeting-under-global-spotlight.md"))
	if err != nil {
		t.Fatal(err)
	}
	mustContain(t, "the saved file", string(saved), "source: "+srv.URL+"/2023/09/17/summit/\n")

	teach(t, work, data, "read", url, "--plain")
	list, _, _ := teach(t, work, data, "list")
	mustContain(t, "brief list", list, "saved-articles  1.0.0    1         0          Saved articles")

	srv.Close()
	offline, errOut, code := teach(t, work, data, "read", "saved-articles", "--article", "russia-north-korea-leaders-meeting-under-global-spotlight", "--plain")
	if code != 0 || offline != out {
		t.Errorf("offline: exit %d, %s\nsame text as online: %v", code, errOut, offline == out)
	}
}

// A page the library cannot keep (here the data folder is a file) is
// still shown, with a line saying it was not kept.
func TestReadURLShowsAPageItCannotKeep(t *testing.T) {
	srv, _ := newsSite(t)
	data := filepath.Join(t.TempDir(), "not-a-folder")
	os.WriteFile(data, []byte("x"), 0o644)
	out, errOut, code := teach(t, t.TempDir(), data, "read", srv.URL+"/s/summit", "--plain")
	if code != 0 || !strings.Contains(out, "Vostochny") {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	if !strings.HasPrefix(errOut, "brief: cannot save the article: ") || !strings.HasSuffix(errOut, "; showing it without keeping it\n") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("stderr %q", errOut)
	}
	_, errOut, code = teach(t, t.TempDir(), t.TempDir(), "read", srv.URL+"/s/summit", "--article", "x")
	if code != exitUsage || !strings.Contains(errOut, "--article picks an article of a pack") {
		t.Errorf("--article with a URL: exit %d, %q", code, errOut)
	}
}

func TestReadURLLegacyEncoding(t *testing.T) {
	srv, _ := newsSite(t)
	out, errOut, code := teach(t, t.TempDir(), t.TempDir(), "read", srv.URL+"/legacy", "--plain")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	mustContain(t, "stdout", out, "Leaders’ summit", "The leaders’ talks")
}

// Every failure is one line saying what happened, and exit 1.
func TestReadURLFailures(t *testing.T) {
	srv, _ := newsSite(t)
	short := fetcher
	fetcher = func(env Env) webfetch.Client {
		c := short(env)
		c.Timeout = 300 * time.Millisecond
		return c
	}
	t.Cleanup(func() { fetcher = short })
	tests := map[string]string{
		"/missing":    "the server answered 404 Not Found",
		"/report.pdf": "it is application/pdf, not a web page: brief reads text/html and text/plain",
		"/huge":       "the page is over the limit of 10 MiB",
		"/slow":       "the page did not arrive within 300ms",
		"/to-ftp":     "it redirects to ftp://files.example/summit.html, which is not an http or https address",
		"/loop":       "it redirects more than 5 times",
	}
	for path, want := range tests {
		for _, cmd := range [][]string{{"read", srv.URL + path, "--plain"}, {"import", srv.URL + path, "-o", "a.md"}} {
			t.Run(cmd[0]+path, func(t *testing.T) {
				work, data := t.TempDir(), t.TempDir()
				out, errOut, code := teach(t, work, data, cmd...)
				wantLine := fmt.Sprintf("brief: cannot fetch %s%s: %s\n", srv.URL, path, want)
				if code != exitFailure || errOut != wantLine || out != "" {
					t.Errorf("exit %d\nstdout %q\nstderr %q\nwant   %q", code, out, errOut, wantLine)
				}
				if entries, _ := os.ReadDir(work); len(entries) != 0 {
					t.Errorf("files written: %v", entries)
				}
			})
		}
	}
	_, errOut, code := teach(t, t.TempDir(), t.TempDir(), "read", "ftp://files.example/summit.html")
	if code != exitFailure || errOut != "brief: ftp://files.example/summit.html: brief fetches only http and https addresses, not ftp\n" {
		t.Errorf("ftp: exit %d, %q", code, errOut)
	}
}

// One page brief read URL kept can be forgotten by its id, which
// `brief read URL` named; --article on a teacher's pack is refused, as
// that pack is removed whole.
func TestRemoveOneSavedArticle(t *testing.T) {
	srv, _ := newsSite(t)
	work, data := t.TempDir(), t.TempDir()
	if _, errOut, code := teach(t, work, data, "read", srv.URL+"/s/summit", "--plain"); code != 0 {
		t.Fatalf("read URL: exit %d\n%s", code, errOut)
	}
	id := "russia-north-korea-leaders-meeting-under-global-spotlight"
	_, errOut, code := teach(t, work, data, "remove", "saved-articles", "--article", "bridge-closes")
	if code != exitFailure || !strings.Contains(errOut, "no such saved article; the saved articles are "+id) {
		t.Errorf("an id not saved: exit %d, %s", code, errOut)
	}
	out, errOut, code := teach(t, work, data, "remove", "saved-articles", "--article", id)
	if code != 0 || out != "removed the saved article "+id+"; its scores are kept\n" {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	if list, _, _ := teach(t, work, data, "list"); strings.Contains(list, "saved-articles") {
		t.Errorf("brief list still shows the saved articles:\n%s", list)
	}
	_, errOut, code = teach(t, work, data, "remove", "week-3", "--article", "summit")
	if code != exitUsage || !strings.Contains(errOut, "week-3 is removed whole: brief remove week-3") {
		t.Errorf("--article on a teacher's pack: exit %d, %s", code, errOut)
	}
}

// Removing the saved articles whole says so in their words: they were
// never added, so nothing comes back "if you add it again".
func TestRemoveEverySavedArticle(t *testing.T) {
	srv, _ := newsSite(t)
	work, data := t.TempDir(), t.TempDir()
	if _, errOut, code := teach(t, work, data, "read", srv.URL+"/s/summit", "--plain"); code != 0 {
		t.Fatalf("read URL: exit %d\n%s", code, errOut)
	}
	out, errOut, code := teach(t, work, data, "remove", "saved-articles")
	if code != 0 || out != "removed every saved article; their scores are kept\n" {
		t.Errorf("exit %d, %q %q", code, out, errOut)
	}
}
