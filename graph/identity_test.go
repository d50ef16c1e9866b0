package graph

import (
	"reflect"
	"testing"

	"github.com/eventgraph/eventgraph"
)

func TestIDs(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{actorID(eventgraph.Actor{ID: "Q42", Name: "Hamas"}), "Q42"},
		{actorID(eventgraph.Actor{Name: "  Palestinian   Islamic Jihad "}), "name:palestinian islamic jihad"},
		{locationID(eventgraph.Location{ID: "gn:281133", Name: "Gaza"}), "gn:281133"},
		{locationID(eventgraph.Location{Name: "Khan Yunis", Country: ptr("pse")}), "place:khan yunis|PSE"},
		{locationID(eventgraph.Location{Name: "Middle East"}), "place:middle east|"},
		{claimID("Q42", "We  will respond"), claimID("Q42", "we will respond")},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("id = %q, want %q", tt.got, tt.want)
		}
	}
}

func TestParseDay(t *testing.T) {
	tests := []struct {
		in   *string
		want string
	}{
		{nil, ""},
		{ptr("2023-10-07"), "2023-10-07"},
		{ptr("2023-10"), "2023-10-01"},
		{ptr("2023"), "2023-01-01"},
		{ptr("7 October"), ""},
		{ptr(""), ""},
	}
	for _, tt := range tests {
		if got := parseDay(tt.in).String(); got != tt.want {
			t.Errorf("parseDay(%v) = %q, want %q", deref(tt.in), got, tt.want)
		}
	}
}

func TestPickEvent(t *testing.T) {
	d := func(s string) day { return parseDay(&s) }
	cands := []candidate{
		{id: "ev:a", mode: "airstrike", date: d("2023-10-08")},
		{id: "ev:b", mode: "", date: d("2023-10-10")},
		{id: "ev:c", mode: "rocket_fire", date: d("2023-10-09")},
		{id: "ev:u", mode: "airstrike"},
	}
	tests := []struct {
		name string
		mode string
		date day
		used map[string]bool
		want string // "" for no match
	}{
		{"same day", "airstrike", d("2023-10-08"), nil, "ev:a"},
		{"two days later", "airstrike", d("2023-10-10"), nil, "ev:b"}, // ev:b is closer (0 days) and has no mode
		{"closest wins", "airstrike", d("2023-10-09"), nil, "ev:a"},   // ev:a and ev:b both 1 day: smaller id
		{"mode differs", "ground_assault", d("2023-10-07"), nil, ""},
		{"unknown mode matches any", "", d("2023-10-09"), nil, "ev:c"},
		{"three days apart", "airstrike", d("2023-10-05"), nil, ""},
		{"undated matches undated", "airstrike", day{}, nil, "ev:u"},
		{"undated never matches dated", "rocket_fire", day{}, nil, ""},
		{"a document's events stay distinct", "airstrike", d("2023-10-08"), map[string]bool{"ev:a": true}, "ev:b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := pickEvent(cands, tt.mode, tt.date, tt.used)
			if !ok {
				got = ""
			}
			if got != tt.want {
				t.Errorf("pickEvent(%s, %s) = %q, want %q", tt.mode, tt.date, got, tt.want)
			}
		})
	}
}

