package cli

import (
	"bufio"
	"context"
	"time"

	"brief/content"
	"brief/quiz"
)

// runQuizTUI runs the full-screen quiz. Until the quiz screen is wired
// into the TUI it asks line by line.
func runQuizTUI(ctx context.Context, g *globalOptions, env Env, p *content.Pack, a *content.Article, sess *quiz.Session, rec *quiz.Recorder, o *quizOptions) error {
	pq := &plainQuiz{
		in: bufio.NewScanner(env.Stdin), out: env.Stdout, session: sess, rec: rec,
		exam: o.exam, now: time.Now, cleaner: content.CleanLine, titles: sectionTitles(a),
		echoed: isTerminal(env.Stdin),
	}
	return pq.run()
}
