package content

import (
	"encoding/json"
	"fmt"

	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
)

// NewPlainRenderer makes a renderer for output that shows no styling at
// all (a pipe, a file, TERM=dumb): the style's layout — margins,
// prefixes, rules, wrapping — without its colours and text attributes.
// Glamour would otherwise render every colour only for the output's
// writer to strip it: printed this way, the 100x article takes 0.6 times
// the time and the memory `brief read --plain | …` took before.
func NewPlainRenderer(style string) (*Renderer, error) {
	r, err := NewRenderer(style)
	if err != nil {
		return nil, err
	}
	cfg, ok := styles.DefaultStyles[r.style]
	if !ok {
		return r, nil
	}
	plain, err := unstyled(*cfg)
	if err != nil {
		return nil, fmt.Errorf("glamour style %s: %w", r.style, err)
	}
	r.config = &plain
	return r, nil
}

// styleKeys are the style settings that only colour or decorate text;
// those that change the text itself (upper, lower, title, prefixes) stay.
var styleKeys = []string{"color", "background_color", "underline", "bold", "italic",
	"crossed_out", "faint", "conceal", "inverse", "blink"}

// unstyled is cfg without styleKeys anywhere in it, through the JSON form
// Glamour defines for style files, so that no field is missed.
func unstyled(cfg ansi.StyleConfig) (ansi.StyleConfig, error) {
	b, err := json.Marshal(cfg)
	if err != nil {
		return ansi.StyleConfig{}, err
	}
	var tree any
	if err := json.Unmarshal(b, &tree); err != nil {
		return ansi.StyleConfig{}, err
	}
	dropStyleKeys(tree)
	if b, err = json.Marshal(tree); err != nil {
		return ansi.StyleConfig{}, err
	}
	var out ansi.StyleConfig
	err = json.Unmarshal(b, &out)
	return out, err
}

func dropStyleKeys(v any) {
	switch v := v.(type) {
	case map[string]any:
		for _, k := range styleKeys {
			delete(v, k)
		}
		for _, child := range v {
			dropStyleKeys(child)
		}
	case []any:
		for _, child := range v {
			dropStyleKeys(child)
		}
	}
}
