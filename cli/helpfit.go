package cli

import (
	"regexp"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// fang lays a command's flags and subcommands out as a name column and a
// description beside it, as wide as the terminal (at most 120 columns),
// but does not wrap the descriptions: a terminal then breaks them in the
// middle of a word, under the names. These constants are fang's layout.
const (
	helpMaxWidth = 120 // fang's widest help
	helpIndent   = 4   // before a name
	helpMinName  = 10  // the name column's least width
	helpGap      = 2   // between the longest name and its description
)

// fitHelp wraps, for a run that shows a command's help, the descriptions
// of its flags and subcommands to the room fang leaves them. It changes
// them only for a help run: a command's Short is also what shell
// completion shows.
func fitHelp(root *cobra.Command, env Env) {
	// cobra adds these as it executes; added now, they are listed with
	// the room the others have.
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd(env.Args...)
	target, ok := helpTarget(root, env.Args)
	if !ok {
		return
	}
	width := helpMaxWidth
	if w := terminalWidth(env.Stdout); w > 0 {
		width = min(w, helpMaxWidth)
	}
	fitHelpTo(target, width)
}

// helpTarget is the command whose help env's arguments ask for, if they
// ask for one: -h or --help anywhere, or `brief help COMMAND`.
func helpTarget(root *cobra.Command, args []string) (*cobra.Command, bool) {
	if len(args) > 0 && args[0] == "help" {
		target, _, err := root.Find(args[1:])
		return target, err == nil
	}
	if !slices.Contains(args, "-h") && !slices.Contains(args, "--help") {
		return nil, false
	}
	target, _, err := root.Find(args)
	return target, err == nil
}

// fitHelpTo wraps cmd's flag and subcommand descriptions to width.
func fitHelpTo(cmd *cobra.Command, width int) {
	// Help lists the command's own flags and those it inherits, which
	// cobra merges into Flags only as it runs.
	flags := pflag.NewFlagSet(cmd.Name(), pflag.ContinueOnError)
	flags.AddFlagSet(cmd.Flags())
	flags.AddFlagSet(cmd.InheritedFlags())
	nameWidth := helpMinName - helpGap
	flags.VisitAll(func(f *pflag.Flag) {
		if !f.Hidden {
			nameWidth = max(nameWidth, len(flagKey(f)))
		}
	})
	for _, sc := range cmd.Commands() {
		if !sc.Hidden {
			nameWidth = max(nameWidth, ansi.StringWidth(commandKey(sc)))
		}
	}
	room := width - helpIndent - nameWidth - helpGap - 1
	flags.VisitAll(func(f *pflag.Flag) {
		suffix := 0
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" && f.DefValue != "[]" {
			suffix = len(" (" + f.DefValue + ")")
		}
		f.Usage = wrapDescription(f.Usage, room-suffix)
	})
	for _, sc := range cmd.Commands() {
		sc.Short = wrapDescription(sc.Short, room)
	}
}

// wrapDescription wraps s between words to width columns; too little
// room (a very narrow terminal) leaves it as it is.
func wrapDescription(s string, width int) string {
	if width < 20 || ansi.StringWidth(s) <= width {
		return s
	}
	return ansi.Wordwrap(strings.Join(strings.Fields(s), " "), width, "")
}

// flagKey is a flag's name as fang shows it: "--name" or "-n --name".
func flagKey(f *pflag.Flag) string {
	if f.Shorthand == "" {
		return "--" + f.Name
	}
	return "-" + f.Shorthand + " --" + f.Name
}

// bracketed is what fang takes out of a command's Use as its arguments.
var bracketed = regexp.MustCompile(`(\[.*\])`)

// commandKey is a subcommand's name and arguments as fang lists them
// ("quiz [PACK|ARTICLE.md] [--flags]", "config [command]").
func commandKey(c *cobra.Command) string {
	u := c.Use
	hasArgs := strings.Contains(u, "[args]")
	hasFlags := strings.Contains(u, "[flags]") || strings.Contains(u, "[--flags]") || c.HasFlags() || c.HasPersistentFlags() || c.HasAvailableFlags()
	for _, k := range []string{"[args]", "[flags]", "[--flags]", "[command]"} {
		u = strings.ReplaceAll(u, k, "")
	}
	others := bracketed.FindAllString(u, -1)
	for _, o := range others {
		u = strings.ReplaceAll(u, o, "")
	}
	key := strings.TrimSpace(u)
	if c.HasAvailableSubCommands() {
		key += " [command]"
	}
	if hasArgs {
		key += " [args]"
	}
	for _, o := range others {
		key += " " + o
	}
	if hasFlags {
		key += " [--flags]"
	}
	return key
}
