package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"brief/content"
)

// openPack loads the pack a command names: the embedded default when arg
// is empty, else a directory, .zip pack or .md article, else the id of a
// pack installed with `brief add`.
func openPack(g *globalOptions, arg string) (*content.Pack, error) {
	if arg == "" || arg == content.DefaultPackID {
		return content.Default()
	}
	path, err := packPath(g, arg)
	if err != nil {
		return nil, err
	}
	return content.Open(path)
}

// packPath is where the pack a command names lives: arg itself, or the
// library folder when arg is the id of an installed pack. A name that is
// neither gets an error saying what brief looked for.
func packPath(g *globalOptions, arg string) (string, error) {
	if dir, ok := installedPackDir(g, arg); ok {
		return dir, nil
	}
	if _, err := os.Stat(arg); errors.Is(err, fs.ErrNotExist) && !strings.ContainsAny(arg, `/\.`) {
		if pack, ok := packWithArticle(g, arg); ok {
			return "", usageError{fmt.Errorf("%q is an article, not a pack: it is in the pack %s, so give %s --article %s", arg, pack, pack, arg)}
		}
		return "", usageError{fmt.Errorf("no file and no installed pack called %q: give a pack folder, a .zip pack or an .md article, or the id of a pack from `brief list`", arg)}
	}
	return arg, nil
}

// packWithArticle finds the pack, built in or installed, that holds an
// article with the id a student gave where a pack belongs: ids of packs
// and of their articles look alike.
func packWithArticle(g *globalOptions, articleID string) (string, bool) {
	packs := []*content.Pack{}
	if p, err := content.Default(); err == nil {
		packs = append(packs, p)
	}
	if dir, err := dataDir(g); err == nil {
		installed, _ := content.LoadLibrary(dir)
		packs = append(packs, installed...)
	}
	for _, p := range packs {
		if _, ok := p.Article(articleID); ok {
			return p.ID, true
		}
	}
	return "", false
}

// installedPackDir finds the library folder of an installed pack id, when
// arg is not a path that exists.
func installedPackDir(g *globalOptions, arg string) (string, bool) {
	if _, err := os.Stat(arg); !errors.Is(err, fs.ErrNotExist) || strings.ContainsAny(arg, `/\.`) {
		return "", false
	}
	data, err := dataDir(g)
	if err != nil {
		return "", false
	}
	dir := filepath.Join(data, content.LibraryDirName, arg)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return "", false
	}
	return dir, true
}

// allPacks is every pack the student has, whole: the embedded one, then
// those installed with `brief add`. A pack that fails to load is reported
// on stderr and left out, so one broken pack never locks a student out.
func allPacks(g *globalOptions, env Env) []*content.Pack {
	packs := listedPacks(g, env)
	whole := packs[:0]
	for _, p := range packs {
		if err := content.Complete(p); err != nil {
			fmt.Fprintf(env.Stderr, "brief: installed pack skipped: %v\n", err)
			continue
		}
		whole = append(whole, p)
	}
	return whole
}

// listedPacks is allPacks as the home screen lists them: installed packs
// are read from the library's index, so their articles have no body or
// questions until they are opened (content.ReadWhole). Every start of
// brief reads them, and reading every question of every pack made that
// slow.
func listedPacks(g *globalOptions, env Env) []*content.Pack {
	var packs []*content.Pack
	if p, err := content.Default(); err == nil {
		packs = append(packs, p)
	} else {
		fmt.Fprintf(env.Stderr, "brief: built-in pack: %v\n", err)
	}
	data, err := dataDir(g)
	if err != nil {
		return packs
	}
	installed, errs := content.LoadLibrary(data)
	for _, err := range errs {
		fmt.Fprintf(env.Stderr, "brief: installed pack skipped: %v\n", err)
	}
	return append(packs, installed...)
}

// pickArticle finds the article a command asks for: by id, or the pack's
// only (or first) article when id is empty.
func pickArticle(p *content.Pack, id string) (*content.Article, error) {
	if id == "" {
		return p.Articles[0], nil
	}
	if a, ok := p.Article(id); ok {
		return a, nil
	}
	ids := make([]string, len(p.Articles))
	for i, a := range p.Articles {
		ids[i] = a.ID
	}
	return nil, usageError{fmt.Errorf("no article %q in %s; it has: %s", id, packName(p), strings.Join(ids, ", "))}
}

// packName names a pack in a message as a student knows it: the built-in
// pack, or an installed one by its title and id.
func packName(p *content.Pack) string {
	if p.ID == content.DefaultPackID || p.Origin == content.DefaultOrigin {
		return "the built-in pack"
	}
	if p.Title != "" && p.Title != p.ID {
		return fmt.Sprintf("the pack %q (%s)", p.Title, p.ID)
	}
	return fmt.Sprintf("the pack %s", p.ID)
}

// noteNotInstalled tells a student who took a quiz on a pack they have
// not installed (a folder or a .zip a teacher gave out, run as it is)
// that brief review, which goes over installed packs only, will not bring
// back what they missed until they install it. It is said on stderr,
// after the quiz, so that the quiz's last line is still its score.
func noteNotInstalled(g *globalOptions, env Env, p *content.Pack, path string) {
	if p.ID == content.DefaultPackID || packInstalled(g, p.ID) || !installable(path) {
		return
	}
	note := fmt.Sprintf("brief review goes over installed packs only. To have what you missed here come back for review, install this pack with: brief add %s", path)
	// Wrapped between words at a terminal, which would break it anywhere.
	stderr := env.Stderr
	if c, ok := stderr.(cleanWriter); ok {
		stderr = c.w
	}
	if w := terminalWidth(stderr); w > 20 {
		note = ansi.Wordwrap(note, w-1, "")
	}
	fmt.Fprintln(env.Stderr, note)
}

// packInstalled reports whether the library holds a pack with the id.
func packInstalled(g *globalOptions, id string) bool {
	data, err := dataDir(g)
	if err != nil {
		return false
	}
	st, err := os.Stat(filepath.Join(data, content.LibraryDirName, id))
	return err == nil && st.IsDir()
}

// installable reports whether brief add takes path: a pack folder or a
// .zip pack, not a lone article.
func installable(path string) bool {
	if strings.EqualFold(filepath.Ext(path), ".zip") {
		return true
	}
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}
