package interchange

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"brief/quiz"
)

// Moodle's own GIFT and Aiken fixtures (testdata/moodle, GPL-3.0-or-later,
// see its README), imported as `brief import` does. Each question is
// checked against what Moodle's importer makes of it: the answer Moodle
// gives full marks must get full marks in brief, and an answer Moodle
// gives nothing must get nothing. Where brief grades otherwise (partial
// credit it cannot hold) the import must say so in a warning.

// moodleCase is one question of a fixture as Moodle reads it.
type moodleCase struct {
	typ   quiz.Type
	right string // an answer Moodle gives 100%: option texts joined by ";", "true", a number, a text, or "left->right;…"
	wrong string // an answer Moodle gives 0%
}

// respond builds brief's response for an answer written as in moodleCase.
func respond(t *testing.T, q *quiz.Question, given string) quiz.Response {
	t.Helper()
	switch q.Type {
	case quiz.Choice, quiz.Multi:
		var r quiz.Response
		for _, opt := range strings.Split(given, ";") {
			i := slices.Index(q.Options, opt)
			if i < 0 {
				t.Fatalf("question %s: %q is not among its options %q", q.ID, opt, q.Options)
			}
			r.Choices = append(r.Choices, i)
		}
		return r
	case quiz.TrueFalse:
		truth := given == "true"
		return quiz.Response{Truth: &truth}
	case quiz.Match:
		r := quiz.Response{Matches: make([]int, len(q.Pairs))}
		for i, pair := range strings.Split(given, ";") {
			right := pair[strings.Index(pair, "->")+2:]
			r.Matches[i] = slices.IndexFunc(q.Pairs, func(p quiz.Pair) bool { return p.Right == right })
		}
		return r
	case quiz.Cloze:
		return quiz.Response{Text: strings.Split(given, ";")}
	case quiz.Short, quiz.Numeric, quiz.Order:
	}
	return quiz.Response{Text: []string{given}}
}

// checkAgainstMoodle imports a fixture and checks each question in order.
func checkAgainstMoodle(t *testing.T, format, path string, want []moodleCase, wantFound int) Imported {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r := Import(format, path, data)
	if r.Found != wantFound {
		t.Errorf("found %d questions, want %d", r.Found, wantFound)
	}
	if len(r.Questions) != len(want) {
		for _, q := range r.Questions {
			t.Logf("%s %s %q", q.ID, q.Type, q.Prompt)
		}
		t.Fatalf("%d questions written, want %d", len(r.Questions), len(want))
	}
	for i := range want {
		q, c := &r.Questions[i], want[i]
		if q.Type != c.typ {
			t.Errorf("question %d (%s): type %s, want %s", i+1, q.ID, q.Type, c.typ)
			continue
		}
		if g := quiz.Grade(q, respond(t, q, c.right)); g.Verdict != quiz.Right {
			t.Errorf("question %d (%s): %q, which Moodle gives 100%%, is %s", i+1, q.ID, c.right, g.Verdict)
		}
		if g := quiz.Grade(q, respond(t, q, c.wrong)); g.Points != 0 {
			t.Errorf("question %d (%s): %q, which Moodle gives 0%%, earns %v", i+1, q.ID, c.wrong, g.Points)
		}
	}
	return r
}

