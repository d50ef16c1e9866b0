// Package eventgraph is the vocabulary of the eventgraph tool: the documents it
// reads and the actors, locations, events, claims and links it extracts from
// them and stores in Neo4j.
//
// It imports the standard library only. The loader package produces these
// values from text, the graph package stores and reads them, and the command
// in cmd/eventgraph wires the two together. The JSON shape of Extraction is the
// interchange format documented in FORMAT.md (one object per document, JSON
// Lines).
package eventgraph

import "errors"

// Sentinel errors shared by the packages.
var (
	// ErrInvalid marks input that cannot be used (bad file, bad parameter).
	ErrInvalid = errors.New("invalid input")
	// ErrNotFound marks a missing named thing (query, document, actor).
	ErrNotFound = errors.New("not found")
	// ErrUnavailable marks a store that cannot be reached.
	ErrUnavailable = errors.New("unavailable")
)

// Document is one article as read from disk or a corpus.
type Document struct {
	ID        string  `json:"id"`
	Title     string  `json:"title"`
	Published *string `json:"published"` // ISO date (YYYY-MM-DD) or null
	Source    string  `json:"source"`
	// Hash is the SHA-256 of the raw content, for change detection.
	Hash string `json:"hash,omitempty"`
	// Text is the body the extractor reads; the title is not repeated in it.
	Text string `json:"-"`
}

// Actor kinds (FORMAT.md).
const (
	KindState        = "state"
	KindMilitary     = "military"
	KindArmedGroup   = "armed_group"
	KindGovernment   = "government"
	KindPerson       = "person"
	KindOrganization = "organization"
	KindCivilians    = "civilians"
	KindUnknown      = "unknown"
)

// Actor is a state, group, organisation or person that acts, is acted upon
// or speaks.
type Actor struct {
	// ID is stable across documents: a Wikidata Q-id where known, else a slug.
	ID      string   `json:"id,omitempty"`
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Aliases []string `json:"aliases"`
	PartOf  *string  `json:"part_of"` // the parent actor's display name
	Country *string  `json:"country"` // ISO 3166-1 alpha-3
	Role    string   `json:"role,omitempty"`
	// Evidence is the first sentence that mentions the actor.
	Evidence *Evidence `json:"evidence_span,omitempty"`
}

// Location is a named place.
type Location struct {
	ID      string   `json:"id,omitempty"`
	Name    string   `json:"name"`
	Kind    string   `json:"kind"` // country, region, city, town, site
	Aliases []string `json:"aliases,omitempty"`
	Country *string  `json:"country"`
	Lat     *float64 `json:"lat"`
	Lon     *float64 `json:"lon"`
	// Parent is the display name of the enclosing place, where known.
	Parent   string    `json:"parent,omitempty"`
	Evidence *Evidence `json:"evidence_span,omitempty"`
}

// Evidence locates a supporting sentence in the document text.
type Evidence struct {
	Text  string `json:"text"`
	Start int    `json:"start"` // byte offset in the document body
	End   int    `json:"end"`
}

// Event is one action: who did what to whom, where and when.
type Event struct {
	ID           string   `json:"id"`
	Type         string   `json:"type"` // PLOVER root category
	Mode         *string  `json:"mode"`
	Agents       []string `json:"agents"`
	Targets      []string `json:"targets"`
	Locations    []string `json:"locations"`
	LaunchedFrom []string `json:"launched_from,omitempty"`
	Date         *string  `json:"date"`
	Quantity     *int64   `json:"quantity"`
	Fatalities   *int64   `json:"fatalities"`
	Evidence     string   `json:"evidence"`
	Start        int      `json:"start"` // byte offsets of Evidence in the body
	End          int      `json:"end"`
	Trigger      string   `json:"trigger,omitempty"`
}

// Link types.
const LinkRetaliation = "RETALIATION_FOR"

// Link relates two events of the same document.
type Link struct {
	Type     string `json:"type"`
	From     string `json:"from"`
	To       string `json:"to"`
	Cue      string `json:"cue"`
	Evidence string `json:"evidence"`
	// AssertedBy is the speaker who presents the link, or "" when the
	// document itself asserts it.
	AssertedBy string `json:"asserted_by,omitempty"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
}

// Claim is what a named speaker said, announced, claimed or reported.
type Claim struct {
	Speaker  string   `json:"speaker"`
	Text     string   `json:"text"`
	About    []string `json:"about"`
	Verb     string   `json:"verb,omitempty"`
	Date     *string  `json:"date,omitempty"`
	Evidence string   `json:"evidence"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
}

// Extraction is everything extracted from one document: one line of
// `eventgraph extract` output.
type Extraction struct {
	Document  Document   `json:"document"`
	Actors    []Actor    `json:"actors"`
	Locations []Location `json:"locations"`
	Events    []Event    `json:"events"`
	Links     []Link     `json:"links"`
	Claims    []Claim    `json:"claims"`
}
