package cli

import (
	"context"
	"fmt"
	"strings"

	"brief/content"
	"brief/content/webfetch"
	"brief/content/webimport"
	"brief/internal/ids"
)

// fetchArticle fetches the web page at rawURL and makes an article of it,
// as `brief import` makes one of a saved page. The second value is where
// the page came from, after redirects.
func fetchArticle(ctx context.Context, env Env, rawURL string) (*webimport.ImportedArticle, string, error) {
	page, err := fetcher(env).Fetch(ctx, rawURL)
	if err != nil {
		return nil, "", err
	}
	a, err := webimport.ImportFetched(page.URL, page.MediaType, page.ContentType, page.Body)
	if err != nil {
		return nil, "", err
	}
	return a, page.URL.String(), nil
}

// importURL fetches a web page and writes it as an article file: to
// -o, else to the title's slug with .md in the current folder. The
// article's source is the site's name, or the page's address when the
// page gives none.
func importURL(ctx context.Context, env Env, o *importOptions, rawURL string) error {
	if o.format != "" {
		return usageError{fmt.Errorf("--format is for files; a web page's server says what it is")}
	}
	if _, err := webfetch.ParseURL(rawURL); err != nil {
		return err
	}
	if o.out != "" {
		if err := refuseExisting(o.out, o.force); err != nil {
			return err
		}
	}
	a, source, err := fetchArticle(ctx, env, rawURL)
	if err != nil {
		return err
	}
	if a.Source == "" {
		a.Source = source
	}
	out := o.out
	if out == "" {
		out = "article.md"
		if slug := ids.Slug(a.Title); slug != "" {
			out = strings.TrimRight(slug[:min(len(slug), 60)], "-") + ".md"
		}
		if err := refuseExisting(out, o.force); err != nil {
			return err
		}
	}
	return writeArticle(env, source, out, a, o.force)
}

// fetcher is the client pages are fetched with; tests shorten its
// limits.
var fetcher = func(env Env) webfetch.Client {
	return webfetch.Client{UserAgent: userAgent(env)}
}

// userAgent names brief and its version to the sites it fetches from, as
// a well-behaved client does.
func userAgent(env Env) string {
	v := env.Version
	if v == "" {
		v = "dev"
	}
	return "brief/" + v + " (terminal news reader)"
}

// readURL fetches a page, keeps it in the library's saved articles (so
// the student can open it again offline, from the home screen or with
// `brief read saved-articles --article ID`), and opens it in the reader
// or prints it as `brief read` does a file. A page that cannot be kept
// is still shown, with a line saying why it was not kept.
func readURL(ctx context.Context, g *globalOptions, o *readOptions, env Env, rawURL string) error {
	if o.article != "" {
		return usageError{fmt.Errorf("--article picks an article of a pack; a web address gives one article")}
	}
	plain := o.plain || o.accessible || !interactive(env)
	if !plain {
		fmt.Fprintf(env.Stderr, "fetching %s …\n", showPath(rawURL))
	}
	imp, source, err := fetchArticle(ctx, env, rawURL)
	if err != nil {
		return err
	}
	imp.Source = source
	p, a, err := saveFetched(g, imp)
	if err != nil {
		fmt.Fprintf(env.Stderr, "brief: %v; showing it without keeping it\n", err)
		if p, a, err = unsavedPack(source, imp); err != nil {
			return err
		}
	} else if plain {
		fmt.Fprintf(env.Stderr, "brief: kept for reading offline: brief read %s --article %s\n", p.ID, a.ID)
	}
	if plain {
		return printReadArticle(env, g.style, o, a)
	}
	return runTUI(ctx, g, env, []*content.Pack{p}, p, a, false, o.width)
}

// saveFetched keeps a fetched article in the library's saved articles.
func saveFetched(g *globalOptions, imp *webimport.ImportedArticle) (*content.Pack, *content.Article, error) {
	lib, err := library(g)
	if err != nil {
		return nil, nil, fmt.Errorf("cannot keep the page: %w", err)
	}
	imp.ID = "" // the file name SaveArticle gives it is the id
	return lib.SaveArticle(imp.Source, imp.Title, imp.Markdown())
}

// unsavedPack is a pack holding only the fetched article, for showing a
// page the library could not keep.
func unsavedPack(source string, imp *webimport.ImportedArticle) (*content.Pack, *content.Article, error) {
	imp.ID = "article"
	if slug := ids.Slug(imp.Title); content.IDPattern().MatchString(slug) && len(slug) <= 60 {
		imp.ID = slug
	}
	a, err := content.ParseArticle(source, imp.Markdown())
	if err != nil {
		return nil, nil, err
	}
	p := &content.Pack{Manifest: content.Manifest{ID: content.SavedPackID, Title: content.SavedPackTitle}, Articles: []*content.Article{a}, Origin: source}
	return p, a, nil
}
