package cli

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"brief/content"
)

// library opens the student's library in the data directory.
func library(g *globalOptions) (content.Library, error) {
	dir, err := dataDir(g)
	if err != nil {
		return content.Library{}, err
	}
	return content.Library{Dir: dir}, nil
}

func newAddCommand(g *globalOptions, env Env) *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "add FILE.brief.zip|DIR",
		Short: "Install a pack from your teacher into your library",
		Long: "add checks the pack and installs it, so it appears on the home screen and in brief list.\n" +
			"A newer version of a pack you have replaces it; your scores are kept. An older version,\n" +
			"the same version with different content, or another teacher's pack that has the same id\n" +
			"(another author, or without authors another title) is refused unless you add --force.",
		Example: "  brief add summit.brief.zip",
		Args:    oneArg("the pack to add (FILE.brief.zip or DIR)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			lib, err := library(g)
			if err != nil {
				return err
			}
			before := map[string]content.Manifest{}
			if list, err := lib.List(); err == nil {
				for _, m := range list {
					before[m.ID] = m
				}
			}
			if err := lintFirst(env, args[0], false); err != nil {
				return err
			}
			m, err := lib.Install(args[0], force)
			if err != nil {
				return err
			}
			old, had := before[m.ID]
			switch {
			case had && !content.SameSource(old, m):
				fmt.Fprintf(env.Stdout, "replaced %s %s%s with another pack of that id, %s%s: %s (scores kept)\n",
					m.ID, old.Version, byAuthor(old), m.Version, byAuthor(m), m.Title)
				return nil
			case had && content.CompareVersions(old.Version, m.Version) == 0 && old.ContentHash != "" && old.ContentHash != m.ContentHash:
				fmt.Fprintf(env.Stdout, "replaced %s %s with different content: %s (scores kept)\n", m.ID, m.Version, m.Title)
				return nil
			case had && content.CompareVersions(old.Version, m.Version) == 0:
				fmt.Fprintf(env.Stdout, "reinstalled %s %s (scores kept)\n", m.ID, m.Version)
				return nil
			case had && content.CompareVersions(m.Version, old.Version) < 0:
				fmt.Fprintf(env.Stdout, "replaced %s %s with the older %s: %s (scores kept)\n", m.ID, old.Version, m.Version, m.Title)
				return nil
			case had:
				fmt.Fprintf(env.Stdout, "updated %s from %s to %s: %s (scores kept)\n", m.ID, old.Version, m.Version, m.Title)
				return nil
			}
			fmt.Fprintf(env.Stdout, "added %s %s: %s\n", m.ID, m.Version, m.Title)
			return nil
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, "install even if it is older than the version you have, the same version with different content, or another author's pack with the same id")
	return cmd
}

// byAuthor is " by AUTHOR", or nothing for a pack that names none.
func byAuthor(m content.Manifest) string {
	if m.Author == "" {
		return ""
	}
	return " by " + m.Author
}

func newListCommand(g *globalOptions, env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the packs you can read: the built-in one and those you added",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			lib, err := library(g)
			if err != nil {
				return err
			}
			packs, errs := lib.Packs()
			if def, err := content.Default(); err == nil {
				packs = append([]*content.Pack{def}, packs...)
			}
			tw := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tVERSION\tARTICLES\tQUESTIONS\tTITLE")
			for _, p := range packs {
				questions := 0
				for _, a := range p.Articles {
					questions += a.QuestionCount()
				}
				fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\n", p.ID, p.Version, len(p.Articles), questions, p.Title)
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			for _, err := range errs {
				fmt.Fprintf(env.Stderr, "brief: cannot load an installed pack: %v\n", err)
			}
			return nil
		},
	}
}

func newRemoveCommand(g *globalOptions, env Env) *cobra.Command {
	var article string
	cmd := &cobra.Command{
		Use:   "remove ID",
		Short: "Remove a pack, or one saved article, from your library (scores are kept)",
		Example: "  brief remove summit\n" +
			"  brief remove saved-articles --article bridge-closes",
		Args: oneArg("the id of the pack to remove (brief list shows them)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			lib, err := library(g)
			if err != nil {
				return err
			}
			// Neither refusal is a mistake in the command line, which was
			// well formed: they fail without pointing at --help.
			if args[0] == content.DefaultPackID {
				return fmt.Errorf("%s is built into brief and cannot be removed", args[0])
			}
			if article != "" {
				return removeSaved(env, lib, args[0], article)
			}
			if err := lib.Remove(args[0]); err != nil {
				return err
			}
			if args[0] == content.SavedPackID {
				fmt.Fprintln(env.Stdout, "removed every saved article; their scores are kept")
				return nil
			}
			fmt.Fprintf(env.Stdout, "removed %s; its scores are kept and come back if you add it again\n", args[0])
			return nil
		},
	}
	cmd.Flags().StringVar(&article, "article", "", "remove only this article of "+content.SavedPackID+" (a page brief read URL kept)")
	return cmd
}

// removeSaved forgets one page brief read URL kept. A teacher's pack is
// removed whole or not at all: one article taken out of it would no longer
// be the pack its version names.
func removeSaved(env Env, lib content.Library, pack, article string) error {
	if pack != content.SavedPackID {
		return usageError{fmt.Errorf("--article removes one of the %s; %s is removed whole: brief remove %s", content.SavedPackID, pack, pack)}
	}
	if err := lib.RemoveSaved(article); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "removed the saved article %s; its scores are kept\n", article)
	return nil
}
