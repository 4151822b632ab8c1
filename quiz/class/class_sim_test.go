package class

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"time"
)

// simClass is a seeded class of students with known abilities answering
// the same questions once, as the report receives them.
type simClass struct {
	handIns  []*HandIn
	right    [][]bool // [student][question]
	wrongKey int      // the question whose key is wrong
}

// newSimClass makes n students answering q one-point choice questions:
// student s knows a question of difficulty d with probability
// logistic(ability - d). Question wrongKey is keyed to the wrong option:
// students who know the answer pick "the real answer", which is marked
// wrong, and everyone else guesses.
func newSimClass(n, q, wrongKey int) *simClass {
	rng := rand.New(rand.NewPCG(7, 11))
	start := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	sim := &simClass{wrongKey: wrongKey}
	for s := range n {
		ability := -2 + 4*float64(s)/float64(n-1)
		end := start.Add(10 * time.Minute)
		a := Attempt{ID: 1, Article: "floods", Mode: ModeExam, Started: start, Finished: &end, Settings: Settings{Questions: q}}
		rights := make([]bool, q)
		for i := range q {
			difficulty := -1.5 + 3*float64(i)/float64(q-1)
			knows := rng.Float64() < 1/(1+math.Exp(difficulty-ability))
			given, right := "the real answer", knows
			if i == wrongKey {
				right = !knows && rng.Float64() < 0.3
				given = map[bool]string{true: "the key", false: "the real answer"}[right]
			} else if !knows {
				given = fmt.Sprintf("distractor %d", rng.IntN(3))
			}
			points := 0.0
			if right {
				points = 1
			}
			rights[i] = right
			a.Answers = append(a.Answers, Answer{Question: fmt.Sprintf("q%02d", i), Type: "choice", Level: "recall", Section: "Whole article",
				Given: given, Points: points, Max: 1, Seconds: float64(10 + i)})
		}
		sim.right = append(sim.right, rights)
		sim.handIns = append(sim.handIns, &HandIn{Format: Format, Version: Version, Student: fmt.Sprintf("Student %02d", s),
			Pack: Pack{ID: "floods", Version: "1.0.0", ContentHash: "sha256:abc"}, Attempts: []Attempt{a}})
	}
	return sim
}

// expected computes one question's facility and point-biserial
// discrimination by the textbook formula, (M1 − M0) / s · √(pq), over the
// rest-of-attempt scores: independent of the report's Pearson code.
func (sim *simClass) expected(q int) (facility, discrimination float64) {
	var rest1, rest0 []float64
	var all []float64
	for _, rights := range sim.right {
		total := 0.0
		for i, r := range rights {
			if r && i != q {
				total++
			}
		}
		rest := total / float64(len(rights)-1)
		all = append(all, rest)
		if rights[q] {
			rest1 = append(rest1, rest)
		} else {
			rest0 = append(rest0, rest)
		}
	}
	p := float64(len(rest1)) / float64(len(all))
	m := mean(all)
	var ss float64
	for _, x := range all {
		ss += (x - m) * (x - m)
	}
	sd := math.Sqrt(ss / float64(len(all)))
	return p, (mean(rest1) - mean(rest0)) / sd * math.Sqrt(p*(1-p))
}

// The report's facility and discrimination match values computed
// independently, to 0.01, and the question with a wrong key is the one
// flagged for both reasons a teacher would see it by.
func TestItemAnalysisOfASimulatedClass(t *testing.T) {
	sim := newSimClass(30, 12, 5)
	r := Build(sim.handIns)
	if len(r.Packs) != 1 {
		t.Fatalf("got %d pack reports, want 1", len(r.Packs))
	}
	items := r.Packs[0].Items
	if len(items) != 12 {
		t.Fatalf("got %d items, want 12", len(items))
	}
	for i, it := range items {
		wantF, wantD := sim.expected(i)
		if math.Abs(it.Facility-wantF) > 0.01 {
			t.Errorf("%s: facility %.3f, want %.3f", it.Question, it.Facility, wantF)
		}
		if !it.HasDiscrimination || math.Abs(it.Discrimination-wantD) > 0.01 {
			t.Errorf("%s: discrimination %.3f (%v), want %.3f", it.Question, it.Discrimination, it.HasDiscrimination, wantD)
		}
		flagged := len(it.Flags) > 0
		if i == sim.wrongKey {
			if it.Discrimination >= 0 || it.TopWrong != "the real answer" || !flagged {
				t.Errorf("wrong-keyed %s: discrimination %.2f, top wrong %q, flags %q; want negative, %q, flagged",
					it.Question, it.Discrimination, it.TopWrong, it.Flags, "the real answer")
			}
		}
	}
	if f := items[0].Flags; len(f) != 0 {
		t.Errorf("the easiest question is flagged: %q", f)
	}
}
