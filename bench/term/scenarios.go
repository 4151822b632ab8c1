package main

// step is one thing a student does and the frame it must bring: the
// launch (key "") or a key press.
type step struct {
	row string // the table row it is reported in; "" reports nothing
	key string // what is typed; "" is the launch
	// expect is text that shows the frame has been drawn; for "" the
	// frame is the first output after the key.
	expect string
	// fromLaunch times the frame from the launch rather than from the
	// key, typed as soon as the frame before it is there: glow's reader is
	// reached from its file list with enter.
	fromLaunch bool
}

// script is what one program is run with, in the work folder's subfolder
// dir, and the steps timed in it.
type script struct {
	args  []string
	dir   string
	steps []step
}

// scenario is one screen of brief's, timed against glow's nearest where
// glow has one.
type scenario struct {
	name  string
	brief script
	glow  *script
	// noGlow says why there is no glow column when glow is present.
	noGlow string
}

// The texts that mark a first frame: words from the article's second
// paragraph (on the first screen in both readers, and nowhere in the
// frames before it), the last words of brief's key lines, and glow's file
// list heading.
const (
	articleText = "Vostochny"
	briefFooter = "quit"
	quizFooter  = "keys"
	glowList    = "documents"
	atTheEnd    = "100%"
)

// readerSteps are the keys timed in a reader: a page down, then a line.
func readerSteps(first step) []step {
	return []step{first, {row: "space", key: " "}, {row: "j", key: "j"}}
}

// glowReader opens the only file in dir from glow's file list: glow
// v2.1.1's `glow -t FILE` opens on an empty page (its pager renders the
// file before it knows the window's width), so glow's reader is reached as
// a student reaches it, from `glow` with enter.
func glowReader(dir string, more ...step) *script {
	first := []step{
		{key: "", expect: glowList},
		{row: "first screen", key: "\r", expect: articleText, fromLaunch: true},
	}
	steps := append(first, readerSteps(first[1])[1:]...)
	return &script{dir: dir, steps: append(steps, more...)}
}

// scenarios are the screens timed, in the order they are reported.
func scenarios() []scenario {
	briefFirst := step{row: "first screen", expect: articleText}
	toEnd := step{row: "G (to the end)", key: "G", expect: atTheEnd}
	return []scenario{{
		name:  "reader, seed article",
		brief: script{args: []string{"read", "seed/article.md"}, steps: readerSteps(briefFirst)},
		glow:  glowReader("seed"),
	}, {
		name:  "reader, 100x article",
		brief: script{args: []string{"read", "long/long.md"}, steps: append(readerSteps(briefFirst), toEnd)},
		glow:  glowReader("long", toEnd),
	}, {
		name: "home",
		brief: script{steps: []step{
			{row: "first screen", expect: briefFooter},
			{row: "? (help)", key: "?"},
		}},
		glow: &script{dir: "seed", steps: []step{
			{row: "first screen", expect: glowList},
			{row: "? (help)", key: "?"},
		}},
	}, {
		name: "quiz",
		brief: script{args: []string{"quiz"}, steps: []step{
			{row: "first question", expect: quizFooter},
			{row: "j (next option)", key: "j"},
		}},
		noGlow: "glow has no quiz",
	}}
}
