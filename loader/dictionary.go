package loader

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"sync"
)

//go:embed data
var dataFS embed.FS

// DataFS is the built-in dictionaries: actors.tsv, titles.tsv, gazetteer.tsv,
// places.tsv, place-stopwords.txt, triggers.tsv, weapons.tsv, cues.tsv.
func DataFS() fs.FS {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		panic(err) // "data" is embedded above: cannot fail
	}
	return sub
}

// ActorEntry is one actor of the dictionary.
type ActorEntry struct {
	ID, Name, Kind, Country, PartOf, Role string
	Aliases, Demonyms                     []string
}

// PlaceEntry is one place of the gazetteer.
type PlaceEntry struct {
	ID, Name, Kind, Country, Parent string
	Lat, Lon                        float64
	HasCoord                        bool
	Population                      int64
	Aliases                         []string
}

// Dictionary holds everything the extractor looks up: actors, places,
// titles and the event lexicon, with one phrase index over all names.
type Dictionary struct {
	Actors   []ActorEntry
	Places   []PlaceEntry
	actorIDs map[string]int
	titles   map[string]bool // lower-case role titles

	names    *phraseIndex // refs: see nameRef
	lexicon  *phraseIndex // refs: see lexRef
	stop     map[string]bool
	Triggers []Trigger
	weapons  []string // mode per weapons ref
	cues     []cue
	gram     grammar
	// countryPlace maps an alpha-3 code to its country entry in Places.
	countryPlace map[string]int
	// military maps a state's id to the index of its armed forces.
	military map[string]int
	// state maps an alpha-3 code to the index of that country's state.
	state map[string]int
	// placeKey maps "name|country" of gazetteer rows, so that a places.tsv
	// row of the same name and country overrides instead of duplicating.
	placeKey map[string]int
}

// Payload tags of the name index: ref = tag<<24 | index.
const (
	refActor   = 1
	refDemonym = 2
	refPlace   = 3
	refTitle   = 4
)

func nameRef(tag, i int) int32 { return int32(tag<<24 | i) }
func refTag(r int32) int       { return int(r >> 24) }
func refIdx(r int32) int       { return int(r & 0xffffff) }

// LoadDictionary reads the dictionary files from fsys; extra file systems
// (a user's folder) add to and override the built-in entries. Files absent
// from an extra folder are skipped.
func LoadDictionary(fsys fs.FS, extra ...fs.FS) (*Dictionary, error) {
	d := &Dictionary{actorIDs: map[string]int{}, titles: map[string]bool{}, stop: map[string]bool{},
		names: newPhraseIndex(), lexicon: newPhraseIndex()}
	all := append([]fs.FS{fsys}, extra...)
	for n, f := range all {
		optional := n > 0
		// actors may be split over several files: actors.tsv, actors-*.tsv
		actorFiles, err := fs.Glob(f, "actors*.tsv")
		if err != nil {
			return nil, err
		}
		if len(actorFiles) == 0 && !optional {
			return nil, fmt.Errorf("dictionary: no actors*.tsv file")
		}
		for _, name := range actorFiles {
			if err := eachRow(f, name, 8, optional, d.addActor); err != nil {
				return nil, err
			}
		}
		steps := []struct {
			name string
			fn   func([]string, int) error
			cols int
		}{
			{"titles.tsv", d.addTitle, 1},
			{"place-stopwords.txt", d.addStop, 1},
			{"gazetteer.tsv", d.addPlace, 9},
			{"places.tsv", d.addPlace, 9},
			{"triggers.tsv", d.addTrigger, 7},
			{"weapons.tsv", d.addWeapon, 2},
			{"cues.tsv", d.addCue, 2},
			{"grammar.tsv", d.addGrammar, 2},
		}
		for _, s := range steps {
			if err := eachRow(f, s.name, s.cols, optional, s.fn); err != nil {
				return nil, err
			}
		}
	}
	if err := d.index(); err != nil {
		return nil, err
	}
	return d, nil
}