func TestMoodleGIFTFixture(t *testing.T) {
	const path = "testdata/moodle/questions.gift.txt"
	r := checkAgainstMoodle(t, "gift", path, []moodleCase{
		{quiz.Match, "An activity supporting asynchronous discussions.->Forum;A teacher asks a question and specifies a choice of multiple responses.->Choice;A bank of record entries which participants can add to.->Database;A collection of web pages that anyone can add to or edit.->Wiki",
			"An activity supporting asynchronous discussions.->Choice;A teacher asks a question and specifies a choice of multiple responses.->Forum;A bank of record entries which participants can add to.->Wiki;A collection of web pages that anyone can add to or edit.->Database"},
		{quiz.Choice, "yellow", "red"},
		{quiz.Multi, "yellow;off-beige", "red;blue"},
		{quiz.Numeric, "1", "6"}, // {#3:2~#Completely wrong}: 3 ± 2
		{quiz.Short, "Frog", "Dog"},
		{quiz.TrueFalse, "false", "true"},
		{quiz.TrueFalse, "true", "false"},
		{quiz.TrueFalse, "true", "false"},
	}, 9)
	wantDiags := []string{
		path + `:2:1: warning: skipped: essay questions cannot be graded automatically`,
		path + `:10:5: warning: extra answer "Chat" dropped: match questions have no answers without an item`,
		path + `:23:1: warning: weights on wrong options (-100%) replaced by brief's rule: each wrong pick cancels one right pick (-50% each here)`,
		path + `:31:43: warning: feedback for any other answer dropped: "Completely wrong" (feedback is kept only for a given value)`,
		path + `:36:5: warning: answer "Cat" worth 50% dropped: a short answer is right or wrong, so it is no longer accepted`,
		path + `:37:5: warning: answer * (any other answer, worth 0%) dropped: brief has no catch-all answer, and so is its feedback "Completely wrong"`,
		path + `:49:1: warning: id "2-08-tsl" is already used by an earlier question; this one is "2-08-tsl-2"`,
	}
	if got := diagStrings(r.Diags); !reflect.DeepEqual(got, wantDiags) {
		t.Errorf("diagnostics:\n got %q\nwant %q", got, wantDiags)
	}
	// Moodle: the true/false's feedback for a wrong answer, then a right
	// one, and its general feedback.
	tf := r.Questions[5]
	if tf.Feedback["true"] != "42 is the Ultimate Answer." || tf.Feedback["false"] != "You gave the right answer." || !strings.HasPrefix(tf.Explain, "This is, of course") {
		t.Errorf("true/false feedback %q, explain %q", tf.Feedback, tf.Explain)
	}
	// Moodle's -100% on red: picking it with both right ones scores 0 in
	// Moodle; brief's rule gives half, which the warning above says.
	if g := quiz.Grade(&r.Questions[2], respond(t, &r.Questions[2], "yellow;off-beige;red")); g.Points != 0.5 {
		t.Errorf("multi with one wrong pick: %v points", g.Points)
	}
}

func TestMoodleGIFTCategoryFixtureRoundTrip(t *testing.T) {
	const path = "testdata/moodle/questions_in_category.gift.txt"
	r := checkAgainstMoodle(t, "gift", path, []moodleCase{
		{quiz.Match, "An activity supporting asynchronous discussions.->Forum;A teacher asks a question and specifies a choice of multiple responses.->Choice;A bank of record entries which participants can add to.->Database;A collection of web pages that anyone can add to or edit.->Wiki",
			"An activity supporting asynchronous discussions.->Wiki;A teacher asks a question and specifies a choice of multiple responses.->Database;A bank of record entries which participants can add to.->Choice;A collection of web pages that anyone can add to or edit.->Forum"},
		{quiz.Choice, "French", "English"},
		{quiz.Short, "Moodler", "Moodle"},
		{quiz.TrueFalse, "true", "false"},
	}, 4)
	if got := diagStrings(r.Diags); len(got) != 2 || !strings.Contains(got[1], ":14:1: warning: question refers to audio") {
		t.Errorf("diagnostics %q", got)
	}
	if p := r.Questions[1].Prompt; !strings.Contains(p, "(http://demo.moodle.net/file.php/5/media/bonjour.mp3)") {
		t.Errorf("the link's target is lost: %q", p)
	}
	// Export gives Moodle back its names and category, not slugs and tags.
	out, _ := EncodeGIFT(r.Questions)
	gift := string(out)
	for _, want := range []string{"$CATEGORY: $course$/Default for New Features\n", "::Moodle activities::", "::Greeting::", "::Moodle acronym::"} {
		if !strings.Contains(gift, want) {
			t.Errorf("export lacks %q:\n%s", want, gift)
		}
	}
	if strings.Count(gift, "$CATEGORY:") != 1 || strings.Contains(gift, "[tag:Default for New Features]") {
		t.Errorf("category written more than once, or as a tag:\n%s", gift)
	}
	back, diags := ParseGIFT("back.gift", out)
	if len(back) != 4 || back[0].Category != r.Questions[0].Category || back[0].Name != "Moodle activities" {
		t.Errorf("round trip: %d questions, %q", len(back), diagStrings(diags))
	}
}

