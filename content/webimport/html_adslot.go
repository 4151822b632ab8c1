package webimport

import (
	"strings"

	"golang.org/x/net/html"
)

// adSlotParts are the words that name an advertisement's slot as a part
// of a class or id ("ad", "ad-slot", "top_ads", "advert-box"): a class
// is cut at - and _ and each part compared whole, so that "head",
// "shadow" and "read-more" name no ad.
var adSlotParts = map[string]bool{
	"ad": true, "ads": true, "advert": true, "adverts": true, "advertisement": true,
	"advertisements": true, "advertising": true, "adslot": true, "adunit": true, "adbox": true,
	"adsense": true, "adsbygoogle": true, "dfp": true,
}

// adSlotNames are the class or id names of an advertisement's slot in
// other languages, compared whole only: "pub" is an ad in French
// ("publicité"), but "pub-date" is a date.
var adSlotNames = map[string]bool{
	"pub": true, "publicite": true, "publicité": true, "publicidad": true, "publicidade": true,
	"pubblicita": true, "pubblicità": true, "anzeige": true, "werbung": true, "reklame": true,
	"reklama": true,
}

// namesAdSlot reports whether an element's class or id names an
// advertisement's slot.
func namesAdSlot(n *html.Node) bool {
	for _, name := range append(strings.Fields(attr(n, "class")), attr(n, "id")) {
		name = strings.ToLower(name)
		if adSlotNames[name] {
			return true
		}
		for _, part := range strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' }) {
			if adSlotParts[part] {
				return true
			}
		}
	}
	return false
}
