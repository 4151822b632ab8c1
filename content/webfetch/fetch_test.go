package webfetch

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

const page = "<html><head><title>Bridge closes</title></head><body><p>The old bridge closes.</p></body></html>"

// serve starts a server for one test with the given handlers by path.
func serve(t *testing.T, handlers map[string]http.HandlerFunc) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	for path, h := range handlers {
		mux.HandleFunc(path, h)
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func html(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	io.WriteString(w, page)
}

func TestFetchAPage(t *testing.T) {
	var agent string
	srv := serve(t, map[string]http.HandlerFunc{"/story": func(w http.ResponseWriter, r *http.Request) {
		agent = r.Header.Get("User-Agent")
		html(w, r)
	}})
	p, err := Client{UserAgent: "brief/1.2.3"}.Fetch(context.Background(), srv.URL+"/story")
	if err != nil {
		t.Fatal(err)
	}
	if string(p.Body) != page || p.MediaType != "text/html" || p.ContentType != "text/html; charset=utf-8" || p.URL.Path != "/story" {
		t.Errorf("page %+v", p)
	}
	if agent != "brief/1.2.3" {
		t.Errorf("User-Agent %q, want brief's", agent)
	}
}

func TestFetchFollowsRedirects(t *testing.T) {
	hops := map[string]http.HandlerFunc{"/page": html}
	for i := range 7 {
		hops[fmt.Sprintf("/hop%d", i)] = func(w http.ResponseWriter, r *http.Request) {
			next := "/page"
			if i > 0 {
				next = fmt.Sprintf("/hop%d", i-1)
			}
			http.Redirect(w, r, next, http.StatusFound)
		}
	}
	hops["/to-ftp"] = func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://files.example/page.html", http.StatusMovedPermanently)
	}
	hops["/to-file"] = func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusMovedPermanently)
	}
	srv := serve(t, hops)
	tests := map[string]struct{ path, wantErr string }{
		"one redirect":          {"/hop0", ""},
		"five redirects":        {"/hop4", ""},
		"six redirects":         {"/hop5", "it redirects more than 5 times"},
		"to ftp":                {"/to-ftp", "it redirects to ftp://files.example/page.html, which is not an http or https address"},
		"to a file on the disk": {"/to-file", "it redirects to file:///etc/passwd, which is not an http or https address"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			p, err := Client{}.Fetch(context.Background(), srv.URL+tc.path)
			if tc.wantErr == "" {
				if err != nil || p.URL.Path != "/page" || string(p.Body) != page {
					t.Fatalf("page %+v, err %v; want /page", p, err)
				}
				return
			}
			wantErr(t, err, "cannot fetch "+srv.URL+tc.path+": "+tc.wantErr)
		})
	}
}

// A redirect from https down to http is refused; one up from http to
// https (what most sites do with an old link) is followed.
func TestFetchRedirectsBetweenSchemes(t *testing.T) {
	plain := serve(t, map[string]http.HandlerFunc{"/page": html})
	secure := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/down" {
			http.Redirect(w, r, plain.URL+"/page", http.StatusFound)
			return
		}
		html(w, r)
	}))
	t.Cleanup(secure.Close)
	c := Client{tls: secure.Client().Transport.(*http.Transport).TLSClientConfig}
	_, err := c.Fetch(context.Background(), secure.URL+"/down")
	wantErr(t, err, "cannot fetch "+secure.URL+"/down: it redirects from https to the insecure "+plain.URL+"/page")

	up := serve(t, map[string]http.HandlerFunc{"/up": func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, secure.URL+"/page", http.StatusMovedPermanently)
	}})
	p, err := c.Fetch(context.Background(), up.URL+"/up")
	if err != nil || p.URL.String() != secure.URL+"/page" {
		t.Errorf("http to https: %+v, %v; want the page at %s/page", p, err, secure.URL)
	}
	// Without trusting the test server's certificate, the fetch stops.
	_, err = Client{}.Fetch(context.Background(), secure.URL+"/page")
	wantErr(t, err, "cannot fetch "+secure.URL+"/page: the site's certificate is not valid")
}

// A server that does not answer in time is given up on; the test's
// handler waits until the test is over, so only the client's timeout
// can end the fetch.
func TestFetchGivesUpOnASlowServer(t *testing.T) {
	done := make(chan struct{})
	srv := serve(t, map[string]http.HandlerFunc{
		"/never": func(w http.ResponseWriter, r *http.Request) { <-done },
		"/trickle": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			for {
				io.WriteString(w, "<p>more")
				w.(http.Flusher).Flush()
				select {
				case <-done:
					return
				case <-time.After(10 * time.Millisecond):
				}
			}
		},
	})
	t.Cleanup(func() { close(done) }) // before srv.Close, which waits for handlers
	for _, path := range []string{"/never", "/trickle"} {
		_, err := Client{Timeout: 200 * time.Millisecond}.Fetch(context.Background(), srv.URL+path)
		wantErr(t, err, "cannot fetch "+srv.URL+path+": the page did not arrive within 200ms")
	}
}

