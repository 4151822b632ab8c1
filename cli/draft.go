package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"brief/content"
	"brief/content/draft"
	"brief/quiz"
)

// draftOptions are the flags of `brief draft`.
type draftOptions struct {
	out   string
	force bool
}

func newDraftCommand(env Env) *cobra.Command {
	o := &draftOptions{}
	cmd := &cobra.Command{
		Use:   "draft ARTICLE.md",
		Short: "Write starting questions about an article, for you to edit",
		Long: "draft reads an article and writes a question file of drafts: fill-in-the-blank questions\n" +
			"on sentences with a date, a number or a name, and \"who said\" questions on what the\n" +
			"article reports people said. Each quotes its sentence as evidence and is marked\n" +
			"draft: true, which brief lint reports until you have checked the question and removed it.",
		Example: "  brief draft summit.md\n  brief draft summit.md -o summit.quiz.yaml --force",
		Args:    oneArg("the article to write questions about (ARTICLE.md)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDraft(env, o, args[0])
		},
	}
	cmd.Flags().StringVarP(&o.out, "output", "o", "", "the question file to write (default: ARTICLE.quiz.yaml beside the article)")
	cmd.Flags().BoolVar(&o.force, "force", false, "overwrite the question file if it exists")
	return cmd
}

func runDraft(env Env, o *draftOptions, path string) error {
	base, ok := trimSuffixFold(path, ".md")
	if !ok {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("%s does not exist: give the article's .md file", path)
		}
		return usageError{fmt.Errorf("%s is not an article: give the article's .md file, and draft writes its question file beside it", path)}
	}
	out := o.out
	if out == "" {
		out = base + content.QuizSuffix
	}
	if err := refuseExisting(out, o.force); err != nil {
		return err
	}
	data, err := readInput(path)
	if err != nil {
		return err
	}
	a, err := content.ParseArticle(path, data)
	if err != nil {
		return err
	}
	qs := draft.Questions(a)
	if len(qs) == 0 {
		return fmt.Errorf("%s: found no sentence to ask about (draft looks for dates, numbers, names and reported speech)", path)
	}
	yamlData, err := quiz.EncodeFile(qs)
	if err != nil {
		return fmt.Errorf("%s: the drafted questions would not load (%w); please report this", path, err)
	}
	if err := writeOutput(out, yamlData, o.force); err != nil {
		return err
	}
	kinds := map[quiz.Type]int{}
	for _, q := range qs {
		kinds[q.Type]++
	}
	fmt.Fprintf(env.Stdout, "wrote %s: %s (%d fill-in-the-blank, %d who-said)\n",
		showPath(out), count(len(qs), "draft question"), kinds[quiz.Cloze], len(qs)-kinds[quiz.Cloze])
	fmt.Fprintf(env.Stdout, "next: edit it, delete the questions you do not want, remove draft: true from the others,\n"+
		"then run brief lint %s\n", showPath(filepath.Dir(out)))
	return nil
}
