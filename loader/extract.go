package loader

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph"
)

// Extractor turns documents into extractions. It is safe for concurrent use:
// all per-document state lives in a docState.
type Extractor struct {
	d *Dictionary
}

// NewExtractor loads the built-in dictionaries plus the user folder named by
// opts.DictDir, if any.
func NewExtractor(opts Options) (*Extractor, error) {
	if opts.DictDir == "" {
		d, err := DefaultDictionary()
		if err != nil {
			return nil, err
		}
		return &Extractor{d: d}, nil
	}
	if _, err := os.Stat(opts.DictDir); err != nil {
		return nil, err
	}
	d, err := LoadDictionary(DataFS(), os.DirFS(opts.DictDir))
	if err != nil {
		return nil, err
	}
	return &Extractor{d: d}, nil
}

// NewExtractorWith uses a dictionary the caller loaded.
func NewExtractorWith(d *Dictionary) *Extractor { return &Extractor{d: d} }

// Extract runs the pipeline over one document. It never fails: text it
// cannot understand yields fewer facts, not an error.
func (x *Extractor) Extract(doc eventgraph.Document) eventgraph.Extraction {
	st := newDocState(x.d, doc)
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
	st.causeAgents()
	st.speakersAreNotAgents()
	st.dropAgentless()
	st.dropMetonymPlaces()
	return st.output()
}

// dropMetonymPlaces: in an act of words or policy ("sanctions against
// Turkey", "the sanctions Washington has imposed on Moscow", "warned
// Iran"), a country or a big city of a state that is a side of the act
// stands for that state; it is not where the act happened.
func (st *docState) dropMetonymPlaces() {
	for _, f := range st.events {
		if f.dead || physical[f.Type] || len(f.places) == 0 {
			continue
		}
		side := map[string]bool{}
		for _, a := range append(append([]*docActor{}, f.agents...), f.targets...) {
			if a.kind == KindState && a.country != "" {
				side[a.country] = true
			}
		}
		keep := f.places[:0:0]
		for _, p := range f.places {
			metonym := side[p.e.Country] && (p.e.Kind == "country" || p.e.Kind == "city" && p.e.Population >= 300000)
			if !metonym {
				keep = append(keep, p)
			}
		}
		f.places = keep
	}
}

// docState is everything known about one document while it is processed.
type docState struct {
	d      *Dictionary
	doc    eventgraph.Document
	pub    time.Time
	hasPub bool
	sents  []*sent

	actors    []*docActor
	actorByID map[string]*docActor
	aliases   map[string]*docActor // per-document aliases (surnames of new persons)

	places    []*docPlace
	placeByID map[string]*docPlace

	events []*frame
	claims []*claimOut
	links  []*linkOut

	curDate  *string
	lastYear int  // the latest year the text named, for dates without one
	sentYear int  // the year the current sentence named before, or 0
	pubStale bool // the text named a day well after its publication date
}

type sent struct {
	Sentence
	idx   int
	toks  []Token
	keys  []string
	ments []*ment
	at    []int // token -> index in ments, -1
	trigs []*trigHit
	weap  []lexHit
	cues  []lexHit
	quote []bool // token inside quotation marks
	date  *string
	// dateKind: 0 none, 1 a day, 2 a vaguer time (month, year) that stops
	// carrying the last day forward
	dateKind int
	claimBy  *docActor
}

type ment struct {
	i, j    int
	actor   *docActor
	demonym bool
	place   *docPlace
	title   bool
}

type lexHit struct {
	i, j int
	idx  int
}

type trigHit struct {
	i, j int
	t    *Trigger
	alt  *Trigger // the other part of speech of the same words, if any
	ev   *frame   // the event it created or refers to
	// possessive: the agent came from "its"/"their" before the noun
	possessive bool
}