// A body of a gigabyte is refused once it passes the limit, streamed
// from the server and never held whole: the fetch ends after reading
// little more than the limit.
func TestFetchRefusesAGigabyte(t *testing.T) {
	written := make(chan int64, 2)
	chunk := []byte(strings.Repeat("<p>filler</p>", 1<<10))
	gigabyte := func(declare bool) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			if declare {
				w.Header().Set("Content-Length", fmt.Sprint(1<<30))
			}
			var n int64
			for n < 1<<30 {
				k, err := w.Write(chunk)
				n += int64(k)
				if err != nil {
					break
				}
			}
			written <- n
		}
	}
	srv := serve(t, map[string]http.HandlerFunc{"/declared": gigabyte(true), "/chunked": gigabyte(false)})
	for _, path := range []string{"/declared", "/chunked"} {
		_, err := Client{MaxSize: 1 << 20}.Fetch(context.Background(), srv.URL+path)
		wantErr(t, err, "cannot fetch "+srv.URL+path+": the page is over the limit of 1 MiB")
		if n := <-written; n >= 1<<30 {
			t.Errorf("%s: the server wrote the whole gigabyte", path)
		}
	}
}

func TestFetchRefusesWhatIsNotAPage(t *testing.T) {
	srv := serve(t, map[string]http.HandlerFunc{
		"/report.pdf": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/pdf")
			io.WriteString(w, "%PDF-1.7")
		},
		"/untyped": func(w http.ResponseWriter, r *http.Request) {
			w.Header()["Content-Type"] = nil // not even the sniffed one
			io.WriteString(w, "<!DOCTYPE html><html><body><p>Hello</p></body></html>")
		},
		"/gone": http.NotFound,
		"/teapot": func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(599)
		},
	})
	_, err := Client{}.Fetch(context.Background(), srv.URL+"/report.pdf")
	wantErr(t, err, "cannot fetch "+srv.URL+"/report.pdf: it is application/pdf, not a web page: brief reads text/html and text/plain")
	_, err = Client{}.Fetch(context.Background(), srv.URL+"/gone")
	wantErr(t, err, "cannot fetch "+srv.URL+"/gone: the server answered 404 Not Found")
	_, err = Client{}.Fetch(context.Background(), srv.URL+"/teapot")
	wantErr(t, err, "cannot fetch "+srv.URL+"/teapot: the server answered 599")
	if p, err := (Client{}).Fetch(context.Background(), srv.URL+"/untyped"); err != nil || p.MediaType != "text/html" {
		t.Errorf("a page without a Content-Type: %+v, %v; want it known as HTML by its first bytes", p, err)
	}
}

func TestFetchSaysWhyItCouldNotConnect(t *testing.T) {
	lookupFails := func(context.Context, string, string) (net.Conn, error) {
		return nil, &net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Err: "no such host", Name: "news.example", IsNotFound: true}}
	}
	_, err := Client{dial: lookupFails}.Fetch(context.Background(), "https://news.example/story")
	wantErr(t, err, "cannot fetch https://news.example/story: no server called news.example could be found (DNS: no such host)")

	// A port nothing listens on: the connection is refused.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	_, err = Client{}.Fetch(context.Background(), "http://"+addr+"/")
	wantErr(t, err, "cannot fetch http://"+addr+"/: the server "+addr+" refused the connection")
}

func TestParseURL(t *testing.T) {
	for in, want := range map[string]string{
		"ftp://files.example/a": "ftp://files.example/a: brief fetches only http and https addresses, not ftp",
		"https://":              `"https://" is not a web address`,
		"http://[::1":           `"http://[::1" is not a web address`,
	} {
		if _, err := ParseURL(in); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseURL(%q) = %v, want %q", in, err, want)
		}
	}
}

func TestIsURL(t *testing.T) {
	for arg, want := range map[string]bool{
		"https://news.example/a": true, "HTTP://NEWS.EXAMPLE/": true, "ftp://files.example/a": true,
		"page.html": false, "pack/summit.md": false, "summit": false, "C:\\news\\page.html": false,
	} {
		if IsURL(arg) != want {
			t.Errorf("IsURL(%q) = %v, want %v", arg, !want, want)
		}
	}
}

func wantErr(t *testing.T, err error, want string) {
	t.Helper()
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("err = %v\nwant %q", err, want)
	}
	if err != nil && strings.Contains(err.Error(), "\n") {
		t.Errorf("the error is more than one line: %q", err)
	}
}
