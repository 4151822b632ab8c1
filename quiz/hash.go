package quiz

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"slices"
	"strconv"
)

// Hash identifies what a question asks and accepts: its type, prompt,
// options, answers, items, pairs, cloze text and numbers. Editing any of
// them changes the hash, so the review schedule of a changed question
// starts over; moving the question, renaming its id, or editing its
// explanation, evidence, tags, level, section, points or feedback does not.
// Options, accepted answers and pairs are taken as sets, since the order
// they are written in does not change the question (items are kept in
// order: their order is the answer). The hash is 16 hex digits of SHA-256.
func (q *Question) Hash() string {
	h := sha256.New()
	field := func(name string, values ...string) {
		writeString(h, name)
		binary.Write(h, binary.BigEndian, uint32(len(values)))
		for _, v := range values {
			writeString(h, v)
		}
	}
	field("type", string(q.Type))
	field("prompt", q.Prompt)
	field("options", slices.Sorted(slices.Values(q.Options))...)
	field("answers", slices.Sorted(slices.Values(q.Answers))...)
	switch q.Type {
	case TrueFalse:
		field("truth", strconv.FormatBool(q.Truth))
	case Numeric:
		if q.Range != nil {
			field("range", formatExact(q.Range[0]), formatExact(q.Range[1]))
		} else {
			field("number", formatExact(q.Number), formatExact(q.Tolerance))
			if len(q.More) > 0 { // only then, so older packs keep their hash
				more := make([]string, len(q.More))
				for i, n := range q.More {
					more[i] = formatExact(n)
				}
				field("more-numbers", more...)
			}
		}
	case Choice, Multi, Short, Order, Match, Cloze:
		// Their answers are the options, answers, items, pairs and text
		// fields hashed around this switch.
	}
	field("items", q.Items...)
	pairs := make([]string, len(q.Pairs))
	for i, p := range q.Pairs {
		pairs[i] = strconv.Quote(p.Left) + "\x00" + strconv.Quote(p.Right)
	}
	slices.Sort(pairs)
	field("pairs", pairs...)
	field("text", q.Text)
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// writeString writes a length-prefixed string, so that no two different
// lists of fields write the same bytes.
func writeString(h hash.Hash, s string) {
	binary.Write(h, binary.BigEndian, uint32(len(s)))
	h.Write([]byte(s))
}