type docActor struct {
	id, name, kind, country, partOf, role string
	aliases                               []string
	ancestors                             []string // part_of, its part_of, ...
	seen                                  map[string]bool
	byName, used                          bool
	mentions                              int
	// actorMents counts the mentions that name the actor rather than its
	// territory ("Iran said" but not "in Iran", "Beirut, Lebanon")
	actorMents int
	ev         *eventgraph.Evidence
	entry      int
}

type docPlace struct {
	e     *PlaceEntry
	id    string
	used  bool
	scene bool // the place of an event that was dropped
	qual  bool // a country named to say where a place is ("Marawi, Philippines")
	ev    *eventgraph.Evidence
	forms []string // how the text wrote it, when not the name
}

type frame struct {
	eventgraph.Event
	agents, targets []*docActor
	places, from    []*docPlace
	sent            *sent
	trig            *trigHit
	specific        bool   // mode came from the trigger or a weapon word
	dead            bool   // merged into another
	into            *frame // the frame it was merged into
	refs            int    // later mentions that referred back to it
}

type claimOut struct {
	eventgraph.Claim
	speaker *docActor
	sent    *sent
	about   []*frame
	nested  bool // the speech verb lies inside someone else's quotation
}

type linkOut struct {
	from, to *frame
	cue      string
	by       *docActor
	s        *sent
	named    bool // the cue's phrase names the cause ("in response to X")
}

func newDocState(d *Dictionary, doc eventgraph.Document) *docState {
	st := &docState{d: d, doc: doc, actorByID: map[string]*docActor{}, aliases: map[string]*docActor{},
		placeByID: map[string]*docPlace{}}
	if doc.Published != nil {
		if t, err := time.Parse("2006-01-02", *doc.Published); err == nil {
			st.pub, st.hasPub = t, true
		}
	}
	return st
}

func (st *docState) segment() {
	for i, s := range Segment(st.doc.Text) {
		toks := Tokenize(s.Text, s.Start)
		keys := make([]string, len(toks))
		for k, t := range toks {
			keys[k] = keyOf(t.Lower)
		}
		at := make([]int, len(toks))
		for k := range at {
			at[k] = -1
		}
		st.sents = append(st.sents, &sent{Sentence: s, idx: i, toks: toks, keys: keys, at: at, quote: quoteMask(toks)})
	}
}

// quoteMask marks tokens inside quotation marks.
func quoteMask(toks []Token) []bool {
	m := make([]bool, len(toks))
	in := false
	for i, t := range toks {
		switch t.Text {
		case "\u201c":
			in = true
		case "\u201d":
			in = false
		case "\"":
			// a straight mark glued to the word before it closes, one
			// glued to the word after it opens ("...,\" a senior official
			// said" ends a quotation begun in an earlier sentence)
			before := i > 0 && toks[i-1].End == t.Start
			after := i+1 < len(toks) && toks[i+1].Start == t.End
			switch {
			case before && !after:
				in = false
			case after && !before:
				in = true
			default:
				in = !in
			}
		}
		m[i] = in
	}
	return m
}

func (st *docState) evidence(s *sent) *eventgraph.Evidence {
	return &eventgraph.Evidence{Text: s.Text, Start: s.Start, End: s.End}
}

// actor returns the document's record of a dictionary actor, creating it.
func (st *docState) actorFor(entry int) *docActor {
	e := &st.d.Actors[entry]
	if a := st.actorByID[e.ID]; a != nil {
		return a
	}
	a := &docActor{id: e.ID, name: e.Name, kind: e.Kind, country: e.Country, role: e.Role, entry: entry, seen: map[string]bool{}}
	if e.PartOf != "" {
		a.partOf = st.d.Actors[st.d.actorIDs[e.PartOf]].Name
		for p, n := e.PartOf, 0; p != "" && n < 6; n++ {
			pe := &st.d.Actors[st.d.actorIDs[p]]
			a.ancestors = append(a.ancestors, pe.Name)
			p = pe.PartOf
		}
	}
	for _, al := range e.Aliases {
		a.addAlias(al)
	}
	st.actorByID[e.ID] = a
	st.actors = append(st.actors, a)
	return a
}

