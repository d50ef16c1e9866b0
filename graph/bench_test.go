package graph

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph"
)

// The synthetic corpus: articles built from templates over a cast of
// actors and places and a pool of incidents, so that, as in real news,
// several articles report the same incident (on dates a day apart and with
// different tolls), some present one incident as retaliation for another,
// and speakers make claims about them.

type synthActor struct {
	name, kind, country string
	aliases             []string
}

var synthActors = []synthActor{
	{"Israel", "state", "ISR", nil},
	{"Israel Defense Forces", "military", "ISR", []string{"IDF", "Israeli military"}},
	{"Hamas", "armed_group", "PSE", []string{"Islamic Resistance Movement"}},
	{"Qassam Brigades", "armed_group", "PSE", []string{"al-Qassam Brigades"}},
	{"Palestinian Islamic Jihad", "armed_group", "PSE", []string{"PIJ"}},
	{"Hezbollah", "armed_group", "LBN", []string{"Hizbullah"}},
	{"Lebanese Army", "military", "LBN", nil},
	{"Houthi movement", "armed_group", "YEM", []string{"Houthis", "Ansar Allah"}},
	{"United States", "state", "USA", []string{"US", "U.S."}},
	{"United States Central Command", "military", "USA", []string{"CENTCOM"}},
	{"Iran", "state", "IRN", nil},
	{"Islamic Revolutionary Guard Corps", "military", "IRN", []string{"IRGC"}},
	{"Syria", "state", "SYR", nil},
	{"Russia", "state", "RUS", nil},
	{"Ukraine", "state", "UKR", nil},
	{"Armed Forces of Ukraine", "military", "UKR", []string{"Ukrainian army"}},
	{"Russian Armed Forces", "military", "RUS", []string{"Russian army"}},
	{"Wagner Group", "armed_group", "RUS", []string{"Wagner"}},
	{"Sudanese Armed Forces", "military", "SDN", []string{"SAF"}},
	{"Rapid Support Forces", "armed_group", "SDN", []string{"RSF"}},
	{"United Nations", "organization", "", []string{"UN"}},
	{"International Court of Justice", "organization", "", []string{"ICJ"}},
	{"Gaza Health Ministry", "government", "PSE", nil},
	{"Pro-Palestinian protesters", "civilians", "", nil},
}

type synthPlace struct {
	name, kind, country string
	lat, lon            float64
}

var synthPlaces = []synthPlace{
	{"Gaza City", "city", "PSE", 31.50, 34.47}, {"Khan Yunis", "city", "PSE", 31.35, 34.31},
	{"Rafah", "city", "PSE", 31.30, 34.25}, {"Jabalia", "city", "PSE", 31.53, 34.48},
	{"Deir al-Balah", "city", "PSE", 31.42, 34.35}, {"Sderot", "city", "ISR", 31.52, 34.60},
	{"Ashkelon", "city", "ISR", 31.67, 34.57}, {"Tel Aviv", "city", "ISR", 32.08, 34.78},
	{"Kiryat Shmona", "city", "ISR", 33.21, 35.57}, {"Metula", "town", "ISR", 33.28, 35.58},
	{"Beirut", "city", "LBN", 33.89, 35.50}, {"Tyre", "city", "LBN", 33.27, 35.20},
	{"Nabatieh", "city", "LBN", 33.38, 35.48}, {"Sanaa", "city", "YEM", 15.37, 44.19},
	{"Hodeidah", "city", "YEM", 14.80, 42.95}, {"Red Sea", "region", "", 20.0, 38.0},
	{"Damascus", "city", "SYR", 33.51, 36.29}, {"Aleppo", "city", "SYR", 36.20, 37.13},
	{"Kyiv", "city", "UKR", 50.45, 30.52}, {"Kharkiv", "city", "UKR", 49.99, 36.23},
	{"Odesa", "city", "UKR", 46.48, 30.72}, {"Bakhmut", "city", "UKR", 48.59, 38.00},
	{"Belgorod", "city", "RUS", 50.60, 36.59}, {"Khartoum", "city", "SDN", 15.50, 32.56},
	{"El Fasher", "city", "SDN", 13.63, 25.35}, {"Omdurman", "city", "SDN", 15.64, 32.48},
}