func TestMoodleAikenFixtures(t *testing.T) {
	good := checkAgainstMoodle(t, "aiken", "testdata/moodle/questions.aiken.txt", []moodleCase{
		{quiz.Choice, "Martin Dougiamas", "Petr Skoda"},
		{quiz.Choice, "True", "False"},
	}, 2)
	if len(good.Diags) != 0 || !strings.Contains(good.Questions[1].Prompt, `<html class="cool"> & images:`) {
		t.Errorf("diagnostics %q, prompt %q", diagStrings(good.Diags), good.Questions[1].Prompt)
	}
	// Moodle imports the two good questions of aiken_errors.txt and
	// reports the rest; so does brief, each at its own line.
	const path = "testdata/moodle/aiken_errors.txt"
	r := checkAgainstMoodle(t, "aiken", path, []moodleCase{
		{quiz.Choice, "Correct", "Incorrect"},
		{quiz.Choice, "Correct (No space)", "Incorrect (No space)"},
	}, 4)
	wantDiags := []string{
		path + `:1:1: warning: skipped: question needs at least two options (A. …, B. …), found 1`,
		path + `:5:1: warning: skipped: option A. with no question line before it`,
		path + `:7:1: warning: skipped: ANSWER: with no question before it`,
		path + `:14:1: warning: skipped: question abandoned: a new question starts at line 18 before its ANSWER: line`,
	}
	if got := diagStrings(r.Diags); !reflect.DeepEqual(got, wantDiags) {
		t.Errorf("diagnostics:\n got %q\nwant %q", got, wantDiags)
	}
}

// TestAikenTwentySixOptions: Aiken's letters run A to Z, and so may
// brief's options; a question whose options repeat is skipped alone.
func TestAikenTwentySixOptions(t *testing.T) {
	var b strings.Builder
	b.WriteString("Which letter?\n")
	for l := 'A'; l <= 'Z'; l++ {
		b.WriteString(string(l) + ") option " + string(l) + "\n")
	}
	b.WriteString("ANSWER: J\n\nMedia only?\nA) .\nB) .\nANSWER: A\n\nFine?\nA) yes\nB) no\nANSWER: A\n")
	r := Import("aiken", "bank.txt", []byte(b.String()))
	if len(r.Questions) != 2 || len(r.Questions[0].Options) != 26 || r.Questions[0].Answers[0] != "option J" || r.Found != 3 {
		t.Fatalf("%d of %d questions, diagnostics %q", len(r.Questions), r.Found, diagStrings(r.Diags))
	}
	if got := diagStrings(r.Diags); len(got) != 1 || !strings.HasPrefix(got[0], "bank.txt:32:1: warning: skipped: option B. repeats") {
		t.Errorf("diagnostics %q", got)
	}
}