// newActor registers an actor that is not in the dictionary.
func (st *docState) newActor(name, kind string) *docActor {
	id := "name:" + slug(name)
	if a := st.actorByID[id]; a != nil {
		return a
	}
	a := &docActor{id: id, name: name, kind: kind, entry: -1, seen: map[string]bool{}}
	st.actorByID[id] = a
	st.actors = append(st.actors, a)
	return a
}

func (a *docActor) addAlias(s string) {
	k := strings.ToLower(s)
	if k == strings.ToLower(a.name) || a.seen[k] {
		return
	}
	a.seen[k] = true
	a.aliases = append(a.aliases, s)
}

func (st *docState) placeFor(i int) *docPlace {
	e := &st.d.Places[i]
	if p := st.placeByID[e.ID]; p != nil {
		return p
	}
	p := &docPlace{e: e, id: e.ID}
	st.placeByID[e.ID] = p
	st.places = append(st.places, p)
	return p
}

// countryPlace is the country place of an actor's state, or nil.
func (st *docState) countryPlace(a *docActor) *docPlace {
	if a == nil || a.country == "" || (a.kind != KindState && a.kind != "state") {
		return nil
	}
	if i, ok := st.d.countryPlace[a.country]; ok {
		return st.placeFor(i)
	}
	return nil
}

// KindState mirrors eventgraph.KindState for brevity inside the package.
const KindState = eventgraph.KindState

