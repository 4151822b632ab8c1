package cli

import (
	"fmt"

	"brief/content/interchange"
	"brief/quiz"
)

// importQuestions converts a GIFT or Aiken file to a question file. Each
// question brief cannot hold is skipped with a warning at its own line, as
// Moodle skips the bad questions of a bank and imports the rest; only a
// problem with the whole file (not UTF-8, too many questions, nothing
// usable) writes nothing.
func importQuestions(env Env, format, path, out string, data []byte, force bool) error {
	r := interchange.Import(format, path, data)
	if errs := printDiagnostics(env, r.Diags); errs > 0 {
		fmt.Fprintf(env.Stderr, "%d error(s): nothing written; fix %s and import it again\n", errs, showPath(path))
		return exitError{code: exitFailure}
	}
	qs := r.Questions
	if len(qs) == 0 {
		if r.Found > 0 {
			return fmt.Errorf("%s: none of its %s can be used by brief (see the warnings above): nothing written", showPath(path), count(r.Found, "question"))
		}
		return fmt.Errorf("%s holds no question brief can use: nothing written", showPath(path))
	}
	// The question file written may not be larger than brief reads; its
	// text alone tells, before the YAML is built, whether it can fit.
	if n := textSize(qs); n > quiz.MaxQuestionFileSize {
		return tooBigToImport(path, n)
	}
	yamlData, err := quiz.EncodeFile(qs)
	if len(yamlData) > quiz.MaxQuestionFileSize {
		return tooBigToImport(path, len(yamlData))
	}
	if err != nil {
		// Import left out every question that would not load.
		return fmt.Errorf("%s: the converted questions would not load (%w): nothing written", showPath(path), err)
	}
	if err := writeOutput(out, yamlData, force); err != nil {
		return err
	}
	written := count(len(qs), "question")
	if r.Found > len(qs) {
		written = fmt.Sprintf("%d of %s", len(qs), count(r.Found, "question"))
	}
	fmt.Fprintf(env.Stdout, "wrote %s: %s", showPath(out), written)
	if len(r.Diags) > 0 {
		fmt.Fprintf(env.Stdout, " (%s above)", count(len(r.Diags), "warning"))
	}
	fmt.Fprintln(env.Stdout)
	return nil
}

// textSize is how many bytes of text the questions hold, which their
// question file cannot be smaller than.
func textSize(qs []quiz.Question) int {
	n := 0
	for i := range qs {
		q := &qs[i]
		n += len(q.ID) + len(q.Section) + len(q.Prompt) + len(q.Text) + len(q.Explain) + len(q.Evidence)
		for _, list := range [][]string{q.Options, q.Answers, q.Items, q.Tags} {
			for _, s := range list {
				n += len(s)
			}
		}
		for _, p := range q.Pairs {
			n += len(p.Left) + len(p.Right)
		}
		for k, v := range q.Feedback {
			n += len(k) + len(v)
		}
	}
	return n
}

// tooBigToImport refuses an import whose question file would be over the
// size brief reads; size is the file's size, or as much as is known of it.
func tooBigToImport(path string, size int) error {
	return fmt.Errorf("%s: the question file made from it would be %.1f MiB or more, over the limit of 1 MiB for a question file: split it into smaller files and import each: nothing written",
		showPath(path), float64(size)/(1<<20))
}
