package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/spf13/cobra"

	"brief/quiz/class"
)

type handInOptions struct {
	out   string
	force bool
}

func newHandInCommand(g *globalOptions, env Env) *cobra.Command {
	o := &handInOptions{}
	cmd := &cobra.Command{
		Use:   "hand-in PACK",
		Short: "Write your results on a pack into one file for your teacher",
		Long: "hand-in writes every finished quiz you took on a pack, with each answer, into one file\n" +
			"(PACK-YOUR-NAME.json unless -o names another) for your teacher's brief class report.\n" +
			"It holds your name (brief config name), the pack's version, and for each attempt its mode,\n" +
			"settings, start and end, and every answer with its points and time. Nothing is sent anywhere:\n" +
			"you hand the file in as your teacher asks.",
		Example: "  brief hand-in floods-2026\n  brief hand-in floods.brief.zip -o ~/Desktop/floods.json",
		Args:    oneArg("the pack (an installed pack's id, a .brief.zip or a folder)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runHandIn(g, o, env, args[0])
		},
	}
	cmd.Flags().StringVarP(&o.out, "output", "o", "", "the file to write (default PACK-YOUR-NAME.json here)")
	cmd.Flags().BoolVar(&o.force, "force", false, "overwrite the output file if it exists")
	return cmd
}

func runHandIn(g *globalOptions, o *handInOptions, env Env, arg string) error {
	p, err := openPack(g, arg)
	if err != nil {
		return err
	}
	prof, err := loadProfile(g)
	if err != nil {
		return err
	}
	if prof.Name == "" {
		return usageError{errors.New("hand-in: set your name first, as your teacher knows you: brief config name \"Your Name\"")}
	}
	out := o.out
	if out == "" {
		out = p.ID + "-" + fileSafe(prof.Name) + ".json"
	}
	if err := refuseExisting(out, o.force); err != nil {
		return err
	}
	store, err := openStoreToRead(g)
	if err != nil {
		return err
	}
	defer store.Close()
	c, err := class.Collect(store, p, prof.Name, env.Version, time.Now())
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(c.HandIn); err != nil {
		return err
	}
	if err := writeOutput(out, buf.Bytes(), o.force); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "wrote %s at %s %s for %s to %s\n", count(len(c.HandIn.Attempts), "finished attempt"),
		p.ID, p.Version, prof.Name, showPath(out))
	if c.OtherVersion > 0 {
		fmt.Fprintf(env.Stdout, "left out %s made on another version of the pack\n", count(c.OtherVersion, "attempt"))
	}
	if n := unfinishedTotal(c.HandIn); n > 0 {
		fmt.Fprintf(env.Stdout, "counted %s begun and not finished, so your teacher sees you tried\n", count(n, "attempt"))
	}
	if len(c.HandIn.Attempts) == 0 {
		fmt.Fprintf(env.Stdout, "you have no finished quiz on this pack yet: take one with brief quiz %s\n", arg)
	}
	return nil
}

// unfinishedTotal is how many attempts a hand-in counts as unfinished.
func unfinishedTotal(h *class.HandIn) int {
	n := 0
	for _, u := range h.Unfinished {
		n += u
	}
	return n
}

// fileSafe makes a name usable in a file name: letters and digits kept
// (in any script), every run of anything else one dash.
func fileSafe(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range name {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	if b.Len() == 0 {
		return "student"
	}
	return b.String()
}
