package main

import (
	"bufio"
	"fmt"
)

// The big imports and question banks of H3, M6, M7 and L14.

// giftDup is n GIFT questions with the same title, ::T::Q{T}.
func giftDup(n int) gen { return repeat("::T::Q{T}\n\n", n, "") }

// giftDistinct is n GIFT true/false questions, each with its own title:
// 250,000 of them make 4.1 MB, under brief's 4 MiB limit on a file.
func giftDistinct(n int) gen {
	return func(w *bufio.Writer) {
		for i := range n {
			fmt.Fprintf(w, "::T%d::Q{T}\n\n", i)
		}
	}
}

// aikenMany is n Aiken questions of two options: 100,000 make 2.9 MB.
func aikenMany(n int) gen {
	return func(w *bufio.Writer) {
		for i := range n {
			fmt.Fprintf(w, "Q%d?\nA. a\nB. b\nANSWER: A\n\n", i)
		}
	}
}

// hugeAttr is a 4 MB web page whose story sits in an element with one
// 4 MB class attribute.
func hugeAttr(w *bufio.Writer) {
	w.WriteString("<!DOCTYPE html><html><head><title>Huge attribute</title></head><body><div class=\"")
	repeat("a", 4_000_000, "\"><h1>Huge attribute</h1>")(w)
	for i := range 20 {
		fmt.Fprintf(w, "<p>Paragraph %d of the story, long enough to count as text that a reader would want to keep.</p>", i)
	}
	w.WriteString("</div></body></html>\n")
}

// buildGiftDupPack is the report's giftdup.brief.zip as a folder: one
// article whose GIFT file holds 20,000 questions with the same title.
func buildGiftDupPack(c *caseEnv) error {
	if err := write(c.dir, "giftdup/pack.yaml", "id: giftdup\ntitle: Same titles\nversion: 1.0.0\n"); err != nil {
		return err
	}
	if err := write(c.dir, "giftdup/a.md", articleText("Same titles", "The sky is blue.\n")); err != nil {
		return err
	}
	return writeGen(c.dir, "giftdup/a.gift", giftDup(20_000))
}

// buildGiftMultiPack is the report's gift-multi-pack: six articles, each
// with a 4 MB GIFT file of 250,000 questions.
func buildGiftMultiPack(c *caseEnv) error {
	if err := write(c.dir, "gift-multi/pack.yaml", "id: gift-multi\ntitle: Six big GIFT files\nversion: 1.0.0\n"); err != nil {
		return err
	}
	for i := 1; i <= 6; i++ {
		name := fmt.Sprintf("gift-multi/a%d", i)
		if err := write(c.dir, name+".md", articleText(fmt.Sprintf("Article %d", i), "The sky is blue.\n")); err != nil {
			return err
		}
		if err := writeGen(c.dir, name+".gift", giftDistinct(250_000)); err != nil {
			return err
		}
	}
	return nil
}
