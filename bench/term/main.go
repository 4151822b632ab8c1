// Command term times brief as a student meets it in a terminal: from
// launch to the first frame, and from a key press to the frame it brings,
// for the reader (seed and 100x article), the home screen and the quiz,
// each program run in a pseudo-terminal of the bench's own (no tmux, no
// terminal emulator), in turns with glow where one is found ($GLOW or
// glow on PATH). It then times printing an article into a pipe,
// `brief read --plain --style dark` against `glow -s dark`. A frame is
// there when the text it must show is on the screen of a terminal
// emulator (charmbracelet/x/vt) fed everything the program writes; a key
// whose frame has no text of its own (a line scrolled in may be blank) is
// timed to the first output after it, as Bubble Tea writes a frame in one
// write.
//
// Run it from the repository's root:
//
//	go run ./bench/term [-runs 10] [-base OLD-BRIEF] [-tmux]
//
// -base adds a column for another build of brief (say, main's before a
// change), run in the same turns; -tmux runs every program as if inside
// tmux (TMUX set, a tmux server of the bench's own to ask), which is where
// colour detection starts subprocesses.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

func main() {
	run := run
	if os.Getenv(printChildEnv) != "" {
		run = printChild
	}
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "bench/term:", err)
		os.Exit(1)
	}
}

// options are the command's flags.
type options struct {
	runs, pipeRuns int
	cols, rows     int
	brief, base    string
	tmux, noPipe   bool
	only           string
}

func parseFlags() options {
	var o options
	flag.IntVar(&o.runs, "runs", 10, "timed runs of each program in each scenario, after two warm-up runs")
	flag.IntVar(&o.pipeRuns, "pipe-runs", 20, "timed runs of each program printing into a pipe")
	flag.IntVar(&o.cols, "cols", 100, "the terminal's width")
	flag.IntVar(&o.rows, "rows", 30, "the terminal's height")
	flag.StringVar(&o.brief, "brief", "", "the brief binary to time (default: build the tree)")
	flag.StringVar(&o.base, "base", "", "another brief binary to time in the same turns, as a column \"base\"")
	flag.BoolVar(&o.tmux, "tmux", false, "run every program as if inside tmux")
	flag.BoolVar(&o.noPipe, "no-pipe", false, "skip printing into a pipe")
	flag.StringVar(&o.only, "only", "", "time only the scenarios whose name holds this")
	flag.Parse()
	return o
}

func run() error {
	o := parseFlags()
	work, err := os.MkdirTemp("", "brief-term-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	b, programs, cleanup, err := setUp(o, work)
	if err != nil {
		return err
	}
	defer cleanup()
	fmt.Printf("%s, %d×%d terminal, %d timed runs in turns after 2 warm-up runs\n",
		time.Now().UTC().Format("2006-01-02 15:04 MST"), o.cols, o.rows, o.runs)
	for _, p := range programs {
		fmt.Printf("  %s: %s\n", p.name, p.path)
	}
	t := newTable()
	if err := b.measureScreens(t, programs, o); err != nil {
		return err
	}
	if !o.noPipe {
		b.measurePipes(t, programs, o.pipeRuns)
	}
	t.print(os.Stdout, programs)
	return nil
}

// setUp writes the articles, builds brief, finds glow, prepares the data
// folder and, with -tmux, starts the tmux server to ask.
func setUp(o options, work string) (*bench, []program, func(), error) {
	cleanup := func() {}
	if err := writeArticles(work); err != nil {
		return nil, nil, cleanup, err
	}
	brief := o.brief
	if brief == "" {
		var err error
		if brief, err = buildBrief(work); err != nil {
			return nil, nil, cleanup, err
		}
	}
	programs := []program{{"brief", brief}}
	if o.base != "" {
		programs = append(programs, program{"base", o.base})
	}
	if glow, why := findGlow(); glow != "" {
		programs = append(programs, program{"glow", glow})
	} else {
		fmt.Println("glow column skipped:", why)
	}
	tmux := ""
	if o.tmux {
		var err error
		if tmux, cleanup, err = startTmux(work); err != nil {
			return nil, nil, func() {}, err
		}
	}
	b := &bench{work: work, env: childEnv(work, tmux), cols: o.cols, rows: o.rows,
		timeout: 5 * time.Second}
	if err := b.prepareDataDir(brief); err != nil {
		cleanup()
		return nil, nil, func() {}, err
	}
	return b, programs, cleanup, nil
}

// measureScreens runs every scenario's script for every program, in turns
// that alternate who goes first; the first two turns warm up and are not
// reported.
func (b *bench) measureScreens(t *table, programs []program, o options) error {
	for i := range o.runs + 2 {
		for _, sc := range scenarios() {
			if !strings.Contains(sc.name, o.only) {
				continue
			}
			for _, p := range alternate(programs, i) {
				s, ok := sc.scriptFor(p)
				if !ok {
					continue
				}
				times, errs, err := b.runScript(p, sc.name, s)
				if err != nil {
					return err
				}
				if i < 2 {
					continue
				}
				for _, st := range s.steps {
					if st.row != "" {
						t.add(cell{sc.name, st.row, p.name}, "ms", ms(times[st.row]), errs[st.row])
					}
				}
				if o.tmux {
					t.add(cell{sc.name, "tmux subprocesses", p.name}, "", float64(b.lastTmuxCalls), nil)
				}
			}
		}
	}
	return nil
}

// scriptFor is the script p runs in sc: glow's own, or brief's for brief
// and base.
func (sc scenario) scriptFor(p program) (script, bool) {
	if p.name != "glow" {
		return sc.brief, true
	}
	if sc.glow == nil {
		return script{}, false
	}
	return *sc.glow, true
}
