package loader

import (
	"fmt"
	"github.com/eventgraph/eventgraph"
	"os"
	"testing"
)

func TestDbg(t *testing.T) {
	d, _ := DefaultDictionary()
	b, _ := os.ReadFile(os.Getenv("F"))
	st := newDocState(d, eventgraph.Document{ID: "x", Text: string(b)})
	st.segment()
	for _, s := range st.sents {
		st.findLexicon(s)
		st.findMentions(s)
		st.pruneTriggers(s)
	}
	for _, s := range st.sents {
		st.resolveDates(s)
		st.buildEvents(s)
		st.findClaims(s)
		n := len(st.links)
		st.findLinks(s)
		for _, c := range s.cues {
			if st.d.cues[c.idx].kind == "retaliation" {
				fmt.Println("CUE", spanText(s, c.i, c.j), "links+", len(st.links)-n)
				for _, th := range s.trigs {
					fmt.Println("  trig", th.i, spanText(s, th.i, th.j), th.ev != nil)
				}
			}
		}
	}
}
func TestDbg2(t *testing.T) {
	d, _ := DefaultDictionary()
	b, _ := os.ReadFile(os.Getenv("F"))
	x := NewExtractorWith(d)
	_ = x
	st := newDocState(d, eventgraph.Document{ID: "x", Text: string(b)})
	st.segment()
	for _, s := range st.sents {
		st.findLexicon(s)
		st.findMentions(s)
		st.pruneTriggers(s)
	}
	for _, s := range st.sents {
		st.resolveDates(s)
		st.buildEvents(s)
		st.findClaims(s)
		st.findLinks(s)
	}
	st.quoteClaims()
	st.mergeEvents()
	for _, l := range st.links {
		f, to := l.from.live(), l.to.live()
		fmt.Println("LINK", l.from.Trigger, l.from.dead, "->", l.to.Trigger, l.to.dead, f == nil, to == nil, f == to)
	}
}
