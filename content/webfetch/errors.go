package webfetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/url"
	"syscall"
)

// fetchError says in one line what stopped a fetch of u.
func fetchError(u *url.URL, err error, l limits) error {
	return fmt.Errorf("cannot fetch %s: %s", u.Redacted(), reason(u, err, l))
}

// reason is what went wrong, as a person would say it; the underlying
// error's own words only when it is none of the usual ones.
func reason(u *url.URL, err error, l limits) string {
	var (
		redirect *redirectError
		dns      *net.DNSError
		opErr    *net.OpError
		unknown  x509.UnknownAuthorityError
		hostname x509.HostnameError
		invalid  x509.CertificateInvalidError
		record   tls.RecordHeaderError
	)
	switch {
	case errors.Is(err, errTooBig):
		return fmt.Sprintf("the page is over the limit of %d MiB", l.size>>20)
	case errors.As(err, &redirect):
		return redirect.msg
	case errors.As(err, &dns):
		return fmt.Sprintf("no server called %s could be found (DNS: %s)", dns.Name, dns.Err)
	case errors.Is(err, context.Canceled):
		return "stopped"
	case isTimeout(err) && errors.As(err, &opErr) && opErr.Op == "dial":
		return fmt.Sprintf("the server %s did not answer within %s", u.Host, l.connect)
	case isTimeout(err):
		return fmt.Sprintf("the page did not arrive within %s", l.total)
	case errors.Is(err, syscall.ECONNREFUSED):
		return fmt.Sprintf("the server %s refused the connection", u.Host)
	case errors.As(err, &unknown), errors.As(err, &hostname), errors.As(err, &invalid):
		return "the site's certificate is not valid, so its identity cannot be checked"
	case errors.As(err, &record):
		return "the server does not speak https"
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err.Error()
	}
	return err.Error()
}

// isTimeout reports whether err is a timeout, of a connection or of the
// whole fetch.
func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.Is(err, context.DeadlineExceeded) || errors.As(err, &t) && t.Timeout()
}
