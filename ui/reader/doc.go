// Package reader is the article screen: the rendered text in a viewport
// with its header and footer, the table of contents (t), search (/, n, N)
// and the highlighted passage the quiz's "show me in the text" opens it
// at, and the saved place and reading time it keeps in the score store.
//
// The root opens it with [New] on a [common.OpenArticleMsg] (or for
// `brief read`), and on a quit runs [Screen.Leave] so the place and the
// reading time are saved before brief ends.
package reader
