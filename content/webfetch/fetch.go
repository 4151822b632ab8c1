// Package webfetch fetches a web page for brief to read: over http or
// https only, within timeouts and a size limit, and only a page that is
// HTML or plain text. Its errors say in one line what went wrong, as a
// student would put it (the server is unknown, did not answer, has no
// such page, sent something that is not a page, sent too much).
package webfetch

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"brief/internal/lazyre"
)

// Limits on a fetch, for Client's zero values.
const (
	// ConnectTimeout bounds finding the server, connecting to it and the
	// TLS handshake.
	ConnectTimeout = 10 * time.Second
	// Timeout bounds the whole fetch, redirects and body included.
	Timeout = 30 * time.Second
	// MaxSize bounds a page's body, checked as it arrives: a news page is
	// well under a megabyte even with its scripts inlined.
	MaxSize = 10 << 20
	// MaxRedirects is how many redirects a fetch follows.
	MaxRedirects = 5
)

// Page is a fetched page.
type Page struct {
	// URL is where the page came from, after redirects.
	URL *url.URL
	// MediaType is "text/html" or "text/plain".
	MediaType string
	// ContentType is the Content-Type header as the server sent it, whose
	// charset says how to read Body.
	ContentType string
	Body        []byte
}

// Client fetches pages. The zero value uses the limits above and sends
// no User-Agent of its own; brief gives one naming itself.
type Client struct {
	UserAgent      string
	ConnectTimeout time.Duration
	Timeout        time.Duration
	MaxSize        int64
	// dial replaces the network's dialer, and tls the certificates
	// trusted, for tests.
	dial func(ctx context.Context, network, addr string) (net.Conn, error)
	tls  *tls.Config
}

// Fetch gets the page at rawURL.
func (c Client) Fetch(ctx context.Context, rawURL string) (*Page, error) {
	u, err := ParseURL(rawURL)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("cannot fetch %s: %w", u, err)
	}
	if c.UserAgent != "" {
		req.Header.Set("User-Agent", c.UserAgent)
	}
	req.Header.Set("Accept", "text/html, text/plain;q=0.9")
	client := c.httpClient()
	defer client.CloseIdleConnections()
	resp, err := client.Do(req)
	if err != nil {
		return nil, fetchError(u, err, c.limits())
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return nil, fmt.Errorf("cannot fetch %s: the server answered %s", u, statusText(resp))
	}
	page := &Page{URL: resp.Request.URL, ContentType: resp.Header.Get("Content-Type")}
	// A page that says it is no web page is refused unread; one that
	// says nothing is known by its first bytes.
	if page.ContentType != "" {
		if page.MediaType, err = mediaType(page.ContentType); err != nil {
			return nil, fmt.Errorf("cannot fetch %s: %w", u, err)
		}
	}
	if page.Body, err = c.readBody(resp); err != nil {
		return nil, fetchError(u, err, c.limits())
	}
	if page.ContentType == "" {
		if page.MediaType, err = mediaType(http.DetectContentType(page.Body)); err != nil {
			return nil, fmt.Errorf("cannot fetch %s: %w", u, err)
		}
	}
	return page, nil
}

// ParseURL reads a web address as a student types it, refusing any that
// is not http or https.
func ParseURL(rawURL string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("%q is not a web address: give one such as https://news.example/story", rawURL)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("%s: brief fetches only http and https addresses, not %s", u.Redacted(), u.Scheme)
	}
	return u, nil
}

// IsURL reports whether an argument is meant as an address rather than a
// file: it starts with a scheme and "://" (http://, https://, or one
// ParseURL refuses, such as ftp://).
func IsURL(arg string) bool {
	return urlStart().MatchString(arg)
}

// urlStart is the start of an address: a scheme and "://".
var urlStart = lazyre.New(`^[A-Za-z][A-Za-z0-9+.-]*://`)

// limits are the client's limits with the defaults filled in.
type limits struct {
	connect, total time.Duration
	size           int64
}

func (c Client) limits() limits {
	l := limits{c.ConnectTimeout, c.Timeout, c.MaxSize}
	if l.connect <= 0 {
		l.connect = ConnectTimeout
	}
	if l.total <= 0 {
		l.total = Timeout
	}
	if l.size <= 0 {
		l.size = MaxSize
	}
	return l
}

// httpClient is a client with the limits set, following redirects as
// checkRedirect allows.
func (c Client) httpClient() *http.Client {
	l := c.limits()
	dialer := &net.Dialer{Timeout: l.connect}
	transport := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   l.connect,
		ResponseHeaderTimeout: l.total,
		ForceAttemptHTTP2:     true,
		TLSClientConfig:       c.tls,
	}
	if c.dial != nil {
		transport.DialContext = c.dial
	}
	return &http.Client{Transport: transport, Timeout: l.total, CheckRedirect: checkRedirect}
}

// checkRedirect follows at most MaxRedirects redirects, each to http or
// https, and none from https down to http, which would let anyone on the
// way read or change the page.
func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > MaxRedirects {
		return &redirectError{fmt.Sprintf("it redirects more than %d times", MaxRedirects)}
	}
	from := via[len(via)-1].URL
	switch to := req.URL; {
	case to.Scheme != "http" && to.Scheme != "https":
		return &redirectError{fmt.Sprintf("it redirects to %s, which is not an http or https address", to.Redacted())}
	case from.Scheme == "https" && to.Scheme == "http":
		return &redirectError{fmt.Sprintf("it redirects from https to the insecure %s", to.Redacted())}
	}
	return nil
}

// redirectError is a redirect checkRedirect refused.
type redirectError struct{ msg string }

func (e *redirectError) Error() string { return e.msg }

// errTooBig says that a body is over the size limit.
var errTooBig = errors.New("too big")

// readBody reads a response's body up to the size limit, stopping as soon
// as it is passed: a body is never read whole before it is measured.
func (c Client) readBody(resp *http.Response) ([]byte, error) {
	size := c.limits().size
	if resp.ContentLength > size {
		return nil, errTooBig
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, size+1))
	if err != nil {
		return nil, err
	}
	if int64(len(body)) > size {
		return nil, errTooBig
	}
	return body, nil
}

// mediaType is the kind of a page, text/html or text/plain, from its
// Content-Type.
func mediaType(contentType string) (string, error) {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return "", fmt.Errorf("the server sent %q, which is not a content type brief knows", contentType)
	}
	switch mt {
	case "text/html", "text/plain":
		return mt, nil
	}
	return "", fmt.Errorf("it is %s, not a web page: brief reads text/html and text/plain", mt)
}

// statusText is a response's status as a person reads it: "404 Not
// Found".
func statusText(resp *http.Response) string {
	if text := http.StatusText(resp.StatusCode); text != "" {
		return fmt.Sprintf("%d %s", resp.StatusCode, text)
	}
	return fmt.Sprintf("%d", resp.StatusCode)
}
