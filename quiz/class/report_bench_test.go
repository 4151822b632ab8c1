package class

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"testing"
	"time"
)

// benchClass encodes hand-ins of students × questions × attempts, as the
// files a teacher collects.
func benchClass(b *testing.B, students, questions, attempts int) [][]byte {
	b.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	start := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	var files [][]byte
	for s := range students {
		h := HandIn{Format: Format, Version: Version, Student: fmt.Sprintf("Student %03d", s),
			Pack: Pack{ID: "floods", Version: "1.0.0", ContentHash: "sha256:abc", Assignment: &Assignment{Mode: ModeExam, Attempts: attempts}}}
		for a := range attempts {
			began := start.Add(time.Duration(a) * 24 * time.Hour)
			end := began.Add(20 * time.Minute)
			at := Attempt{ID: int64(a + 1), Article: "floods", Mode: ModeExam, Started: began, Finished: &end, Assigned: true}
			for q := range questions {
				points := float64(rng.IntN(2))
				at.Answers = append(at.Answers, Answer{Question: fmt.Sprintf("q%02d", q), Type: "choice", Level: "recall",
					Section: fmt.Sprintf("part-%d", q%5), Given: fmt.Sprintf("option %d", rng.IntN(4)), Points: points, Max: 1, Seconds: 30})
			}
			h.Attempts = append(h.Attempts, at)
		}
		data, err := json.Marshal(h)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, data)
	}
	return files
}

// The report on 300 students × 40 questions × 3 attempts, from the files'
// bytes to the terminal table: read, check, analyse and draw.
func BenchmarkClassReport300x40x3(b *testing.B) {
	files := benchClass(b, 300, 40, 3)
	b.ReportAllocs()
	for b.Loop() {
		var hs []*HandIn
		for i, data := range files {
			h, err := Decode(fmt.Sprintf("s%03d.json", i), data)
			if err != nil {
				b.Fatal(err)
			}
			hs = append(hs, h)
		}
		if err := WriteTable(io.Discard, Build(hs), TableOptions{Width: 100}); err != nil {
			b.Fatal(err)
		}
	}
}