// eachRow calls fn for every data row of a TSV (or one-column text) file,
// skipping comments, blank lines and the header line.
func eachRow(fsys fs.FS, name string, cols int, optional bool, fn func([]string, int) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		if optional && errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		return fmt.Errorf("dictionary %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	header := cols > 1
	for sc.Scan() {
		line++
		raw := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(raw) == "" || strings.HasPrefix(strings.TrimSpace(raw), "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		row := strings.Split(raw, "\t")
		for len(row) < cols {
			row = append(row, "")
		}
		for i := range row {
			row[i] = strings.TrimSpace(row[i])
		}
		if err := fn(row, line); err != nil {
			return fmt.Errorf("dictionary %s:%d: %w", name, line, err)
		}
	}
	return sc.Err()
}

func splitList(s string) []string {
	if s == "" || s == "-" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (d *Dictionary) addActor(r []string, _ int) error {
	e := ActorEntry{ID: r[0], Name: r[1], Kind: r[2], Country: r[3], PartOf: r[4], Role: r[5],
		Aliases: splitList(r[6]), Demonyms: splitList(r[7])}
	if e.ID == "" || e.Name == "" {
		return errors.New("actor needs an id and a name")
	}
	if i, ok := d.actorIDs[e.ID]; ok {
		d.Actors[i] = e // a user file overrides
		return nil
	}
	d.actorIDs[e.ID] = len(d.Actors)
	d.Actors = append(d.Actors, e)
	return nil
}

func (d *Dictionary) addTitle(r []string, _ int) error {
	d.titles[strings.ToLower(r[0])] = true
	return nil
}

func (d *Dictionary) addStop(r []string, _ int) error {
	d.stop[strings.ToLower(r[0])] = true
	return nil
}

func (d *Dictionary) addPlace(r []string, _ int) error {
	p := PlaceEntry{Name: r[0], Kind: r[1], Country: r[2], Parent: r[5], Aliases: splitList(r[7])}
	if p.Name == "" {
		return errors.New("place needs a name")
	}
	if r[3] != "" && r[4] != "" {
		lat, err1 := strconv.ParseFloat(r[3], 64)
		lon, err2 := strconv.ParseFloat(r[4], 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("bad coordinates %q %q", r[3], r[4])
		}
		p.Lat, p.Lon, p.HasCoord = lat, lon, true
	}
	if r[6] != "" {
		p.Population, _ = strconv.ParseInt(r[6], 10, 64) // a bad figure only loses ranking
	}
	if r[8] != "" {
		p.ID = "geonames:" + r[8]
	} else {
		p.ID = "place:" + slug(p.Name) + "|" + strings.ToLower(p.Country)
	}
	if d.placeKey == nil {
		d.placeKey = map[string]int{}
	}
	key := strings.ToLower(p.Name) + "|" + p.Country
	if i, ok := d.placeKey[key]; ok && r[8] == "" && (p.Kind == "city" || p.Kind == "town") {
		// override: non-empty columns replace, aliases add
		q := &d.Places[i]
		q.Kind = p.Kind
		if p.HasCoord {
			q.Lat, q.Lon, q.HasCoord = p.Lat, p.Lon, true
		}
		if p.Parent != "" {
			q.Parent = p.Parent
		}
		if p.Population > 0 {
			q.Population = p.Population
		}
		q.Aliases = append(q.Aliases, p.Aliases...)
		return nil
	}
	if r[8] != "" {
		d.placeKey[key] = len(d.Places)
	}
	d.Places = append(d.Places, p)
	return nil
}

// index builds the phrase index over names. Where several places share a
// name the more important one wins (hand-kept supplement, then kind, then
// population), so "Gaza" is the city and not a hamlet elsewhere.
func (d *Dictionary) index() error {
	for i, a := range d.Actors {
		if a.PartOf != "" {
			if _, ok := d.actorIDs[a.PartOf]; !ok {
				return fmt.Errorf("dictionary actors.tsv: %s: part_of %q is not an actor id", a.ID, a.PartOf)
			}
		}
		d.names.add(a.Name, nameRef(refActor, i), false)
		for _, al := range a.Aliases {
			d.names.add(al, nameRef(refActor, i), false)
		}
		for _, dm := range a.Demonyms {
			d.names.add(dm, nameRef(refDemonym, i), false)
		}
	}
	best := map[string]int{}
	for i, p := range d.Places {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			k := strings.ToLower(n)
			if d.stop[k] && p.Kind != "country" && p.Kind != "region" && p.Kind != "site" {
				continue
			}
			if j, ok := best[k]; !ok || placeRank(p) > placeRank(d.Places[j]) {
				best[k] = i
			}
		}
	}
	keys := make([]string, 0, len(best))
	for k := range best {
		keys = append(keys, k)
	}
	for _, k := range sortedStrings(keys) {
		i := best[k]
		p := d.Places[i]
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if strings.ToLower(n) == k {
				d.names.add(n, nameRef(refPlace, i), false)
				break
			}
		}
	}
	// a state's armed forces as a whole, or its army, before any one
	// service ("Iraqi Air Force") or unit
	d.military = map[string]int{}
	for i, a := range d.Actors {
		if a.Kind == "military" && a.PartOf != "" {
			if j, ok := d.military[a.PartOf]; !ok || wholeForce(a) && !wholeForce(d.Actors[j]) {
				d.military[a.PartOf] = i
			}
		}
	}
	d.state = map[string]int{}
	for i, a := range d.Actors {
		if a.Kind == "state" && a.Country != "" {
			if _, ok := d.state[a.Country]; !ok {
				d.state[a.Country] = i
			}
		}
	}
	d.countryPlace = map[string]int{}
	for i, p := range d.Places {
		if p.Kind == "country" {
			if _, ok := d.countryPlace[p.Country]; !ok {
				d.countryPlace[p.Country] = i
			}
		}
	}
	if d.gram.phrases != nil {
		d.gram.phrases.finish()
	}
	for t := range d.titles {
		d.names.add(t, nameRef(refTitle, 0), true)
	}
	d.names.finish()
	d.lexicon.finish()
	return nil
}

func placeRank(p PlaceEntry) int64 {
	r := p.Population
	switch p.Kind {
	case "country":
		r += 4e9
	case "region":
		r += 3e9
	case "site":
		r += 2e9
	}
	if !strings.HasPrefix(p.ID, "geonames:") {
		r += 1e9 // the hand-kept supplement knows better
	}
	return r
}

var defaultDict = sync.OnceValues(func() (*Dictionary, error) { return LoadDictionary(DataFS()) })

// DefaultDictionary returns the built-in dictionary, parsed once.
func DefaultDictionary() (*Dictionary, error) { return defaultDict() }

// wholeForce: the entry is a state's armed forces or army as a whole, by
// its name or an alias ("Iraqi Security Forces", alias "Iraqi army").
func wholeForce(a ActorEntry) bool {
	for _, name := range append([]string{a.Name}, a.Aliases...) {
		n := strings.ToLower(name)
		if strings.Contains(n, "air ") || strings.Contains(n, "naval") || strings.Contains(n, "navy") {
			continue
		}
		if strings.Contains(n, "armed forces") || strings.HasSuffix(n, " army") || strings.Contains(n, "defense force") || strings.Contains(n, "defence force") || strings.HasSuffix(n, " military") {
			return true
		}
	}
	return false
}
