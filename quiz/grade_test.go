package quiz

import (
	"math"
	"testing"
)

func ptr(b bool) *bool { return &b }

// sample questions of every type, as the parser would return them.
var (
	qChoice = &Question{Type: Choice, Options: []string{"Moscow", "Vostochny spaceport", "Pyongyang", "Sochi"},
		Answers: []string{"Vostochny spaceport"}, Points: 2,
		Feedback: map[string]string{"Moscow": "Putin travelled from Moscow."}}
	qMulti = &Question{Type: Multi, Options: []string{"a", "b", "c", "d"}, Answers: []string{"a", "b", "c"}, Points: 3,
		Feedback: map[string]string{"d": "d is not in the article.", "a": "Yes, a."}}
	qTrue  = &Question{Type: TrueFalse, Truth: true, Points: 1, Feedback: map[string]string{"false": "They had not met since 2019."}}
	qShort = &Question{Type: Short, Answers: []string{"Pyongyang"}, Points: 1,
		Feedback: map[string]string{"Seoul": "Seoul is the capital of South Korea."}}
	qShortTypos = &Question{Type: Short, Answers: []string{"Vostochny", "Vostochny Cosmodrome"}, Typos: 1, Points: 1}
	qSochi      = &Question{Type: Short, Answers: []string{"Sōchi"}, Points: 1}
	qNumber     = &Question{Type: Numeric, Number: 10, Tolerance: 1, Points: 1, Feedback: map[string]string{"5": "That is Moscow to the Urals."}}
	qExact      = &Question{Type: Numeric, Number: 61.5, Points: 1}
	qRange      = &Question{Type: Numeric, Range: &[2]float64{3.5, 4.5}, Points: 1}
	qOrder      = &Question{Type: Order, Items: []string{"a", "b", "c", "d", "e"}, Points: 1}
	qMatch      = &Question{Type: Match, Pairs: []Pair{{"Putin", "Russia"}, {"Kim", "North Korea"}, {"Xi", "China"}, {"Biden", "USA"}}, Points: 2}
	qWildcard   = &Question{Type: Short, Answers: []string{"*manually*", "by hand"}, Points: 1}
	qRoots      = &Question{Type: Numeric, Number: -7, More: []float64{4}, Points: 1}
	qShared     = &Question{Type: Match, Pairs: []Pair{{"Forum grading", "3.8"}, {"H5P", "3.8"}, {"Badges", "2.5"}}, Points: 3}
	qCloze      = &Question{Type: Cloze, Text: "Held at [[Vostochny|the Vostochny spaceport]] near the [[Chinese|China]] border.", Points: 2, Typos: 1}
)

