package loader

import (
	"fmt"
	"strconv"
	"strings"
)

// Word classes of grammar.tsv, as bits.
const (
	gPrepTarget uint32 = 1 << iota
	gPrepInto
	gPrepLoc
	gPrepFrom
	gPrepBy
	gPrepWith
	gPrepOf
	gPrepTo
	gPrepOther
	gDet
	gPron
	gRel
	gBe
	gLight
	gPlaceNoun
	gGroupNoun
	gForceNoun
	gPersonNoun
	gNum
	gFatal
	gInjured
	gWeekday
	gMonth
	gRecv
	gGive
)

const gPrep = gPrepTarget | gPrepInto | gPrepLoc | gPrepFrom | gPrepBy | gPrepWith | gPrepOf | gPrepTo | gPrepOther

var gramClasses = map[string]uint32{
	"prep-target": gPrepTarget, "prep-into": gPrepInto, "prep-loc": gPrepLoc, "prep-from": gPrepFrom,
	"prep-by": gPrepBy, "prep-with": gPrepWith, "prep-of": gPrepOf, "prep-to": gPrepTo,
	"prep-other": gPrepOther, "det": gDet, "pron": gPron, "rel": gRel, "be": gBe, "light": gLight,
	"place-noun": gPlaceNoun, "group-noun": gGroupNoun, "force-noun": gForceNoun,
	"person-noun": gPersonNoun, "fatal": gFatal, "injured": gInjured, "weekday": gWeekday, "month": gMonth, "recv": gRecv,
	"give": gGive,
}

// grammar holds word classes: single tokens in words, multi-token entries
// in phrases (ref = class bit index).
type grammar struct {
	words   map[string]uint32
	nums    map[string]int64
	phrases *phraseIndex
	months  map[string]int
}

func (d *Dictionary) addGrammar(r []string, _ int) error {
	g := &d.gram
	if g.words == nil {
		g.words, g.nums, g.phrases, g.months = map[string]uint32{}, map[string]int64{}, newPhraseIndex(), map[string]int{}
	}
	cls := r[1]
	var bit uint32
	if strings.HasPrefix(cls, "num-") {
		n, err := strconv.ParseInt(cls[4:], 10, 64)
		if err != nil {
			return fmt.Errorf("bad number class %q", cls)
		}
		bit = gNum
		for _, w := range splitList(r[0]) {
			if !strings.Contains(w, " ") {
				if _, ok := g.nums[w]; !ok {
					g.nums[w] = n
				}
			}
		}
	} else {
		var ok bool
		if bit, ok = gramClasses[cls]; !ok {
			return fmt.Errorf("unknown word class %q", cls)
		}
	}
	for i, w := range splitList(r[0]) {
		if bit == gMonth {
			g.months[w] = monthIndex(w, i)
		}
		if strings.Contains(w, " ") {
			g.phrases.add(w, int32(bitIndex(bit)), true)
			continue
		}
		if bit == gNum && (w == "a" || w == "an") {
			continue // "a"/"an" count only inside phrases like "a dozen"
		}
		g.words[w] |= bit
	}
	return nil
}

// monthIndex maps a month word to 1..12 from its position in the list
// (twelve full names, then abbreviations).
func monthIndex(w string, i int) int {
	names := []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
	for k, n := range names {
		if strings.HasPrefix(w, n) {
			return k + 1
		}
	}
	return i%12 + 1
}

func bitIndex(b uint32) int {
	for i := 0; i < 32; i++ {
		if b == 1<<i {
			return i
		}
	}
	return 0
}

func (g *grammar) is(t Token, c uint32) bool { return g.words[t.Lower]&c != 0 }
