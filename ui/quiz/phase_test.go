package quiz

import "testing"

// Every phase has its behaviour in phases, under its own constant, and
// each offers a way on: some binding besides help is enabled in it.
func TestEveryPhaseHasAModel(t *testing.T) {
	if len(phases) != int(phaseLeave)+1 {
		t.Fatalf("phases has %d entries, want one per phase (%d)", len(phases), phaseLeave+1)
	}
	for p, m := range phases {
		if m == nil {
			t.Fatalf("phase %d has no model in phases", p)
		}
		if m.kind() != quizPhase(p) {
			t.Errorf("phases[%d] is the model of phase %d", p, m.kind())
		}
		k := DefaultKeyMap()
		k.set(keyContext{phase: quizPhase(p)})
		offered := false
		for _, b := range k.phased() {
			offered = offered || b.Enabled()
		}
		if !offered {
			t.Errorf("phase %d enables no key but help", p)
		}
	}
}
