package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"brief/internal/profile"
)

func newConfigCommand(g *globalOptions, env Env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Show or change your settings, such as your name",
		Long: "config shows your settings. brief keeps them in its data folder, beside your scores.\n" +
			"Your name goes on the results you hand in, so use the name your teacher knows you by.",
		Example: "  brief config\n  brief config name \"Ana Perera\"",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := loadProfile(g)
			if err != nil {
				return err
			}
			fmt.Fprintf(env.Stdout, "name: %s\n", orNotSet(p.Name))
			return nil
		},
	}
	cmd.AddCommand(newConfigNameCommand(g, env))
	return cmd
}

func newConfigNameCommand(g *globalOptions, env Env) *cobra.Command {
	return &cobra.Command{
		Use:     "name [NAME]",
		Short:   "Show or set the name put on the results you hand in",
		Example: "  brief config name \"Ana Perera\"",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir, err := dataDir(g)
			if err != nil {
				return err
			}
			p, err := profile.Load(dir)
			if len(args) == 0 {
				if err != nil {
					return err
				}
				fmt.Fprintln(env.Stdout, orNotSet(p.Name))
				return nil
			}
			if msg := profile.CheckName(args[0]); msg != "" {
				return usageError{fmt.Errorf("name: %s", msg)}
			}
			p.Name = profile.Clean(args[0])
			if err := profile.Save(dir, p); err != nil {
				return fmt.Errorf("save your name: %w", err)
			}
			fmt.Fprintf(env.Stdout, "your name is now %s\n", p.Name)
			return nil
		},
	}
}

// loadProfile reads the student's profile from the data folder.
func loadProfile(g *globalOptions) (profile.Profile, error) {
	dir, err := dataDir(g)
	if err != nil {
		return profile.Profile{}, err
	}
	return profile.Load(dir)
}

// orNotSet is s, or says it is not set.
func orNotSet(s string) string {
	if s == "" {
		return "(not set: brief config name \"Your Name\")"
	}
	return s
}
