package cli

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// frenchPage is a news page whose title is written with accents.
const frenchPage = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Élections : les résultats</title></head><body><article>
<h1>Élections : les résultats</h1>
<p>Les électeurs ont voté dimanche dans tout le pays, et la participation a été plus forte que prévu selon les premiers chiffres publiés lundi matin.</p>
<p>Le dépouillement a duré toute la nuit dans les grandes villes, où les bureaux de vote avaient fermé plus tard que dans les campagnes.</p>
<p>Les résultats définitifs seront annoncés mercredi par la commission électorale, après la vérification des procès-verbaux.</p>
</article></body></html>`

// A page imported or kept without a name given is named after its title
// with its letters kept: "Élections" is "elections", not "lections".
func TestImportedIDsKeepTheirLetters(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(frenchPage))
	}))
	t.Cleanup(srv.Close)
	work, data := t.TempDir(), t.TempDir()

	out, errOut, code := teach(t, work, data, "import", srv.URL+"/elections")
	if code != 0 || !strings.HasPrefix(out, "wrote elections-les-resultats.md:") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	file, err := os.ReadFile(filepath.Join(work, "elections-les-resultats.md"))
	if err != nil {
		t.Fatal(err)
	}
	mustContain(t, "the imported file", string(file), "id: elections-les-resultats\n")

	_, errOut, code = teach(t, work, data, "read", srv.URL+"/elections", "--plain")
	if code != 0 || !strings.Contains(errOut, "brief read saved-articles --article elections-les-resultats\n") {
		t.Errorf("read URL: exit %d, stderr %q; want the page kept as elections-les-resultats", code, errOut)
	}
}
