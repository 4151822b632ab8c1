// Package startgc spares brief's start-up the garbage collections Go
// would otherwise run before main.
//
// Go initialises every linked package at every start, and Glamour's syntax
// highlighter alone allocates about 4 MB as it does, almost all of it
// garbage at once. The collector's first goal is 4 MB, so with the default
// settings that is two collections before main has run, each scanning all
// of brief's globals (SQLite's tables among them) beside the start-up on a
// small machine's two cores: about 2 ms of a 20 ms start. With the
// ballast there is one, as the ballast is made, when there is nothing
// else to mark.
//
// runtime/debug cannot switch the collector off in time: Go initialises
// packages in the order of their import paths wherever their imports
// allow, and "runtime/debug" sorts after the "github.com/…" packages that
// do the allocating. So this package, which imports only os and sorts
// first ("brief/…"), holds a ballast instead: one untouched allocation
// that raises the collector's first goal above what start-up allocates.
// The pages are never written, so the ballast costs address space, not
// memory; main drops it as soon as it runs, and the collector's goal
// returns to normal after its next cycle. (The Go GC guide's way,
// GOGC=off with a memory limit, needs runtime/debug, which initialises
// too late.)
package startgc

import "os"

// ballastSize sets the collector's goal (about twice the ballast, once the
// first collection has found it live) above the 6.5 MB brief's packages
// allocate as they initialise. It is no larger, because the goal stays
// that high until the first collection after main: with 8 MB, printing
// the 100x article into a pipe peaks at the memory it did without a
// ballast; with 16 MB it took 6 MB more.
const ballastSize = 8 << 20

// ballast is the allocation that sets the goal; nil once Done has run,
// and never made when the user has tuned the collector themselves.
var ballast []byte

func init() {
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		ballast = make([]byte, ballastSize)
	}
}

// Done drops the ballast. Calling it more than once is harmless.
func Done() {
	ballast = nil
}
