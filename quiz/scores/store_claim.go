package scores

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"sync"
	"syscall"
	"time"
)

// An unfinished attempt is open in one brief at a time, so that two
// briefs resuming the same quiz (two terminals, two SSH sessions) never
// replace each other's answers. The brief that starts or resumes an
// attempt claims it: the attempt's row holds the claiming store's token,
// with its process id and host for messages and for telling whether it
// still runs, and the time it last showed it was alive (a heartbeat,
// renewed every claimBeat while the store is open, and by every answer).
// Another brief is not offered an attempt claimed by a live one, and
// cannot write to it. A claim can be taken over from a brief that is
// gone: one on this host whose process has ended, or one whose heartbeat
// is older than claimStale (a crash on another host, a machine that went
// to sleep, a process id used again since). A brief whose claim was
// taken over is refused its next write, and says so; it never writes
// over the answers given since in the other brief.
//
// Why a claim in the database rather than a lock file: it goes wherever
// the database goes, is taken and checked in the same transaction as
// the write it guards, and needs nothing cleaned up after a crash.

// How often an open store renews its claims, and how long a claim lasts
// without renewal.
const (
	claimBeat  = time.Minute
	claimStale = 5 * time.Minute
)

// ErrInUse means an attempt is open in another brief. The error carrying
// it is an *InUseError.
var ErrInUse = errors.New("attempt open in another brief")

// InUseError says which brief has an attempt open.
type InUseError struct {
	PID  int
	Host string // "" or this host when it is on this machine
	// Lost is set when this brief had the attempt and another took it
	// over (this one looked gone).
	Lost bool
}

// Where names the brief: "pid 1234", or "pid 1234 on laptop" when it
// runs on another machine.
func (e *InUseError) Where() string {
	if e.Host != "" && e.Host != thisHost() {
		return fmt.Sprintf("pid %d on %s", e.PID, e.Host)
	}
	return fmt.Sprintf("pid %d", e.PID)
}

func (e *InUseError) Error() string {
	if e.Lost {
		return fmt.Sprintf("this quiz was taken over by another brief (%s); start a new attempt", e.Where())
	}
	return fmt.Sprintf("this quiz is open in another brief (%s); start a new attempt", e.Where())
}

func (e *InUseError) Is(target error) bool { return target == ErrInUse }

// thisHost is the machine's name, as claims record it.
var thisHost = sync.OnceValue(func() string {
	h, _ := os.Hostname()
	return h
})

// newToken makes the random token that tells one store's claims from
// another's, even in one process.
func newToken() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// claimMode says what a write to an attempt does about its claim.
type claimMode int

const (
	// claimTake takes the attempt unless another live brief has it.
	claimTake claimMode = iota
	// claimKeep writes only while the attempt is still this store's:
	// for a recorder that has claimed it already.
	claimKeep
)

// claim is an attempt's claim as stored.
type claim struct {
	owner string
	pid   int
	host  string
	seen  int64 // Unix ms
}

// heldElsewhere reports whether another brief, still alive as far as
// can be told, has the attempt open.
func (s *Store) heldElsewhere(c claim, now time.Time) bool {
	switch {
	case c.owner == "" || c.owner == s.token:
		return false
	case now.Sub(fromMillis(c.seen)) > claimStale:
		return false // no heartbeat for too long
	case c.host == thisHost() && !processAlive(c.pid):
		return false // it ended without letting go (a crash, kill -9)
	}
	return true
}

// processAlive reports whether a process with the id runs on this host.
func processAlive(pid int) bool {
	if pid <= 0 {
		return false
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// checkClaim claims attempt id for this store in tx, as mode says, or
// returns an *InUseError. A store that has the claim renews it.
func (s *Store) checkClaim(tx *sql.Tx, id int64, mode claimMode, now time.Time) error {
	var c claim
	err := tx.QueryRow(`SELECT owner, owner_pid, owner_host, owner_seen FROM attempts WHERE id = ?`, id).
		Scan(&c.owner, &c.pid, &c.host, &c.seen)
	if err != nil {
		return err
	}
	switch {
	case c.owner == s.token:
	case mode == claimKeep:
		return &InUseError{PID: c.pid, Host: c.host, Lost: true}
	case s.heldElsewhere(c, now):
		return &InUseError{PID: c.pid, Host: c.host}
	}
	if _, err := tx.Exec(`UPDATE attempts SET owner = ?, owner_pid = ?, owner_host = ?, owner_seen = ? WHERE id = ?`,
		s.token, os.Getpid(), thisHost(), millis(now), id); err != nil {
		return err
	}
	s.claimed()
	return nil
}

// ClaimAttempt claims an unfinished attempt for this store, as resuming
// it does, so that no other brief writes to it while this one has it
// open. It fails with an *InUseError when another live brief has it.
func (s *Store) ClaimAttempt(id int64) error { return s.claimAttempt(id, claimTake) }

func (s *Store) claimAttempt(id int64, mode claimMode) error {
	return s.write(func(tx *sql.Tx) error {
		return s.checkClaim(tx, id, mode, time.Now())
	})
}

// claims is what a store does about the attempts it has claimed.
type claims struct {
	start, end sync.Once
	stop       chan struct{} // closed by Close
	done       chan struct{} // closed when the heartbeat has stopped
}

// claimed starts the heartbeat, once: from the first claim until Close,
// the store renews its claims every claimBeat.
func (s *Store) claimed() {
	s.claims.start.Do(func() {
		s.claims.stop, s.claims.done = make(chan struct{}), make(chan struct{})
		go func() {
			defer close(s.claims.done)
			tick := time.NewTicker(claimBeat)
			defer tick.Stop()
			for {
				select {
				case <-s.claims.stop:
					return
				case now := <-tick.C:
					s.heartbeat(now) // a failure (a full disk) lets the claims age
				}
			}
		}()
	})
}

// heartbeat renews the store's claims on its unfinished attempts.
func (s *Store) heartbeat(now time.Time) error {
	return s.write(func(tx *sql.Tx) error {
		_, err := tx.Exec(`UPDATE attempts SET owner_seen = ? WHERE owner = ? AND finished IS NULL`, millis(now), s.token)
		return err
	})
}

// releaseClaims stops the heartbeat and lets go of the store's claims on
// unfinished attempts, so that another brief may resume them at once.
// It does nothing for a store that never claimed one, nor the second
// time.
func (s *Store) releaseClaims() {
	s.claims.end.Do(func() {
		s.claims.start.Do(func() {}) // no heartbeat starts from now on
		if s.claims.stop == nil {
			return
		}
		close(s.claims.stop)
		<-s.claims.done
		// Best effort: a claim left behind is taken over once this
		// process has ended.
		s.write(func(tx *sql.Tx) error {
			_, err := tx.Exec(`UPDATE attempts SET owner = '', owner_pid = 0, owner_host = '', owner_seen = 0
				WHERE owner = ? AND finished IS NULL`, s.token)
			return err
		})
	})
}
