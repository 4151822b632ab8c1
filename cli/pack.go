package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"brief/content"
	"brief/content/lint"
	"brief/internal/diag"
)

// packOptions are the flags of `brief pack`.
type packOptions struct {
	out   string
	force bool
}

func newPackCommand(env Env) *cobra.Command {
	o := &packOptions{}
	cmd := &cobra.Command{
		Use:   "pack DIR",
		Short: "Bundle a pack folder into one .brief.zip file to hand out",
		Long: "pack lints the folder and, if it has no errors, writes a zip of the files brief reads\n" +
			"(pack.yaml, articles, question files) whose bytes depend only on their content:\n" +
			"packing the same folder twice gives the same file. pack.yaml in the zip carries the\n" +
			"pack's id, version and a content hash (sha256) of everything in it.",
		Example: "  brief pack my-pack/ -o summit.brief.zip",
		Args:    oneArg("the pack folder to bundle (DIR)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runPack(env, o, args[0])
		},
	}
	cmd.Flags().StringVarP(&o.out, "output", "o", "", "the zip to write (default: the folder's name + .brief.zip, here)")
	cmd.Flags().BoolVar(&o.force, "force", false, "overwrite the zip if it exists")
	return cmd
}

func runPack(env Env, o *packOptions, dir string) error {
	out := o.out
	if out == "" {
		out = defaultZipName(dir)
	}
	if err := refuseExisting(out, o.force); err != nil {
		return err
	}
	if err := lintFirst(env, dir, true); err != nil {
		return err
	}
	var buf bytes.Buffer
	m, err := content.WritePackZip(dir, &buf)
	if err != nil {
		return err
	}
	p, err := content.VerifyPackZip(out, buf.Bytes())
	if err != nil {
		return fmt.Errorf("the zip for %s would not load, so nothing was written: %w", dir, err)
	}
	if err := writeOutput(out, buf.Bytes(), o.force); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "packed %s %s (%s) into %s\n", m.ID, m.Version, countPack(p), showPath(out))
	fmt.Fprintf(env.Stdout, "content hash %s\n", m.ContentHash)
	return nil
}

// defaultZipName is the folder's own name with .brief.zip, in the
// current folder: `brief pack .` names the zip after the folder it is
// run in, not the hidden "..brief.zip".
func defaultZipName(dir string) string {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	name := filepath.Base(filepath.Clean(dir))
	if name == string(filepath.Separator) || name == "." {
		name = "pack"
	}
	return name + ".brief.zip"
}

// countPack says how many articles and questions a pack holds.
func countPack(p *content.Pack) string {
	questions := 0
	for _, a := range p.Articles {
		questions += len(a.Questions)
	}
	return count(len(p.Articles), "article") + ", " + count(questions, "question")
}

// count writes a number with its noun: "1 article", "3 articles".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// lintFirst lints what pack or add is about to take, printing every
// problem at once and refusing (exit 1) if any is an error; warnings are
// printed only when printWarnings, as pack does and add does not.
func lintFirst(env Env, src string, printWarnings bool) error {
	diags, err := lint.Path(src)
	if err != nil {
		return err
	}
	if diag.CountErrors(diags) == 0 && !printWarnings {
		return nil
	}
	return reportDiagnostics(env, diags, 1)
}

// refuseExisting stops a command before it does any work when its output
// file exists and --force was not given.
func refuseExisting(path string, force bool) error {
	if force {
		return nil
	}
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("%s exists; give another name with -o, or add --force to overwrite it", path)
	}
	return nil
}

// writeOutput writes a file a command makes, creating its folder if need
// be: to a temporary file beside it, then renamed into place, so that an
// interrupted run never leaves half a file. Without force an existing file is never replaced, even one
// that appeared while the command ran.
func writeOutput(path string, data []byte, force bool) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	defer func() {
		if err != nil {
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if force {
		if err := os.Rename(tmp.Name(), path); err != nil {
			return fmt.Errorf("write %s: %w", path, unwrapPath(err))
		}
		return nil
	}
	// A hard link fails if the name is taken, where a rename would
	// silently replace the file.
	if err := os.Link(tmp.Name(), path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s exists; give another name with -o, or add --force to overwrite it", path)
		}
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	os.Remove(tmp.Name())
	return nil
}

// unwrapPath drops the *fs.PathError wrapper whose text repeats the path.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// printDiagnostics prints findings of a conversion (warnings and errors
// alike) to stderr, and reports whether any was an error.
func printDiagnostics(env Env, diags []*diag.Diagnostic) (errs int) {
	for _, d := range diags {
		fmt.Fprintln(env.Stderr, d.String())
		if d.Severity != diag.Warning {
			errs++
		}
	}
	return errs
}

// trimSuffixFold removes a suffix whatever its case.
func trimSuffixFold(s, suffix string) (string, bool) {
	if len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix) {
		return s[:len(s)-len(suffix)], true
	}
	return s, false
}
