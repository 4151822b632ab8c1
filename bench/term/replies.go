package main

import (
	"bytes"
	"cmp"
	"slices"
)

// reply is what a terminal answers to one query.
type reply struct{ query, answer string }

// replies are the queries Bubble Tea (v1 and v2), lipgloss and termenv
// send at start, answered as xterm with a black background answers them.
// A program that waits on a query (termenv waits for the device
// attributes reply that follows its background query) would otherwise
// wait for its time-out, which no real terminal makes it do.
var replies = []reply{
	{"\x1b]11;?\x07", "\x1b]11;rgb:0000/0000/0000\x07"},
	{"\x1b]11;?\x1b\\", "\x1b]11;rgb:0000/0000/0000\x1b\\"},
	{"\x1b]10;?\x07", "\x1b]10;rgb:ffff/ffff/ffff\x07"},
	{"\x1b]10;?\x1b\\", "\x1b]10;rgb:ffff/ffff/ffff\x1b\\"},
	{"\x1b[c", "\x1b[?62;22c"},
	{"\x1b[0c", "\x1b[?62;22c"},
	{"\x1b[6n", "\x1b[1;1R"},
	{"\x1b[?2026$p", "\x1b[?2026;2$y"},
	{"\x1b[?2027$p", "\x1b[?2027;0$y"},
}

// answerer finds queries in a program's output and answers each once.
type answerer struct {
	scanned int // out[:scanned] has been searched
}

// asked is a query found in the output, by where it starts.
type asked struct {
	at     int
	answer string
}

// longestQuery bounds how far back a query split across two reads starts.
const longestQuery = 16

// scan returns the answers to the queries that out holds after what was
// searched last time, in the order they were asked.
func (a *answerer) scan(out []byte) []byte {
	from := max(a.scanned-longestQuery+1, 0)
	var found []asked
	for _, r := range replies {
		for i := from; ; {
			j := bytes.Index(out[i:], []byte(r.query))
			if j < 0 {
				break
			}
			at := i + j
			if at+len(r.query) > a.scanned { // not answered before
				found = append(found, asked{at, r.answer})
			}
			i = at + len(r.query)
		}
	}
	a.scanned = len(out)
	slices.SortFunc(found, func(x, y asked) int { return cmp.Compare(x.at, y.at) })
	var b bytes.Buffer
	for _, f := range found {
		b.WriteString(f.answer)
	}
	return b.Bytes()
}