var synthModes = []string{"airstrike", "rocket_fire", "missile_strike", "drone_strike", "artillery",
	"ground_assault", "shooting", "bombing"}

type incident struct {
	typ, mode      string
	agent, target  int // synthActors
	place          int // synthPlaces
	date           time.Time
	fatalities     int64
	retaliationFor int // another incident, or -1
}

// syntheticCorpus builds n articles reporting incidents from a pool of
// n/3; ids and names carry prefix so that the corpus can be removed.
func syntheticCorpus(prefix string, n int) []eventgraph.Extraction {
	r := rand.New(rand.NewPCG(1, 2))
	start := time.Date(2023, 10, 7, 0, 0, 0, 0, time.UTC)
	pool := make([]incident, max(n/3, 10))
	for i := range pool {
		in := incident{typ: "ASSAULT", mode: synthModes[r.IntN(len(synthModes))],
			agent: r.IntN(len(synthActors)), target: r.IntN(len(synthActors)), place: r.IntN(len(synthPlaces)),
			date: start.AddDate(0, 0, r.IntN(365)), retaliationFor: -1}
		switch r.IntN(10) {
		case 0:
			in.typ, in.mode = "ACCUSE", "legal_action"
		case 1:
			in.typ, in.mode = "THREATEN", ""
		case 2:
			in.typ, in.mode = "PROTEST", "protest"
		}
		if in.typ == "ASSAULT" && r.IntN(3) == 0 {
			in.fatalities = int64(1 + r.IntN(200))
		}
		if i > 0 && r.IntN(4) == 0 {
			in.retaliationFor = r.IntN(i)
		}
		pool[i] = in
	}
	id := func(i int) string { return prefix + "a" + strconv.Itoa(i) }
	xs := make([]eventgraph.Extraction, n)
	for d := range xs {
		published := start.AddDate(0, 0, r.IntN(366))
		x := eventgraph.Extraction{Document: eventgraph.Document{
			ID: fmt.Sprintf("%sdoc%05d", prefix, d), Title: fmt.Sprintf("Synthetic report %d", d),
			Published: ptr(published.Format("2006-01-02")), Source: fmt.Sprintf("synthetic/%05d.txt", d),
			Hash: fmt.Sprintf("h%d", d)}}
		actors, places := map[int]bool{}, map[int]bool{}
		local := map[int]string{}
		k := 3 + r.IntN(4)
		for e := 0; e < k; e++ {
			ii := r.IntN(len(pool))
			if _, dup := local[ii]; dup {
				continue
			}
			in := pool[ii]
			eid := "e" + strconv.Itoa(e+1)
			local[ii] = eid
			actors[in.agent], actors[in.target], places[in.place] = true, true, true
			ag, tg, pl := synthActors[in.agent], synthActors[in.target], synthPlaces[in.place]
			agName := ag.name
			if len(ag.aliases) > 0 && r.IntN(2) == 0 {
				agName = ag.aliases[r.IntN(len(ag.aliases))]
			}
			ev := eventgraph.Event{ID: eid, Type: in.typ, Agents: []string{prefix + agName},
				Targets: []string{prefix + tg.name}, Locations: []string{prefix + pl.name},
				Date:     ptr(in.date.AddDate(0, 0, r.IntN(2)).Format("2006-01-02")),
				Evidence: fmt.Sprintf("%s carried out a %s against %s in %s.", agName, in.mode, tg.name, pl.name),
				Start:    e * 120, End: e*120 + 80}
			if in.mode != "" {
				ev.Mode = ptr(in.mode)
			}
			if in.fatalities > 0 {
				ev.Fatalities = ptr(in.fatalities + int64(r.IntN(5)))
			}
			x.Events = append(x.Events, ev)
			if in.retaliationFor >= 0 && r.IntN(2) == 0 {
				prev := pool[in.retaliationFor]
				pid := "e" + strconv.Itoa(100+e)
				if _, ok := local[in.retaliationFor]; !ok {
					local[in.retaliationFor] = pid
					actors[prev.agent], actors[prev.target], places[prev.place] = true, true, true
					x.Events = append(x.Events, eventgraph.Event{ID: pid, Type: prev.typ, Mode: ptr(prev.mode),
						Agents: []string{prefix + synthActors[prev.agent].name}, Targets: []string{prefix + synthActors[prev.target].name},
						Locations: []string{prefix + synthPlaces[prev.place].name}, Date: ptr(prev.date.Format("2006-01-02")),
						Evidence: "An earlier attack.", Start: e*120 + 90, End: e*120 + 110})
				}
				x.Links = append(x.Links, eventgraph.Link{Type: eventgraph.LinkRetaliation, From: eid, To: local[in.retaliationFor],
					Cue: "in response to", Evidence: ev.Evidence, Start: ev.Start, End: ev.End})
			}
			if r.IntN(3) == 0 {
				x.Claims = append(x.Claims, eventgraph.Claim{Speaker: prefix + tg.name,
					Text: fmt.Sprintf("%s will answer the %s in %s", tg.name, in.mode, pl.name), About: []string{eid},
					Verb: "said", Evidence: tg.name + " said it will answer.", Start: ev.End + 1, End: ev.End + 40})
			}
		}
		for _, i := range sortedKeys(actors) {
			a := synthActors[i]
			aliases := make([]string, len(a.aliases))
			for j, al := range a.aliases {
				aliases[j] = prefix + al
			}
			act := eventgraph.Actor{ID: id(i), Name: prefix + a.name, Kind: a.kind, Aliases: aliases,
				Evidence: &eventgraph.Evidence{Text: "First mention of " + a.name + ".", Start: 0, End: 40}}
			if a.country != "" {
				act.Country = ptr(a.country)
			}
			x.Actors = append(x.Actors, act)
		}
		for _, i := range sortedKeys(places) {
			p := synthPlaces[i]
			x.Locations = append(x.Locations, eventgraph.Location{ID: prefix + "p" + strconv.Itoa(i), Name: prefix + p.name,
				Kind: p.kind, Country: ptr(p.country), Lat: ptr(p.lat), Lon: ptr(p.lon)})
		}
		xs[d] = x
	}
	return xs
}

