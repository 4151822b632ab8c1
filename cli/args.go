package cli

import (
	"fmt"

	"github.com/spf13/cobra"
)

// oneArg takes exactly one argument and, when it is missing or there are
// more, says what the argument is, rather than cobra's "accepts 1
// arg(s), received 0".
func oneArg(what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		switch len(args) {
		case 1:
			return nil
		case 0:
			return usageError{fmt.Errorf("%s: give %s", cmd.Name(), what)}
		}
		return usageError{fmt.Errorf("%s: give only %s; got %d arguments", cmd.Name(), what, len(args))}
	}
}
