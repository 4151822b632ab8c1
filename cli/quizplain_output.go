package cli

import "io"

// plainOutput is where the plain quiz writes.
func plainOutput(env Env, accessible bool) io.Writer {
	return env.Stdout
}
