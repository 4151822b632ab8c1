package cli

import (
	"fmt"

	"brief/content/interchange"
)

// sniffText looks into a .txt given without --format: Moodle downloads
// GIFT as .txt and Aiken files are .txt, and neither should become an
// "article" titled "// essay". It returns the format to read the file as
// and the base name of the output (bank.gift.txt → bank), and refuses a
// file that looks partly like a bank with a pointer to --format.
func sniffText(env Env, path, base string, data []byte) (format, newBase string, err error) {
	switch interchange.Sniff(data) {
	case interchange.SniffGIFT:
		fmt.Fprintf(env.Stderr, "%s: read as GIFT questions (--format text imports it as an article instead)\n", showPath(path))
		if b, ok := trimSuffixFold(base, ".gift"); ok {
			base = b
		}
		return "gift", base, nil
	case interchange.SniffAiken:
		fmt.Fprintf(env.Stderr, "%s: read as Aiken questions (--format text imports it as an article instead)\n", showPath(path))
		return "aiken", base, nil
	case interchange.SniffUnclear:
		line, col, what := interchange.SniffSign(data)
		return "", "", usageError{fmt.Errorf("%s:%d:%d: the file looks partly like a question bank (%s here) and partly like a saved web page: give --format gift or --format aiken for questions, or --format text for an article",
			showPath(path), line, col, what)}
	}
	return "text", base, nil
}
