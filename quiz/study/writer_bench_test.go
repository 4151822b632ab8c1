package study

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// BenchmarkRecorder1000Answers answers 1,000 questions as fast as a
// student never could, each queued on the writer at once, then flushes
// with a bound of one second, as a quit would: every answer must be
// stored, in the order given, within it. One operation is the whole
// attempt; ns/answer is the writer's throughput.
func BenchmarkRecorder1000Answers(b *testing.B) {
	const n = 1000
	st := openStore(b)
	p, a := testArticle(n)
	w := NewWriter(st)
	run := 0
	for b.Loop() {
		run++
		a.ID = fmt.Sprintf("floods-%d", run) // an attempt of its own
		att := New(w, Setup{Pack: p, Article: a, Session: testSession(b, a)})
		for i := range n {
			att.Answer(i, truth(i%2 == 0), t0)
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		err := w.Flush(ctx)
		cancel()
		if err != nil {
			b.Fatalf("Flush did not see every answer saved within 1 s: %v", err)
		}
		b.StopTimer()
		_, answers := stored(b, st, p, a)
		if len(answers) != n {
			b.Fatalf("%d answers stored, want %d", len(answers), n)
		}
		for i, r := range answers {
			if r.QuestionID != a.Questions[i].ID {
				b.Fatalf("answer %d stored is %s, want %s", i, r.QuestionID, a.Questions[i].ID)
			}
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/answer")
}
