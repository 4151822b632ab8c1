package webimport

import (
	"os"
	"strings"
	"testing"
	"time"
)

// observer.html is the seed article laid out as its newspaper's WordPress
// theme lays it out: no <article> or <main>, the story in a div named
// entry-content, and around it a menu, a logo, the counters line, tags,
// share buttons, "You may also like", "Leave a Comment", a sidebar, and
// the footer with the blurb, e-mail and phone. Metadata is in Open Graph
// and a Yoast-style JSON-LD @graph.
func TestImportHTMLNewspaperPageGivesTheEmbeddedArticle(t *testing.T) {
	data, err := os.ReadFile("testdata/import/observer.html")
	if err != nil {
		t.Fatal(err)
	}
	imp, err := ImportHTML("observer.html", data)
	if err != nil {
		t.Fatal(err)
	}
	wantMeta := ImportedArticle{
		Title:     "Russia, North Korea leaders’ meeting under global spotlight",
		Byline:    "Fazli M. Auff",
		Source:    "Sunday Observer",
		Language:  "en-US",
		Published: time.Date(2023, 9, 17, 0, 0, 0, 0, time.UTC),
	}
	if imp.Title != wantMeta.Title || imp.Byline != wantMeta.Byline || imp.Source != wantMeta.Source ||
		imp.Language != wantMeta.Language || !imp.Published.Equal(wantMeta.Published) {
		t.Errorf("front matter %q / %q / %q / %q / %v, want %q / %q / %q / %q / %v",
			imp.Title, imp.Byline, imp.Source, imp.Language, imp.Published,
			wantMeta.Title, wantMeta.Byline, wantMeta.Source, wantMeta.Language, wantMeta.Published)
	}
	got, want, _ := againstEmbedded(t, imp)
	// The page breaks one paragraph in two ("Labourers" / "from North
	// Korea..."), as two <p>s; the embedded article joins it again. The
	// importer keeps the page's paragraphs, so that is the one difference.
	body := strings.Replace(got.Body, "Labourers\n\nfrom North Korea", "Labourers from North Korea", 1)
	if body != want.Body {
		t.Errorf("body differs from the embedded article:\n%s", showDifference(body, want.Body))
	}
	var slugs []string
	for _, s := range got.Sections {
		slugs = append(slugs, s.Slug)
	}
	if got, want := strings.Join(slugs, " "), "lead struggling hermit-kingdom missile-programs"; got != want {
		t.Errorf("sections %q, want %q", got, want)
	}
}

// TestImportHTMLPageShapes covers the other ways news pages mark (or fail
// to mark) their story and its metadata.
// ldText is a story as a JSON-LD articleBody holds it: plain text, a
// paragraph a line, with a line Markdown would take for a heading.
const ldText = `"Dock workers at the country's main port returned to work on Monday after a nine-day strike over pay that left more than forty ships waiting offshore.\n` +
	`The union accepted an offer of a twelve per cent rise over two years, announced late on Sunday after talks mediated by the labour ministry.\n\n` +
	`# of containers waiting: about 3,000, shipping agents said, and it would take at least a week to clear the backlog."`

