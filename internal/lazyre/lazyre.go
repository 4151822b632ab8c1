// Package lazyre compiles regular expressions on first use.
package lazyre

import (
	"regexp"
	"sync"
)

// New compiles a pattern the first time it is used. brief links
// every command into one binary, so a pattern compiled at package start
// would slow every command, printing an article included, for patterns
// only importing, drafting and linting need.
func New(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