// output assembles the extraction in a stable order.
func (st *docState) output() eventgraph.Extraction {
	ex := eventgraph.Extraction{Document: st.doc, Actors: []eventgraph.Actor{}, Locations: []eventgraph.Location{},
		Events: []eventgraph.Event{}, Links: []eventgraph.Link{}, Claims: []eventgraph.Claim{}}
	n := 0
	for _, f := range st.events {
		if f.dead {
			continue
		}
		n++
		f.ID = "e" + itoa(n)
		if f.Type == "ASSAULT" || f.Type == "COERCE" {
			// "a Hezbollah commander was killed in a drone strike": the
			// clause's subject was hit; it is no attacker of itself
			for _, a := range f.targets {
				f.agents = removeActor(f.agents, a)
			}
		}
		f.Agents = names(f.agents)
		f.Targets = names(f.targets)
		f.Locations = placeNames(f.places)
		f.LaunchedFrom = placeNames(f.from)
		for _, a := range f.agents {
			a.used = true
		}
		for _, a := range f.targets {
			a.used = true
		}
		for _, p := range f.places {
			p.used = true
		}
		for _, p := range f.from {
			p.used = true
		}
	}
	for _, f := range st.events {
		if !f.dead {
			ex.Events = append(ex.Events, f.Event)
		}
	}
	seenClaim := map[[2]string]bool{}
	for _, c := range st.claims {
		// one statement found by two cues ("said in a statement that")
		// is one claim
		key := [2]string{c.speaker.name, c.Text}
		if seenClaim[key] {
			continue
		}
		seenClaim[key] = true
		c.speaker.used = true
		c.About = []string{}
		seen := map[*frame]bool{}
		for _, f := range c.about {
			f = f.live()
			if f != nil && !seen[f] {
				seen[f] = true
				c.About = append(c.About, f.ID)
			}
		}
		ex.Claims = append(ex.Claims, c.Claim)
	}
	seenLink := map[[2]*frame]bool{}
	for _, l := range st.links {
		from, to := l.from.live(), l.to.live()
		if from == nil || to == nil || from == to || seenLink[[2]*frame{from, to}] {
			continue
		}
		seenLink[[2]*frame{from, to}] = true
		lk := eventgraph.Link{Type: eventgraph.LinkRetaliation, From: from.ID, To: to.ID, Cue: l.cue,
			Evidence: l.s.Text, Start: l.s.Start, End: l.s.End}
		if l.by != nil {
			lk.AssertedBy = l.by.name
		}
		ex.Links = append(ex.Links, lk)
	}
	coord := st.listedWithParticipant()
	for _, a := range st.actors {
		if !a.byName && !a.used {
			continue
		}
		if a.entry < 0 && !a.used && a.kind != eventgraph.KindPerson {
			continue
		}
		// a state or a body named once in passing ("Iraq, Iran, Syria")
		// is background, not a participant; a state named only as a
		// territory ("strikes in Lebanon") is a place. One named in the
		// same list as a participant ("Israel, the United States, France
		// and Canada said") is one too.
		n := a.mentions
		if a.kind == KindState {
			n = a.actorMents
		}
		if !a.used && !coord[a] && n < 2 && a.kind != eventgraph.KindPerson && a.kind != eventgraph.KindArmedGroup {
			continue
		}
		if a.entry < 0 && a.kind == eventgraph.KindCivilians && genericPeople(a.name) {
			continue
		}
		out := eventgraph.Actor{ID: a.id, Name: a.name, Kind: a.kind, Aliases: append([]string{}, a.aliases...), Role: a.role, Evidence: a.ev}
		if a.partOf != "" {
			p := a.partOf
			out.PartOf = &p
		}
		if a.country != "" {
			c := a.country
			out.Country = &c
		}
		ex.Actors = append(ex.Actors, out)
	}
	for _, p := range st.places {
		if !p.used && (!p.scene || !subNational(p.e) && !p.qual) {
			// a dropped or feared act still marks its town or region as
			// a scene of the story; a whole country, a continent or a
			// sea is too broad to be one by itself, unless it was named
			// to say where such a place is
			continue
		}
		loc := eventgraph.Location{ID: p.id, Name: p.e.Name, Kind: p.e.Kind, Parent: p.e.Parent, Evidence: p.ev,
			Aliases: placeAliases(p)}
		if p.e.Country != "" {
			c := p.e.Country
			loc.Country = &c
		}
		if p.e.HasCoord {
			lat, lon := p.e.Lat, p.e.Lon
			loc.Lat, loc.Lon = &lat, &lon
		}
		ex.Locations = append(ex.Locations, loc)
	}
	return ex
}

// subNational: a place inside one country (a town, a region, a site), not
// a country itself nor a place without a country (a continent, a sea).
func subNational(e *PlaceEntry) bool {
	return e.Country != "" && e.Kind != "country"
}

// live follows merges to the surviving frame.
func (f *frame) live() *frame {
	for f != nil && f.dead {
		f = f.mergedInto()
	}
	return f
}

func (f *frame) mergedInto() *frame { return f.into }

func names(as []*docActor) []string {
	out := []string{}
	for _, a := range as {
		if a.entry < 0 && a.kind == eventgraph.KindCivilians && genericPeople(a.name) {
			// "wounding 20 others": no actor is listed for such words,
			// so no event names one
			continue
		}
		dup := false
		for _, n := range out {
			dup = dup || n == a.name
		}
		if !dup {
			out = append(out, a.name)
		}
	}
	return out
}

func placeNames(ps []*docPlace) []string {
	out := []string{}
	for _, p := range ps {
		out = append(out, p.e.Name)
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }

func sortFrames(fs []*frame) {
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Start < fs[j].Start })
}

// placeAliases: the forms the text used, then the gazetteer's aliases, each
// once and never the name itself.
func placeAliases(p *docPlace) []string {
	seen := map[string]bool{strings.ToLower(p.e.Name): true}
	var out []string
	for _, a := range append(append([]string{}, p.forms...), p.e.Aliases...) {
		if k := strings.ToLower(a); !seen[k] {
			seen[k] = true
			out = append(out, a)
		}
	}
	return out
}