func TestImportHTMLPageShapes(t *testing.T) {
	prose := "<p>The two leaders held talks on bilateral issues, with the growing sanctions against both countries high on the agenda, officials said.</p>" +
		"<p>Both countries are isolated on the world stage, Russia for the Ukraine War and North Korea for its nuclear programme, analysts added.</p>" +
		"<p>Impoverished North Korea is struggling to cope with increasing cases of malnutrition, and has persisted with missile tests, two of which took place while its leader was away.</p>" +
		"<p>The Kremlin spokesperson said that follow-up visits are due to take place, led by the Russian Foreign Minister, before the end of the year.</p>"
	half := strings.Index(prose, "<p>Impoverished") // between two paragraphs
	tests := map[string]struct {
		page        string
		title       string
		byline      string
		body        []string // in the body
		notInBody   []string // never in the body
		publishedOn string
	}{
		"the longest <article> wins over teaser cards": {
			page: `<html><body><article class="card"><h3><a href="/x">Teaser headline about rain</a></h3></article>` +
				`<article><h1>Summit</h1>` + prose + `</article>` +
				`<article class="card"><p>Another teaser that is short.</p></article></body></html>`,
			body:      []string{"bilateral issues", "isolated on the world stage"},
			notInBody: []string{"Teaser", "Another teaser"},
		},
		"title from <title> without the site's name": {
			page:  `<html><head><title>Leaders meet | The Daily Example</title><meta property="og:site_name" content="The Daily Example"></head><body><main>` + prose + `</main></body></html>`,
			title: "Leaders meet",
		},
		"JSON-LD authors as a list, date from datePublished": {
			page: `<html><head><script type="application/ld+json">[{"@context":"https://schema.org","@type":"NewsArticle","headline":"Summit","datePublished":"2023-09-17","author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chen"}]}]</script></head>` +
				`<body><main>` + prose + `</main></body></html>`,
			title: "Summit", byline: "Ann Lee, Bo Chen", publishedOn: "2023-09-17",
			notInBody: []string{"NewsArticle"},
		},
		"a byline element and a <time> when the head says nothing": {
			page:   `<html><body><main><p class="byline">By Jane Reporter</p><time datetime="2024-01-05T09:00:00Z">5 Jan</time>` + prose + `</main></body></html>`,
			byline: "Jane Reporter", publishedOn: "2024-01-05",
			notInBody: []string{"By Jane"},
		},
		"hidden text, comments, scripts and forms are never text": {
			page: `<html><body><main>` + prose + `<p hidden>hidden-attribute</p><p aria-hidden="true">aria-hidden-text</p>` +
				`<div style="display: none">display-none-text</div><!-- a comment --><script>alert("script-text")</script>` +
				`<form><p>Your e-mail address, to get the newsletter-form every day of the week.</p><input type="email" name="email"><input type="checkbox" name="daily"><button>Sign up</button></form></main></body></html>`,
			body:      []string{"bilateral issues"},
			notInBody: []string{"hidden-attribute", "aria-hidden-text", "display-none-text", "a comment", "script-text", "newsletter-form"},
		},
		"a link named like chrome inside a sentence stays": {
			page:      `<html><body><main><p>Officials met at the <a class="tag" href="/t/vostochny">Vostochny</a> spaceport on September 12 and 13, their first meeting since 2019, after a gap.</p>` + prose + `</main></body></html>`,
			body:      []string{"[Vostochny](/t/vostochny) spaceport"},
			notInBody: []string{},
		},
		"a list of links inside the story is dropped, a list of points kept": {
			page: `<html><body><main>` + prose + `<ul><li><a href="/a">Read more: rain</a></li><li><a href="/b">Read more: tariffs</a></li></ul>` +
				`<ul><li>Talks on sanctions relief</li><li>Satellite technology</li></ul></main></body></html>`,
			body:      []string{"Talks on sanctions relief"},
			notInBody: []string{"Read more"},
		},
		"a teaser <article> does not beat a story the page leaves unmarked": {
			page: `<html><body><section class="story-body">` + prose + prose + prose + `</section>` +
				`<div class="more-from-us"><article class="card"><h3><a href="/x">Other thing happened</a></h3><p>` +
				strings.Repeat("A summary of another story, long enough to pass for a few sentences. ", 3) + `</p></article></div></body></html>`,
			body:      []string{"bilateral issues"},
			notInBody: []string{"Other thing", "A summary"},
		},
		"a story split into several articleBody parts is kept whole": {
			page: `<html><body><div class="story"><div itemprop="articleBody"><p>First part of the story, with its own facts, figures and quotes from the officials.</p></div>` +
				`<div class="inline-slot"><p>Advertisement</p></div><div itemprop="articleBody">` + prose + `</div></div></body></html>`,
			body: []string{"First part of the story", "bilateral issues"},
		},
		"a wrapper named for the layout does not take the story with it": {
			page:      `<html><body><div id="wrapper" class="layout has-sidebar"><article>` + prose + prose + `</article><aside><p>Most read: other stories of the day, listed here.</p></aside></div></body></html>`,
			body:      []string{"bilateral issues"},
			notInBody: []string{"Most read"},
		},
		"a page saved with its consent dialog open (all of it aria-hidden)": {
			page: `<html><body><div id="root" aria-hidden="true"><div class="page"><div class="story">` + strings.Repeat(prose, 3) + `</div></div></div>` +
				`<div role="dialog"><p>We use cookies to improve your experience on our site, as described in our policy.</p></div></body></html>`,
			body:      []string{"bilateral issues"},
			notInBody: []string{"cookies"},
		},
		"paragraphs each wrapped in their own divs are scored together": {
			page: `<html><body><section><h1>Headline</h1>` +
				strings.Repeat(`<div class="tb"><div class="rt"><p>A paragraph of the story, long enough to count, with commas, many, of them.</p></div></div>`, 3) +
				`<div class="tb"><div class="rt"><p>The last paragraph of the story, which the quiz asks about, with commas, too.</p></div></div>` +
				`</section><div class="promo-box"><p>` + strings.Repeat("Subscribe, save, and enjoy, ", 5) + `</p></div></body></html>`,
			body:      []string{"A paragraph of the story", "The last paragraph of the story"},
			notInBody: []string{"Subscribe"},
		},
		"a header inside the article keeps its standfirst, not its byline": {
			page: `<html><head><meta property="og:title" content="Bridge closes"></head><body><article><header><h1>Bridge closes</h1>` +
				`<div class="standfirst"><p>Engineers warned for years that the structure was failing.</p></div>` +
				`<address><a rel="author" href="/profile/jane">Jane Smith</a></address><time datetime="2024-03-02T10:00Z">2 March</time></header>` +
				prose + `</article></body></html>`,
			byline: "Jane Smith", publishedOn: "2024-03-02",
			body:      []string{"Engineers warned for years"},
			notInBody: []string{"Jane Smith", "2 March", "## Bridge closes"},
		},
		"tables and pull quotes in figures are kept, images and their captions not": {
			page: `<html><body><div class="entry-content">` + prose +
				`<figure class="wp-block-table"><table><tr><th>Year</th><th>Traffic</th></tr><tr><td>2020</td><td>12,000</td></tr></table></figure>` +
				`<figure class="wp-block-pullquote"><blockquote><p>We cannot wait any longer.</p></blockquote></figure>` +
				`<figure class="wp-block-image"><img src="/a.jpg" alt="a bridge"><figcaption>The bridge at dusk</figcaption></figure>` +
				`</div></body></html>`,
			body:      []string{"| Year | Traffic |", "| 2020 | 12,000  |", "> We cannot wait any longer."},
			notInBody: []string{"bridge at dusk", "a.jpg"},
		},
		"a title whose dash is part of it stays whole": {
			page:  `<html><head><title>Café closes — owners’ statement</title></head><body><main>` + prose + `</main></body></html>`,
			title: "Café closes — owners’ statement",
		},
		"a short site name after a dash is cut without knowing it": {
			page:  `<html><head><title>Leaders meet at a spaceport - Daily Example</title></head><body><main>` + prose + `</main></body></html>`,
			title: "Leaders meet at a spaceport",
		},
		"a meta tag with two names, a date without seconds": {
			page: `<html><head><meta itemprop="name" property="og:title" content="OG title"><script type="application/ld+json">` +
				`{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2023-09-17T01:08+05:30","author":{"name":"Ann Lee"}}</script></head>` +
				`<body><main>` + prose + `</main></body></html>`,
			title: "OG title", byline: "Ann Lee", publishedOn: "2023-09-17",
		},
		"a commenter is not taken for the byline": {
			page:      `<html><body><main>` + prose + `</main><div class="comments"><p class="comment-author">By Troll</p><p>First!</p></div></body></html>`,
			notInBody: []string{"Troll", "First!"},
		},
		"a lead paragraph styled by a class that sounds like furniture stays": {
			page:      `<html><body><article><p class="has-extra-large-font-size">The central library reopened on Saturday, eighteen months after the flood.</p>` + prose + `</article></body></html>`,
			body:      []string{"The central library reopened", "bilateral issues"},
			notInBody: []string{},
		},
		"a live blog keeps every update": {
			page: `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","author":{"name":"Live team"}}</script></head><body><main>` +
				`<article class="block"><h2>Bridge closed</h2><p>The Severn bridge has been closed in both directions because of high winds, police said.</p></article>` +
				`<article class="block"><h2>Trains cancelled</h2><p>All trains between Cardiff and Swansea have been cancelled after a tree fell on the line.</p></article>` +
				`<article class="block"><h2>Schools shut</h2><p>Forty schools in Powys will stay closed tomorrow, the council said in a statement.</p></article></main></body></html>`,
			byline: "Live team",
			body:   []string{"Severn bridge", "Cardiff and Swansea", "Forty schools"},
		},
		"a gallery keeps captions that tell the story": {
			page: `<html><body><article><p>The best wildlife photographs from around the world this week, chosen by our picture desk.</p>` +
				`<figure><img src="/p.jpg"><figcaption>A puffin returns to its burrow with a beak full of sand eels on Fair Isle, where numbers have recovered.</figcaption></figure>` +
				`<figure><img src="/o.jpg"><figcaption>An otter eats a crab on the rocks at Kyleakin on the Isle of Skye as the tide goes out.</figcaption></figure></article></body></html>`,
			body: []string{"A puffin returns", "An otter eats a crab"},
		},
		"an old table layout loses its column of links": {
			page: `<html><body><table><tr><td><a href="/">Home</a><br><a href="/news">News</a><br><a href="/sport">Sport</a><br><a href="/contact">Contact us</a></td>` +
				`<td><p>` + strings.Repeat("The crew of the lifeboat have been given a bravery award for rescuing four fishermen, the institution said. ", 3) + `</p>` +
				`<p><a href="/news">&lt;&lt; Back to news</a></p></td></tr></table></body></html>`,
			body:      []string{"bravery award"},
			notInBody: []string{"Contact us", "Back to news"},
		},
		"the title's heading goes even after a kicker": {
			page: `<html><head><meta property="og:title" content="Senate passes climate bill"></head><body><article><p class="kicker"><a href="/politics">Politics</a></p>` +
				`<h1>Senate passes climate bill</h1>` + prose + `<h2>What comes next</h2><p>The House is expected to take up the bill on Friday, aides said.</p></article></body></html>`,
			body:      []string{"## What comes next"},
			notInBody: []string{"Senate passes"},
		},
		"ads and paywall gates are furniture": {
			page: `<html><body><article>` + prose +
				`<amp-ad width="300" height="250"><div>Advertisement</div></amp-ad><div class="article-gate"><p>Sign in to keep reading, it is free and takes a moment.</p></div></article></body></html>`,
			body:      []string{"bilateral issues"},
			notInBody: []string{"Advertisement", "Sign in"},
		},
		"prose held in <div>s without <p>": {
			page: `<html><body><div class="story"><div>The council voted on Tuesday, after a long and heated debate, to close the old bridge to all traffic from March.</div>` +
				`<div>Engineers had warned for years that the structure was failing, and a report last spring found cracks in two of its piers.</div>` +
				`<div>Residents on the east bank said the closure would double their journey to the hospital, and asked for a ferry in the meantime.</div>` +
				`<div>The council said a replacement would open in 2027, and that buses would run across the new road bridge until then.</div></div></body></html>`,
			body: []string{"The council voted on Tuesday", "cracks in two of its piers", "asked for a ferry", "buses would run"},
		},
		"text hidden by visibility:hidden is not text": {
			page:      `<html><body><article>` + prose + `<p style="visibility: hidden">visibility-hidden-text</p></article></body></html>`,
			body:      []string{"bilateral issues"},
			notInBody: []string{"visibility-hidden-text"},
		},
		"JSON-LD wrapped in CDATA gives the byline and date": {
			page:  `<html><head><script type="application/ld+json"><![CDATA[{"@context":"https://schema.org","@type":"NewsArticle","headline":"Summit talks","datePublished":"2023-09-17","author":{"@type":"Person","name":"Ann Lee"}}]]></script></head><body><main>` + prose + `</main></body></html>`,
			title: "Summit talks", byline: "Ann Lee", publishedOn: "2023-09-17",
		},
		"<noscript> banners are never the story's text": {
			page: `<html><body><noscript><div class="banner">Please enable JavaScript to read this site.</div></noscript><main>` + prose +
				`<noscript><img src="/crane.jpg" alt="Cranes"></noscript></main></body></html>`,
			body:      []string{"bilateral issues"},
			notInBody: []string{"enable JavaScript", "crane.jpg"},
		},
		"a page drawn by JavaScript gives its JSON-LD articleBody, a paragraph a line": {
			page: `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example"},` +
				`{"@type":"NewsArticle","headline":"Port strike ends","author":{"@type":"Person","name":"Ama Perera"},"articleBody":` + ldText + `}]}</script></head>` +
				`<body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript></body></html>`,
			title: "Port strike ends", byline: "Ama Perera",
			body:      []string{"forty ships waiting offshore.\n\nThe union accepted", "\\# of containers"},
			notInBody: []string{"enable JavaScript", "\n# of"},
		},
		"a teaser page gives the whole story its JSON-LD holds": {
			page: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Port strike ends","articleBody":` + ldText + `}</script></head>` +
				`<body><article><p>Dock workers at the main port returned to work on Monday after a nine-day strike over pay.</p><p class="paywall">Subscribe to read more.</p></article></body></html>`,
			body: []string{"twelve per cent rise", "backlog"},
		},
		"an articleBody no longer than the page's story leaves the story, links and all": {
			page: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Summit","articleBody":"The two leaders held talks on bilateral issues, with the growing sanctions against both countries high on the agenda."}</script></head>` +
				`<body><main><p>Officials met at the <a href="https://news.example/t/vostochny">Vostochny</a> spaceport on September 12 and 13, their first meeting since 2019.</p>` + prose + `</main></body></html>`,
			body: []string{"[Vostochny](https://news.example/t/vostochny)", "isolated on the world stage"},
		},
		"an articleBody in HTML is read as HTML": {
			page: `<html><head><script type="application/ld+json">{"@type":"BlogPosting","headline":"Port strike ends","articleBody":"<p>Dock workers returned to work on Monday after a nine-day strike over pay that left forty ships offshore.</p><p>The union accepted an offer of a twelve per cent rise over two years, after talks.</p><img src=\"/x.jpg\">"}</script></head>` +
				`<body><div id="app"></div></body></html>`,
			body:      []string{"forty ships offshore.\n\nThe union accepted"},
			notInBody: []string{"<p>", "x.jpg"},
		},
		"a French page's ad box and the byline its story repeats are dropped": {
			page: `<html lang="fr"><head><meta name="author" content="Zoë Ñúñez"></head><body><article><p class="byline">Par Zoë Ñúñez</p>` + prose[:half] +
				`<div class="ad">PUBLICITÉ — Abonnez-vous dès maintenant !</div>` + prose[half:] + `</article></body></html>`,
			byline:    "Zoë Ñúñez",
			body:      []string{"bilateral issues", "follow-up visits"},
			notInBody: []string{"PUBLICITÉ", "Ñúñez"},
		},
		"ad slots are named by whole class words, not by words holding ad": {
			page: `<html><body><article>` + prose +
				`<div class="card-shadow"><p>The shadow minister said the talks would be watched closely in the capital.</p></div>` +
				`<p class="head lead">Analysts expect further meetings before the end of the year, the head of the institute said.</p>` +
				`<div class="top_ads">Shop the sale now</div><aside id="pub">Votre publicité ici</aside><div class="ad-slot box">Sponsored: new phones</div>` +
				`<div class="Advertisement">Buy gold today</div></article></body></html>`,
			body:      []string{"The shadow minister", "the head of the institute"},
			notInBody: []string{"Shop the sale", "publicité", "new phones", "Buy gold"},
		},
		"a byline repeated in another language and case is dropped": {
			page:   `<html lang="es"><head><meta name="author" content="Ana Gómez"></head><body><article><p>POR ANA GÓMEZ</p>` + prose + `</article></body></html>`,
			byline: "Ana Gómez", notInBody: []string{"GÓMEZ"},
		},
		"a German page's Von is cut from its byline": {
			page:   `<html lang="de-AT"><body><article><p class="byline">Von Jana Müller</p>` + prose + `</article></body></html>`,
			byline: "Jana Müller", notInBody: []string{"Müller"},
		},
		"an English page's byline keeps a name starting Von": {
			page:   `<html lang="en"><head><meta name="author" content="Von Trapp"></head><body><article>` + prose + `</article></body></html>`,
			byline: "Von Trapp",
		},
		"a page of no stated language keeps a name starting Di": {
			page:   `<html><head><meta name="author" content="Di Stefano"></head><body><article>` + prose + `</article></body></html>`,
			byline: "Di Stefano",
		},
		"relative links resolve against the page's <base>": {
			page: `<html><head><base href="https://news.example/world/2024/06/01/"></head><body><article>` + prose +
				`<p>According to the <a href="../../../../economy/deal.html">text published on Tuesday</a>, the deal holds.</p></article></body></html>`,
			body: []string{"[text published on Tuesday](https://news.example/economy/deal.html)"},
		},
		"relative links resolve against where the browser saved the page from": {
			page: "<!-- saved from url=(0040)https://news.example/world/story.html -->\n<html><body><article>" + prose +
				`<p>See the <a href="/economy/deal.html">full text of the deal</a> for the details of what was agreed.</p></article></body></html>`,
			body: []string{"[full text of the deal](https://news.example/economy/deal.html)"},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			a, err := ImportHTML("page.html", []byte(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			if tc.title != "" && a.Title != tc.title {
				t.Errorf("title %q, want %q", a.Title, tc.title)
			}
			if a.Byline != tc.byline && (tc.byline != "" || name == "a commenter is not taken for the byline") {
				t.Errorf("byline %q, want %q", a.Byline, tc.byline)
			}
			if tc.publishedOn != "" && a.Published.Format("2006-01-02") != tc.publishedOn {
				t.Errorf("published %v, want %s", a.Published, tc.publishedOn)
			}
			for _, want := range tc.body {
				if !strings.Contains(a.Body, want) {
					t.Errorf("body lacks %q:\n%s", want, a.Body)
				}
			}
			for _, unwanted := range tc.notInBody {
				if strings.Contains(a.Body, unwanted) {
					t.Errorf("body has %q:\n%s", unwanted, a.Body)
				}
			}
		})
	}
}

// A page saved in a legacy encoding reads as the same text in UTF-8.
func TestImportHTMLLegacyEncoding(t *testing.T) {
	page := []byte("<html><head><meta charset=\"windows-1252\"><title>Leaders\x92 summit</title></head><body><main>" +
		"<p>The leaders\x92 talks focused on sanctions, trade and the war, according to officials who attended.</p></main></body></html>")
	a, err := ImportHTML("page.html", page)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Leaders’ summit" || !strings.Contains(a.Body, "The leaders’ talks") {
		t.Errorf("title %q, body %q: want the curly apostrophe decoded", a.Title, a.Body)
	}
}
