// Command classreport times `brief class report` as a teacher runs it, as
// a whole process: it writes the hand-in files of a class (300 students ×
// 40 questions × 3 attempts unless told otherwise) to a temporary folder,
// builds brief, and runs the report on them several times, printing the
// median and range of the wall time and the largest resident memory.
//
//	go run ./bench/classreport [-students 300 -questions 40 -attempts 3 -runs 10]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"syscall"
	"time"

	"brief/quiz/class"
)

func main() {
	students := flag.Int("students", 300, "students in the class")
	questions := flag.Int("questions", 40, "questions per attempt")
	attempts := flag.Int("attempts", 3, "attempts per student")
	runs := flag.Int("runs", 10, "times to run the report")
	flag.Parse()
	if err := run(*students, *questions, *attempts, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "classreport:", err)
		os.Exit(1)
	}
}

func run(students, questions, attempts, runs int) error {
	dir, err := os.MkdirTemp("", "brief-classreport-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	handIns := filepath.Join(dir, "handins")
	if err := writeClass(handIns, students, questions, attempts); err != nil {
		return err
	}
	brief := filepath.Join(dir, "brief")
	if out, err := exec.Command("go", "build", "-o", brief, ".").CombinedOutput(); err != nil {
		return fmt.Errorf("go build: %v\n%s", err, out)
	}
	var walls []time.Duration
	var rss int64
	for range runs {
		cmd := exec.Command(brief, "class", "report", handIns)
		began := time.Now()
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("brief class report: %v\n%s", err, out)
		}
		walls = append(walls, time.Since(began))
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			rss = max(rss, ru.Maxrss) // kilobytes on Linux
		}
	}
	slices.Sort(walls)
	fmt.Printf("brief class report: %d students × %d questions × %d attempts, %d runs\n", students, questions, attempts, runs)
	fmt.Printf("wall time median %v (range %v–%v); max RSS %d MB\n",
		walls[len(walls)/2].Round(time.Millisecond), walls[0].Round(time.Millisecond), walls[len(walls)-1].Round(time.Millisecond), rss/1024)
	return nil
}

// writeClass writes one hand-in file per student, answers drawn from a
// fixed seed so every run reports on the same class.
func writeClass(dir string, students, questions, attempts int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(1, 2))
	start := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	for s := range students {
		h := class.HandIn{Format: class.Format, Version: class.Version, Student: fmt.Sprintf("Student %03d", s),
			Pack: class.Pack{ID: "floods", Version: "1.0.0", ContentHash: "sha256:abc",
				Assignment: &class.Assignment{Mode: class.ModeExam, Attempts: attempts}}}
		for a := range attempts {
			began := start.Add(time.Duration(a) * 24 * time.Hour)
			end := began.Add(20 * time.Minute)
			at := class.Attempt{ID: int64(a + 1), Article: "floods", Mode: class.ModeExam, Started: began, Finished: &end, Assigned: true}
			for q := range questions {
				at.Answers = append(at.Answers, class.Answer{Question: fmt.Sprintf("q%02d", q), Type: "choice", Level: "recall",
					Section: fmt.Sprintf("part-%d", q%5), Given: fmt.Sprintf("option %d", rng.IntN(4)),
					Points: float64(rng.IntN(2)), Max: 1, Seconds: float64(10 + rng.IntN(50))})
			}
			h.Attempts = append(h.Attempts, at)
		}
		data, err := json.Marshal(h)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("s%03d.json", s)), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