func TestGrade(t *testing.T) {
	tests := map[string]struct {
		q        *Question
		r        Response
		points   float64
		verdict  Verdict
		feedback string
	}{
		"choice right":               {qChoice, Response{Choices: []int{1}}, 2, Right, ""},
		"choice wrong with feedback": {qChoice, Response{Choices: []int{0}}, 0, Wrong, "Putin travelled from Moscow."},
		"choice out of range":        {qChoice, Response{Choices: []int{9}}, 0, Wrong, ""},
		"choice nothing picked":      {qChoice, Response{}, 0, Skipped, ""},
		"choice skipped":             {qChoice, Response{Choices: []int{1}, Skipped: true}, 0, Skipped, ""},

		"multi all right":         {qMulti, Response{Choices: []int{0, 1, 2}}, 3, Right, "Yes, a."},
		"multi two of three":      {qMulti, Response{Choices: []int{0, 1}}, 2, Partial, "Yes, a."},
		"multi right minus wrong": {qMulti, Response{Choices: []int{0, 1, 3}}, 1, Partial, "Yes, a.\nd is not in the article."},
		"multi every box":         {qMulti, Response{Choices: []int{0, 1, 2, 3}}, 2, Partial, "Yes, a.\nd is not in the article."},
		"multi not below zero":    {qMulti, Response{Choices: []int{3}}, 0, Wrong, "d is not in the article."},
		"multi repeated pick":     {qMulti, Response{Choices: []int{0, 0, 0}}, 1, Partial, "Yes, a."},

		"truefalse right":         {qTrue, Response{Truth: ptr(true)}, 1, Right, ""},
		"truefalse wrong":         {qTrue, Response{Truth: ptr(false)}, 0, Wrong, "They had not met since 2019."},
		"truefalse nothing given": {qTrue, Response{}, 0, Skipped, ""},

		"short exact":                {qShort, Response{Text: []string{"Pyongyang"}}, 1, Right, ""},
		"short trailing punctuation": {qShort, Response{Text: []string{"Pyongyang."}}, 1, Right, ""},
		"short upper case":           {qShort, Response{Text: []string{"PYONGYANG"}}, 1, Right, ""},
		"short spaces":               {qShort, Response{Text: []string{"  pyongyang \t"}}, 1, Right, ""},
		"short wrong with feedback":  {qShort, Response{Text: []string{"seoul!"}}, 0, Wrong, "Seoul is the capital of South Korea."},
		"short typo not allowed":     {qShort, Response{Text: []string{"Pyongyan"}}, 0, Wrong, ""},
		"short empty answer":         {qShort, Response{Text: []string{"   "}}, 0, Skipped, ""},
		"short only punctuation":     {qShort, Response{Text: []string{"?!"}}, 0, Wrong, ""},
		"short diacritics typed":     {qShort, Response{Text: []string{"Pyŏngyang"}}, 1, Right, ""},
		"short diacritics in answer": {qSochi, Response{Text: []string{"Sochi"}}, 1, Right, ""},
		"short one typo":             {qShortTypos, Response{Text: []string{"Vostochni"}}, 1, Right, ""},
		"short two typos":            {qShortTypos, Response{Text: []string{"Vastochni"}}, 0, Wrong, ""},
		"short alternative":          {qShortTypos, Response{Text: []string{"the vostochny cosmodrome"}}, 0, Wrong, ""},
		"short alternative exact":    {qShortTypos, Response{Text: []string{"Vostochny  cosmodrome"}}, 1, Right, ""},

		"short wildcard inside":     {qWildcard, Response{Text: []string{"Manually graded"}}, 1, Right, ""},
		"short wildcard alone":      {qWildcard, Response{Text: []string{"manually"}}, 1, Right, ""},
		"short wildcard other text": {qWildcard, Response{Text: []string{"automatically"}}, 0, Wrong, ""},
		"short beside a wildcard":   {qWildcard, Response{Text: []string{"By hand."}}, 1, Right, ""},

		"numeric exact":          {qNumber, Response{Text: []string{"10"}}, 1, Right, ""},
		"numeric in tolerance":   {qNumber, Response{Text: []string{" 11 "}}, 1, Right, ""},
		"numeric edge":           {qNumber, Response{Text: []string{"9"}}, 1, Right, ""},
		"numeric outside":        {qNumber, Response{Text: []string{"11.01"}}, 0, Wrong, ""},
		"numeric feedback":       {qNumber, Response{Text: []string{"5.0"}}, 0, Wrong, "That is Moscow to the Urals."},
		"numeric not a number":   {qNumber, Response{Text: []string{"ten"}}, 0, Wrong, ""},
		"numeric percent":        {qExact, Response{Text: []string{"61.5%"}}, 1, Right, ""},
		"numeric decimal comma":  {qExact, Response{Text: []string{"61,5"}}, 1, Right, ""},
		"numeric rounded wrong":  {qExact, Response{Text: []string{"62"}}, 0, Wrong, ""},
		"numeric range inside":   {qRange, Response{Text: []string{"4"}}, 1, Right, ""},
		"numeric range low edge": {qRange, Response{Text: []string{"3.5"}}, 1, Right, ""},
		"numeric range outside":  {qRange, Response{Text: []string{"5"}}, 0, Wrong, ""},

		"numeric list first":   {qRoots, Response{Text: []string{"-7"}}, 1, Right, ""},
		"numeric list second":  {qRoots, Response{Text: []string{"4"}}, 1, Right, ""},
		"numeric list neither": {qRoots, Response{Text: []string{"7"}}, 0, Wrong, ""},

		"order right":        {qOrder, Response{Order: []int{0, 1, 2, 3, 4}}, 1, Right, ""},
		"order reversed":     {qOrder, Response{Order: []int{4, 3, 2, 1, 0}}, 0, Wrong, ""},
		"order one moved":    {qOrder, Response{Order: []int{1, 2, 3, 4, 0}}, 0.75, Partial, ""},
		"order two swapped":  {qOrder, Response{Order: []int{1, 0, 2, 3, 4}}, 0.75, Partial, ""},
		"order half":         {qOrder, Response{Order: []int{2, 3, 4, 0, 1}}, 0.5, Partial, ""},
		"order garbage kept": {qOrder, Response{Order: []int{0, 0, 9, -1, 1}}, 0.25, Partial, ""},

		"match all":         {qMatch, Response{Matches: []int{0, 1, 2, 3}}, 2, Right, ""},
		"match half":        {qMatch, Response{Matches: []int{1, 0, 2, 3}}, 1, Partial, ""},
		"match one of four": {qMatch, Response{Matches: []int{0, -1, -1, -1}}, 0.5, Partial, ""},
		"match none":        {qMatch, Response{Matches: []int{-1, -1, -1, -1}}, 0, Skipped, ""},
		"match short slice": {qMatch, Response{Matches: []int{0}}, 0.5, Partial, ""},
		// Items sharing an answer: either copy of "3.8" is right for both.
		"match shared answer swapped": {qShared, Response{Matches: []int{1, 0, 2}}, 3, Right, ""},
		"match shared answer twice":   {qShared, Response{Matches: []int{0, 0, 2}}, 3, Right, ""},
		"match shared answer wrong":   {qShared, Response{Matches: []int{2, 0, 1}}, 1, Partial, ""},

		"cloze both":             {qCloze, Response{Text: []string{"Vostochny", "China"}}, 2, Right, ""},
		"cloze alternatives":     {qCloze, Response{Text: []string{"The Vostochny Spaceport.", "chinese"}}, 2, Right, ""},
		"cloze one blank right":  {qCloze, Response{Text: []string{"Vostochny", "Russian"}}, 1, Partial, ""},
		"cloze typo per blank":   {qCloze, Response{Text: []string{"Vostocny", "Chinse"}}, 2, Right, ""},
		"cloze missing blank":    {qCloze, Response{Text: []string{"Vostochny"}}, 1, Partial, ""},
		"cloze all blanks empty": {qCloze, Response{Text: []string{"", " "}}, 0, Skipped, ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got := Grade(tc.q, tc.r)
			if math.Abs(got.Points-tc.points) > 1e-9 || got.Verdict != tc.verdict || got.Feedback != tc.feedback {
				t.Errorf("got %v points, %s, feedback %q; want %v, %s, %q", got.Points, got.Verdict, got.Feedback, tc.points, tc.verdict, tc.feedback)
			}
			if got.Max != tc.q.Points {
				t.Errorf("max %v, want %v", got.Max, tc.q.Points)
			}
		})
	}
}

