package main

// cases are the hostile inputs of the December 2026 report
// (shared/findings/hostile-input-2026-12.md), each made as the report
// describes it and run with the commands it names. Their inputs are
// made in cases_files.go, cases_markdown.go, cases_imports.go,
// cases_scores.go and cases_names.go, from the helpers in inputs.go.
var cases = []hostileCase{
	{
		name: "link-relative", finding: "C1", build: buildLinkRelative, secret: true,
		steps: []step{
			{dir: "home", args: []string{"pack", "Downloads/evilpack", "-o", "../out/evilpack.brief.zip", "--force"}},
			{dir: "home", args: []string{"add", "Downloads/evilpack"}},
		},
	},
	{
		name: "link-absolute", finding: "C1", build: buildLinkAbsolute, secret: true,
		steps: []step{
			{args: []string{"lint", "leaky"}},
			{args: []string{"read", "leaky", "--article", "leak", "--plain"}},
			{args: []string{"pack", "leaky", "-o", "out/leaky.brief.zip", "--force"}},
		},
	},
	{
		name: "fifo-article", finding: "M1", build: buildFIFOArticle,
		steps: []step{
			{args: []string{"lint", "fifo-pack"}},
			{args: []string{"read", "fifo-pack", "--article", "hang", "--plain"}},
		},
	},
	{
		name: "fifo-quiz", finding: "M1", build: buildFIFOQuiz,
		steps: []step{
			{args: []string{"quiz", "fifo-quiz", "--plain"}, stdin: "t\n"},
			{args: []string{"pack", "fifo-quiz", "-o", "out/fifo.brief.zip"}},
		},
	},
	{
		name: "gift-dev-stdin", finding: "M1", build: buildTTYPack,
		steps: []step{
			{args: []string{"quiz", "tty-pack", "--plain"}, openStdin: true},
		},
	},
	{
		name: "quote-1600", finding: "H1", build: article("dq1600", repeat(">", 1600, "\n")),
		steps: []step{{args: []string{"read", "dq1600", "--plain"}}},
	},
	{
		name: "quote-10000", finding: "H1", build: article("dq10000", repeat(">", 10000, "\n")),
		steps: []step{{args: []string{"read", "dq10000", "--plain"}}},
	},
	{
		name: "list-2000", finding: "H1", build: article("deeplist", deepList),
		steps: []step{{args: []string{"read", "deeplist", "--plain"}}},
	},
	{
		name: "emph-100k", finding: "H2", build: article("emph100k", emphasis(100_000)),
		steps: []step{{args: []string{"read", "emph100k", "--plain"}}},
	},
	{
		name: "emph-50k", finding: "H2", build: article("emph50k", emphasis(50_000)),
		steps: []step{{args: []string{"read", "emph50k", "--plain"}}},
	},
	{
		name: "table-2000x500", finding: "M9", build: article("table", wideTable),
		steps: []step{{args: []string{"read", "table", "--plain"}}},
	},
	{
		name: "refdefs-100k", finding: "M9", build: article("refdefs", refDefs),
		steps: []step{{args: []string{"read", "refdefs", "--plain"}}},
	},
	{
		name: "sections-100k", finding: "M8", build: article("sections", sections),
		steps: []step{
			{args: []string{"lint", "sections"}},
			{args: []string{"read", "sections", "--plain"}},
		},
	},
	{
		name: "gift-dup-20k", finding: "H3", build: file("dup-20k.gift", giftDup(20_000)),
		steps: []step{{args: []string{"lint", "dup-20k.gift"}}},
	},
	{
		name: "gift-dup-100k", finding: "H3", build: file("dup-100k.gift", giftDup(100_000)),
		steps: []step{{args: []string{"lint", "dup-100k.gift"}}},
	},
	{
		name: "gift-dup-pack", finding: "H3", build: buildGiftDupPack,
		steps: []step{
			{args: []string{"add", "giftdup"}},
			{args: []string{"list"}, afterPrev: true},
		},
	},
	{
		name: "import-gift-250k", finding: "M7", build: file("nodup-250k.gift", giftDistinct(250_000)),
		steps: []step{{args: []string{"import", "nodup-250k.gift", "-o", "out/x.quiz.yaml", "--force"}}},
	},
	{
		name: "import-aiken-100k", finding: "M7", build: file("many.aiken.txt", aikenMany(100_000)),
		steps: []step{{args: []string{"import", "many.aiken.txt", "-o", "out/z.quiz.yaml", "--force"}}},
	},
	{
		name: "gift-6x4MB-pack", finding: "M6", build: buildGiftMultiPack,
		steps: []step{
			{args: []string{"add", "gift-multi"}},
			{args: []string{"list"}, afterPrev: true},
		},
	},
	{
		name: "points-1e308", finding: "M3", build: buildPointsPack,
		steps: []step{
			{args: []string{"quiz", "points", "--plain", "--seed", "1"}, stdin: "t\nt\n"},
			{args: []string{"scores", "--format", "json"}, afterPrev: true},
		},
	},
	{
		name: "db-version-neg", finding: "M4", build: buildNegativeVersionDB,
		steps: []step{
			{args: []string{"scores"}},
			{args: []string{"quiz", "tf", "--plain", "--seed", "1"}, stdin: "t\n"},
		},
	},
	{
		name: "names-escapes", finding: "M2", build: buildEscapeNames,
		steps: []step{
			{args: []string{"import", "bank" + payload + ".gift"}},
			{args: []string{"import", "aiken" + payload + ".aiken.txt"}},
			{args: []string{"import", "page" + payload + ".html"}},
			{args: []string{"import", "notes" + payload + ".txt"}},
			{args: []string{"draft", "art" + payload + ".md"}},
			{args: []string{"pack", "packdir" + payload}},
		},
	},
	{
		name: "names-newline", finding: "L1", build: buildNewlineNames, forged: forgedLine,
		steps: []step{
			{args: []string{"lint", "fname-pack"}},
			{args: []string{"pack", "fname-pack", "-o", "out/fname.brief.zip"}},
		},
	},
	{
		name: "html-class-4MB", finding: "L14", build: file("hugeattr.html", hugeAttr),
		steps: []step{{args: []string{"import", "hugeattr.html", "-o", "out/h.md", "--force"}}},
	},
}
