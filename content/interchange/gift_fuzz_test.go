package interchange

import (
	"os"
	"testing"
)

// FuzzParseGIFT checks that no input makes the GIFT reader panic, and that
// whatever it reads can be written back out and read again without error.
func FuzzParseGIFT(f *testing.F) {
	if data, err := os.ReadFile("testdata/gift/sample.gift"); err == nil {
		f.Add(string(data))
	}
	for _, s := range []string{"Q {=a ~b}", "Q {#1..2}", "Q {# =1:1 ~#x}", "::t:: Q {T#a#b####c}", "a {=x -> y =z -> w}", "a {=b} c", `a \{ {=\}}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		qs, _ := ParseGIFT("f.gift", []byte(src))
		out, _ := EncodeGIFT(qs)
		if _, diags := ParseGIFT("out.gift", out); len(diags) > 0 {
			for _, d := range diags {
				if d.Severity == "error" {
					t.Fatalf("export of %q reads back with %v:\n%s", src, d, out)
				}
			}
		}
	})
}

// FuzzParseAiken checks that no input makes the Aiken reader panic.
func FuzzParseAiken(f *testing.F) {
	f.Add("Q?\nA. x\nB) y\nANSWER: B\n")
	f.Fuzz(func(t *testing.T, src string) {
		qs, _ := ParseAiken("f.txt", []byte(src))
		out, _ := EncodeAiken(qs)
		if _, diags := ParseAiken("out.txt", out); len(diags) > 0 {
			t.Fatalf("export of %q reads back with %v:\n%s", src, diags[0], out)
		}
	})
}