func TestCorrectAndFormatAnswer(t *testing.T) {
	tests := map[string]struct {
		q       *Question
		r       Response
		correct string
		given   string
	}{
		"choice":    {qChoice, Response{Choices: []int{3}}, "Vostochny spaceport", "Sochi"},
		"multi":     {qMulti, Response{Choices: []int{3, 0}}, "a; b; c", "d; a"},
		"truefalse": {qTrue, Response{Truth: ptr(false)}, "True", "False"},
		"short":     {qShortTypos, Response{Text: []string{" vostok "}}, "Vostochny / Vostochny Cosmodrome", "vostok"},
		"tolerance": {qNumber, Response{Text: []string{"9"}}, "10 (± 1)", "9"},
		"exact":     {qExact, Response{Text: []string{"61,5"}}, "61.5", "61,5"},
		"range":     {qRange, Response{Text: []string{"4"}}, "from 3.5 to 4.5", "4"},
		"more than two decimals stay exact": {&Question{Type: Numeric, Number: 3.14159, Tolerance: 0.005, Points: 1},
			Response{Text: []string{"3.14"}}, "3.14159 (± 0.005)", "3.14"},
		"one-number range":  {&Question{Type: Numeric, Range: &[2]float64{4, 4}, Points: 1}, Response{Text: []string{"4.0"}}, "4", "4.0"},
		"two right numbers": {qRoots, Response{Text: []string{"3"}}, "-7 or 4", "3"},
		"order":             {qOrder, Response{Order: []int{4, 3, 2, 1, 0}}, "a → b → c → d → e", "e → d → c → b → a"},
		"match":             {qMatch, Response{Matches: []int{1, 0, -1, 3}}, "Putin → Russia; Kim → North Korea; Xi → China; Biden → USA", "Putin → North Korea; Kim → Russia; Xi → —; Biden → USA"},
		"cloze":             {qCloze, Response{Text: []string{"Moscow", ""}}, "Held at [Vostochny] near the [Chinese] border.", "Held at [Moscow] near the [—] border."},
		"skipped":           {qChoice, Response{Skipped: true}, "Vostochny spaceport", "(skipped)"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := Grade(tc.q, tc.r).Correct; got != tc.correct {
				t.Errorf("correct %q, want %q", got, tc.correct)
			}
			if got := FormatAnswer(tc.q, tc.r); got != tc.given {
				t.Errorf("given %q, want %q", got, tc.given)
			}
		})
	}
}

func TestFormatNumber(t *testing.T) {
	tests := map[string]struct {
		v    float64
		want string
	}{
		"a third":              {1.0 / 3, "0.33"},
		"two thirds round up":  {2.0 / 3, "0.67"},
		"partial total":        {5 + 1.0/3, "5.33"},
		"float noise":          {7.333333333333334, "7.33"},
		"a half":               {7.5, "7.5"},
		"whole":                {2, "2"},
		"zero":                 {0, "0"},
		"tiny negative is 0":   {-0.001, "0"},
		"two decimals kept":    {0.25, "0.25"},
		"sum that is almost 3": {0.1 + 0.2 + 2.7, "3"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := FormatNumber(tc.v); got != tc.want {
				t.Errorf("FormatNumber(%v) = %q, want %q", tc.v, got, tc.want)
			}
		})
	}
}
