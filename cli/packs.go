package cli

import (
	"fmt"
	"strings"

	"brief/content"
)

// openPack loads the pack a command names: the embedded default when arg
// is empty, else a directory, .zip pack or .md article.
func openPack(arg string) (*content.Pack, error) {
	if arg == "" {
		return content.Default()
	}
	return content.Open(arg)
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
	return nil, usageError{fmt.Errorf("no article %q in %s; it has: %s", id, p.Origin, strings.Join(ids, ", "))}
}