// TestMoodleGIFTExamples imports question/format/gift/examples.txt, the
// 43 examples of Moodle's GIFT documentation, in order.
func TestMoodleGIFTExamples(t *testing.T) {
	const path = "testdata/moodle/examples.txt"
	grant := moodleCase{quiz.Choice, "no one", "Grant"}
	entombed := moodleCase{quiz.Choice, "entombed", "buried"}
	buriedFalse := moodleCase{quiz.TrueFalse, "false", "true"}
	nobody := moodleCase{quiz.Short, "nobody", "Grant"}
	fourth := moodleCase{quiz.Choice, "fourth", "third"}
	canada := moodleCase{quiz.Match, "Canada->Ottawa;Italy->Rome;Japan->Tokyo", "Canada->Rome;Italy->Tokyo;Japan->Ottawa"}
	r := checkAgainstMoodle(t, "gift", path, []moodleCase{
		grant, entombed, buriedFalse, nobody,
		{quiz.Numeric, "1823", "1824"}, // {#1822:1}
		grant, entombed, fourth,
		{quiz.Choice, "China", "Korea"},
		nobody,
		{quiz.Cloze, "4", "5"}, // Two plus two equals {=four =4}.
		buriedFalse,
		{quiz.TrueFalse, "true", "false"},
		{quiz.Match, "subquestion1->subanswer1;subquestion2->subanswer2;subquestion3->subanswer3", "subquestion1->subanswer2;subquestion2->subanswer3;subquestion3->subanswer1"},
		{quiz.Match, "Canada->Ottawa;Italy->Rome;Japan->Tokyo;India->New Delhi", "Canada->Rome;Italy->Tokyo;Japan->New Delhi;India->Ottawa"},
		{quiz.Numeric, "1822", "1821"},
		{quiz.Numeric, "3.141", "3.14"}, // {#3.1415:0.0005}
		{quiz.Numeric, "3.1415", "3.2"}, // {#3.141..3.142}
		{quiz.Numeric, "1822", "1825"},  // the 50% answer 1822:2 is dropped (warned)
		{quiz.Numeric, "4", "5"},
		{quiz.Short, "China", "Japan"},
		fourth,
		{quiz.Choice, "right answer", "wrong answer"},
		nobody, nobody, // the second is [markdown]
		buriedFalse,
		{quiz.Choice, "full credit answer", "wrong answer"}, // the 50% option is dropped (warned)
		{quiz.Choice, "Nazareth", "Jerusalem"},              // 25% and 50% options dropped (warned)
		{quiz.Short, "Nazareth", "Jerusalem"},               // 75% and 25% answers dropped (warned)
		{quiz.Multi, "Grant;Grant's wife", "No one;Grant's father"},
		{quiz.Multi, "Grant;Grant's wife", "No one;Grant's father"},
		{quiz.Choice, "= 2 + 3", "= 2 + 2"},
		{quiz.Choice, `\`, "~"},
		grant, entombed, buriedFalse, nobody,
		{quiz.Numeric, "1827", "1828"}, // {#1822:5}
		canada,
		entombed,
		{quiz.Choice, "full credit answer", "wrong answer"},
		{quiz.Cloze, "Nazareth", "Jerusalem"}, // text follows the block: a missing word
		{quiz.Numeric, "1822", "1825"},
	}, 43)
	wantDiags := []string{
		path + `:78:5: warning: numeric answer "1822:2" worth 50% dropped: a numeric question keeps one right answer`,
		path + `:115:35: warning: weight 50% on option "half credit answer" dropped: a choice option is right or wrong, so it now counts as wrong`,
		path + `:119:5: warning: weight 25% on option "Bethlehem" dropped: a choice option is right or wrong, so it now counts as wrong`,
		path + `:120:5: warning: weight 50% on option "Galilee" dropped: a choice option is right or wrong, so it now counts as wrong`,
		path + `:123:1: warning: id "jesus-hometown" is already used by an earlier question; this one is "jesus-hometown-2"`,
		path + `:125:5: warning: answer "Nazereth" worth 75% dropped: a short answer is right or wrong, so it is no longer accepted`,
		path + `:126:5: warning: answer "Bethlehem" worth 25% dropped: a short answer is right or wrong, so it is no longer accepted`,
		path + `:130:47: warning: weights on wrong options (0%) replaced by brief's rule: each wrong pick cancels one right pick (-50% each here)`,
		path + `:192:6: warning: weight 50% on option "half credit answer" dropped: a choice option is right or wrong, so it now counts as wrong`,
		path + `:197:6: warning: answer "Nazereth" worth 75% dropped: a short answer is right or wrong, so it is no longer accepted`,
		path + `:198:6: warning: answer "Bethlehem" worth 25% dropped: a short answer is right or wrong, so it is no longer accepted`,
		path + `:205:6: warning: numeric answer "1822:2" worth 50% dropped: a numeric question keeps one right answer`,
		path + `:205:6: warning: its feedback "He was born in 1822. You get 50% credit for being close." is dropped too`,
	}
	if got := diagStrings(r.Diags); !reflect.DeepEqual(got, wantDiags) {
		t.Errorf("diagnostics:\n got %q\nwant %q", got, wantDiags)
	}
	// Moodle's -50% on wrong options is brief's own rule: no warning, and
	// one right and one wrong pick score 0 in both.
	if g := quiz.Grade(&r.Questions[30], respond(t, &r.Questions[30], "Grant;No one")); g.Points != 0 {
		t.Errorf("multi with -50%% wrong options: %v points for one right and one wrong pick", g.Points)
	}
	if p := r.Questions[39].Prompt; p != "Grant is _____ in Grant's tomb." {
		t.Errorf("missing-word prompt %q", p)
	}
}
