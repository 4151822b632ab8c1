package content

import (
	"reflect"
	"slices"
	"strings"

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
	plain := unstyled(*cfg)
	r.config = &plain
	return r, nil
}

// styleKeys are the style settings that only colour or decorate text;
// those that change the text itself (upper, lower, title, prefixes) stay.
// They are named as Glamour's style files name them (JSON tags).
var styleKeys = []string{"color", "background_color", "underline", "bold", "italic",
	"crossed_out", "faint", "conceal", "inverse", "blink"}

// unstyled is a copy of cfg without styleKeys anywhere in it. It walks
// the settings by their JSON names, as Glamour's style files are written,
// so that no field of any element is missed, and it copies every nested
// setting it changes rather than writing into Glamour's own styles. (A
// round trip through JSON did the same, at a tenth of a start-up's worth
// of milliseconds.)
func unstyled(cfg ansi.StyleConfig) ansi.StyleConfig {
	v := reflect.ValueOf(&cfg).Elem()
	dropStyleFields(v)
	return cfg
}

// dropStyleFields clears styleKeys in v, which must be settable.
func dropStyleFields(v reflect.Value) {
	switch v.Kind() {
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
			if slices.Contains(styleKeys, name) {
				v.Field(i).SetZero()
				continue
			}
			dropStyleFields(v.Field(i))
		}
	case reflect.Pointer:
		if v.IsNil() || v.Elem().Kind() != reflect.Struct {
			return // a setting's own value: left as it is
		}
		own := reflect.New(v.Elem().Type())
		own.Elem().Set(v.Elem())
		dropStyleFields(own.Elem())
		v.Set(own)
	}
}