// Two documents in one batch: shared relationships are written once with
// both documents, names resolve through aliases, and every node a document
// touches gets provenance to it.
func TestPlan(t *testing.T) {
	a := eventgraph.Extraction{
		Document: eventgraph.Document{ID: "a"},
		Actors: []eventgraph.Actor{
			{ID: "Q1", Name: "Israel Defense Forces", Aliases: []string{"IDF"}, PartOf: ptr("Israel")},
			{ID: "Q2", Name: "Hamas"},
		},
		Events: []eventgraph.Event{strike("e1", "airstrike", "2023-10-08", "IDF", "Hamas", "Gaza", 3)},
	}
	b := eventgraph.Extraction{
		Document:  eventgraph.Document{ID: "b"},
		Actors:    []eventgraph.Actor{{ID: "Q1", Name: "Israel Defense Forces", Aliases: []string{"Israeli army"}}, {ID: "Q2", Name: "Hamas"}},
		Locations: []eventgraph.Location{{ID: "gn:1", Name: "Gaza City", Aliases: []string{"Gaza"}}},
		Events: []eventgraph.Event{
			strike("e1", "airstrike", "2023-10-09", "Israeli army", "Hamas", "gaza", 5),
			strike("e2", "airstrike", "2023-10-09", "Israeli army", "Hamas", "", 0),
		},
		Claims: []eventgraph.Claim{{Speaker: "Hamas spokesman", Text: "many died", About: []string{"e1", "e9"}}},
	}
	pl := newPlan(nil)
	pl.add(prepare(&a))
	pl.add(prepare(&b))

	if len(pl.events) != 2 {
		t.Fatalf("new events = %v, want 2: b/e1 is a/e1, b/e2 another strike", pl.events)
	}
	if got := pl.performed.params(); len(got) != 2 || !reflect.DeepEqual(got[0]["docs"], []string{"a", "b"}) {
		t.Errorf("PERFORMED rows = %v, want Q1 -> shared strike with docs [a b], then Q1 -> b's second strike", got)
	}
	if got := pl.partOf.params(); len(got) != 1 || got[0]["to"] != "name:israel" {
		t.Errorf("PART_OF rows = %v, want Q1 -> name:israel", got)
	}
	mentions := map[string]bool{}
	for _, m := range pl.actorMentions {
		mentions[m["doc"].(string)+" "+m["node"].(string)] = true
	}
	for _, want := range []string{"a Q1", "a Q2", "a name:israel", "b Q1", "b Q2", "b name:hamas spokesman"} {
		if !mentions[want] {
			t.Errorf("no MENTIONED_IN %s; have %v", want, mentions)
		}
	}
	if len(pl.placeMentions) != 2 || pl.placeMentions[0]["node"] != "place:gaza|" || pl.placeMentions[1]["node"] != "gn:1" {
		t.Errorf("location mentions = %v, want a's unlisted Gaza, then b's Gaza City (named by its alias)", pl.placeMentions)
	}
	if got := pl.occurredAt.params(); len(got) != 2 || got[1]["to"] != "gn:1" {
		t.Errorf("OCCURRED_AT rows = %v, want b's strike in gn:1", got)
	}
	if got := pl.about.params(); len(got) != 1 {
		t.Errorf("ABOUT rows = %v, want one (e9 does not exist)", got)
	}
	var q1 map[string]any
	for _, r := range rowsOf(pl.actors) {
		if r["id"] == "Q1" {
			q1 = r
		}
	}
	if !reflect.DeepEqual(q1["names"], []string{"Israel Defense Forces", "IDF", "Israeli army"}) {
		t.Errorf("Q1 names = %v, want name and both documents' aliases", q1["names"])
	}
}

// Empty names are dropped, not turned into an actor called "".
func TestPlanEmptyNames(t *testing.T) {
	x := eventgraph.Extraction{
		Document:  eventgraph.Document{ID: "d"},
		Actors:    []eventgraph.Actor{{Name: " ", PartOf: ptr("Someone")}, {ID: "Q1", Name: "Hamas"}},
		Locations: []eventgraph.Location{{Name: ""}},
		Events: []eventgraph.Event{{ID: "e1", Type: "ASSAULT", Agents: []string{"", "Hamas"}, Targets: []string{" "},
			Locations: []string{""}}},
		Claims: []eventgraph.Claim{{Speaker: "", Text: "anonymous"}, {Speaker: "Hamas", Text: " "}},
	}
	pl := newPlan(nil)
	p := prepare(&x)
	if p.events[0].key != (eventKey{Type: "ASSAULT", Agent: "Q1"}) {
		t.Errorf("key = %+v, want the first non-empty agent and no target", p.events[0].key)
	}
	pl.add(p)
	for _, r := range rowsOf(pl.actors) {
		if r["id"] != "Q1" {
			t.Errorf("actor row %v, want only Q1", r)
		}
	}
	if len(pl.places) != 0 || len(pl.partOf.rows) != 0 || len(pl.targetedActor.rows) != 0 || len(pl.occurredAt.rows) != 0 {
		t.Errorf("places %v, PART_OF %v, TARGETED %v, OCCURRED_AT %v: want none", pl.places, pl.partOf.rows, pl.targetedActor.rows, pl.occurredAt.rows)
	}
	if len(pl.claims) != 1 || len(pl.claimed.rows) != 0 {
		t.Errorf("claims %v, CLAIMED %v: want the anonymous claim alone, without a speaker", pl.claims, pl.claimed.rows)
	}
}
