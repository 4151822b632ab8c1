package datadir

import "testing"

func TestPath(t *testing.T) {
	tests := map[string]struct {
		brief, xdg, home string
		want             string
	}{
		"BRIEF_DATA_DIR wins":               {"/b", "/x", "/h", "/b"},
		"XDG_DATA_HOME next":                {"", "/x", "/h", "/x/brief"},
		"home last":                         {"", "", "/h", "/h/.local/share/brief"},
		"relative XDG_DATA_HOME is ignored": {"", "rel", "/h", "/h/.local/share/brief"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Setenv("BRIEF_DATA_DIR", tc.brief)
			t.Setenv("XDG_DATA_HOME", tc.xdg)
			t.Setenv("HOME", tc.home)
			got, err := Path()
			if err != nil || got != tc.want {
				t.Errorf("Path() = %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}
