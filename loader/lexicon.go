package loader

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// Trigger is one entry of the event lexicon (triggers.tsv).
type Trigger struct {
	Lemma   string
	Verb    bool   // pos verb, else noun
	Type    string // PLOVER root category
	Mode    string // "" means: from a weapon word, else Default
	Obj     string // verbs: target | none
	Of      string // nouns: target | agent | none
	Default string
}

// Lexicon payload tags: ref = tag<<24 | index.
const (
	lexTrigger = 1
	lexWeapon  = 2
	lexCue     = 3
)

type cue struct {
	phrase, kind string
}

var ploverTypes = map[string]bool{"AGREE": true, "CONSULT": true, "SUPPORT": true, "CONCEDE": true,
	"COOPERATE": true, "AID": true, "RETREAT": true, "REQUEST": true, "ACCUSE": true, "REJECT": true,
	"THREATEN": true, "PROTEST": true, "SANCTION": true, "MOBILIZE": true, "COERCE": true, "ASSAULT": true}

func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

func (d *Dictionary) addTrigger(r []string, _ int) error {
	forms := splitList(r[0])
	if len(forms) == 0 {
		return fmt.Errorf("trigger needs forms")
	}
	t := Trigger{Lemma: forms[0], Verb: r[1] == "verb", Type: strings.ToUpper(r[2]), Mode: dash(r[3]),
		Obj: dash(r[4]), Of: dash(r[5]), Default: dash(r[6])}
	if r[1] != "verb" && r[1] != "noun" {
		return fmt.Errorf("pos %q is neither verb nor noun", r[1])
	}
	if !ploverTypes[t.Type] {
		return fmt.Errorf("type %q is not a PLOVER root category", r[2])
	}
	i := len(d.Triggers)
	d.Triggers = append(d.Triggers, t)
	for _, f := range forms {
		d.lexicon.add(f, int32(lexTrigger<<24|i), true)
	}
	return nil
}

func (d *Dictionary) addWeapon(r []string, _ int) error {
	i := len(d.weapons)
	d.weapons = append(d.weapons, r[1])
	for _, f := range splitList(r[0]) {
		d.lexicon.add(f, int32(lexWeapon<<24|i), true)
	}
	return nil
}

func (d *Dictionary) addCue(r []string, _ int) error {
	i := len(d.cues)
	d.cues = append(d.cues, cue{phrase: strings.ToLower(r[0]), kind: r[1]})
	for _, f := range splitList(r[0]) {
		d.lexicon.add(f, int32(lexCue<<24|i), true)
	}
	return nil
}

var slugRe = regexp.MustCompile(`[^a-z0-9]+`)

func slug(s string) string {
	return strings.Trim(slugRe.ReplaceAllString(stripDiacritics(strings.ToLower(s)), "-"), "-")
}

func sortedStrings(s []string) []string {
	sort.Strings(s)
	return s
}