func sortedKeys(m map[int]bool) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// BenchmarkLoad loads a synthetic corpus of 10,000 articles (or
// EVENTGRAPH_BENCH_DOCS) into an empty corner of the test database and
// reports documents per second.
func BenchmarkLoad(b *testing.B) {
	s := openTest(b)
	const p = "b-load-"
	n := 10000
	if v, err := strconv.Atoi(os.Getenv("EVENTGRAPH_BENCH_DOCS")); err == nil && v > 0 {
		n = v
	}
	corpus := syntheticCorpus(p, n)
	ctx := context.Background()
	clean := func() {
		if err := deletePrefix(ctx, s, p); err != nil {
			b.Fatalf("clean: %v", err)
		}
	}
	clean()
	b.Cleanup(clean)
	b.ResetTimer()
	var total time.Duration
	var res LoadResult
	for i := 0; i < b.N; i++ {
		if i > 0 {
			b.StopTimer()
			clean()
			b.StartTimer()
		}
		t0 := time.Now()
		r, err := s.Load(ctx, corpus)
		if err != nil {
			b.Fatalf("Load: %v", err)
		}
		total += time.Since(t0)
		res = r
	}
	b.ReportMetric(float64(n*b.N)/total.Seconds(), "docs/s")
	b.Logf("%d documents in %v per load: %+v", n, total/time.Duration(b.N), res)
}
