package loader

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph"
)

func extractText(t *testing.T, pub, text string) eventgraph.Extraction {
	t.Helper()
	x := NewExtractorWith(testDict(t))
	doc := eventgraph.Document{ID: "t", Text: text}
	if pub != "" {
		doc.Published = &pub
	}
	return x.Extract(doc)
}

// eventSummary is "TYPE mode agents>targets@places" for compact checks.
func eventSummary(e eventgraph.Event) string {
	return e.Type + " " + deref(e.Mode) + " " + strings.Join(e.Agents, ",") + ">" + strings.Join(e.Targets, ",") + "@" + strings.Join(e.Locations, ",")
}

// eventsOf runs Extract and returns the summaries of its events.
func eventsOf(t *testing.T, text string) []string {
	t.Helper()
	var got []string
	for _, e := range extractDefault(t, text).Events {
		got = append(got, eventSummary(e))
	}
	return got
}

// checkEventsInOrder: the events of text include, in order, one whose
// summary holds each of want, and none whose summary holds any of not.
func checkEventsInOrder(t *testing.T, text string, want, not []string) {
	t.Helper()
	got := eventsOf(t, text)
	all := strings.Join(got, "|")
	k := 0
	for _, g := range got {
		if k < len(want) && strings.Contains(g, want[k]) {
			k++
		}
	}
	if k < len(want) {
		t.Errorf("Extract(%q) events = %q, want in order %q", text, got, want)
	}
	for _, n := range not {
		if strings.Contains(all, n) {
			t.Errorf("Extract(%q) events = %q, want none with %q", text, got, n)
		}
	}
}

func TestEventFrames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"active verb with weapon", "Hezbollah fired rockets at Haifa on Tuesday.",
			[]string{"ASSAULT rocket_fire Hezbollah>@Haifa"}},
		{"passive with by-agent keeps direction", "Rockets were fired at Israel from southern Lebanon by Hezbollah.",
			[]string{"ASSAULT rocket_fire Hezbollah>Israel@Israel,southern Lebanon"}},
		{"demonym noun trigger", "Israeli airstrikes on the Gaza Strip continued.",
			[]string{"ASSAULT airstrike Israel>@Gaza Strip"}},
		{"object target", "The RSF attacked the Sudanese army in El Fasher.",
			[]string{"ASSAULT  Rapid Support Forces>Sudanese Armed Forces@El Fasher"}},
		{"threat is not an event", "Hezbollah vowed to attack Israel.", nil},
		{"negation is not an event", "The army did not strike Haifa.", nil},
		{"hypothesis is not an event", "If Russia attacks Kharkiv, Ukraine will respond.", nil},
		{"repeated report is one event", "Russian forces shelled Kharkiv on Monday. The shelling of Kharkiv lasted hours.",
			[]string{"ASSAULT artillery Russian forces>@Kharkiv"}},
		{"distinct strikes stay distinct", "Russia shelled Kharkiv. Hezbollah fired rockets at Haifa.",
			[]string{"ASSAULT artillery Russia>@Kharkiv", "ASSAULT rocket_fire Hezbollah>@Haifa"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractText(t, "2024-05-01", tt.text)
			var got []string
			for _, e := range ex.Events {
				got = append(got, eventSummary(e))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Extract(%q) events = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestFatalitiesAndQuantity(t *testing.T) {
	tests := []struct {
		text            string
		fatal, quantity int64
	}{
		{"An Israeli strike on Haifa killed three children and their grandmother.", 4, 0},
		{"Hezbollah fired 5,000 rockets at Israel.", 0, 5000},
		{"Russian forces shelled Kharkiv, killing at least 12 people.", 12, 0},
	}
	for _, tt := range tests {
		ex := extractText(t, "2024-05-01", tt.text)
		if len(ex.Events) == 0 {
			t.Errorf("Extract(%q): no event", tt.text)
			continue
		}
		e := ex.Events[0]
		if tt.fatal > 0 && (e.Fatalities == nil || *e.Fatalities != tt.fatal) {
			t.Errorf("Extract(%q) fatalities = %v, want %d", tt.text, ptr(e.Fatalities), tt.fatal)
		}
		if tt.quantity > 0 && (e.Quantity == nil || *e.Quantity != tt.quantity) {
			t.Errorf("Extract(%q) quantity = %v, want %d", tt.text, ptr(e.Quantity), tt.quantity)
		}
	}
}

func ptr(p *int64) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestDates(t *testing.T) {
	tests := []struct {
		pub, text, want string
	}{
		{"2023-10-07", "Hamas attacked Israel on Saturday.", "2023-10-07"}, // a Saturday: that day
		{"2023-10-09", "Hamas attacked Israel on Saturday.", "2023-10-07"},
		{"2023-11-07", "Israel struck Haifa on 27 October.", "2023-10-27"},
		{"2024-01-03", "Russia shelled Kharkiv on December 30.", "2023-12-30"},
		{"2024-05-01", "Russia shelled Kharkiv yesterday.", "2024-04-30"},
		{"2024-05-01", "Russia shelled Kharkiv in March.", ""},
	}
	for _, tt := range tests {
		ex := extractText(t, tt.pub, tt.text)
		if len(ex.Events) != 1 {
			t.Errorf("Extract(%q): %d events, want 1", tt.text, len(ex.Events))
			continue
		}
		if got := deref(ex.Events[0].Date); got != tt.want {
			t.Errorf("Extract(%q) published %s: date %q, want %q", tt.text, tt.pub, got, tt.want)
		}
	}
}

// TestDatesInContext checks the date of the last event of a text whose
// earlier sentences set the year.
func TestDatesInContext(t *testing.T) {
	tests := []struct {
		name, pub, text, want string
	}{
		{"year named earlier in the sentence", "2025-02-01",
			"The RSF began attacking villages in November 2022, months after the Sudanese army shelled El Fasher on 3 July.", "2022-07-03"},
		{"day after publication is last year's", "2025-02-01",
			"The Sudanese army shelled El Fasher on 3 July.", "2024-07-03"},
		{"a header date the text outruns is the topic's, not publication", "2025-02-01",
			"On 20 March 2025, Russia shelled Kharkiv. On 3 July, the RSF shelled El Fasher.", "2025-07-03"},
		{"no publication date: the last year named", "",
			"The siege began on 2 May 2023. On 14 June, the RSF shelled El Fasher.", "2023-06-14"},
		{"an event noun dated right after itself keeps its own date", "2025-02-01",
			"On 14 January 2025, the army shelled Nyala in response to the RSF attack on El Fasher on 9 January.", "2025-01-09"},
		{"a campaign told by month takes the day a later reference gives it", "2025-05-01",
			"In March 2025, Israel launched a wave of airstrikes on Hezbollah targets in Lebanon. The airstrikes began on March 22, hitting weapons depots.", "2025-03-22"},
		{"mid-month stops the inherited day", "2025-04-01",
			"On 2 January 2025, Russia shelled Kharkiv. By mid-March 2025, the RSF had attacked El Fasher.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractText(t, tt.pub, tt.text)
			if len(ex.Events) == 0 {
				t.Fatalf("Extract(%q): no events", tt.text)
			}
			if got := deref(ex.Events[len(ex.Events)-1].Date); got != tt.want {
				t.Errorf("Extract(%q) published %q: last event's date %q, want %q", tt.text, tt.pub, got, tt.want)
			}
		})
	}
}

func TestClaims(t *testing.T) {
	tests := []struct {
		text, speaker, contains string
	}{
		{"Zelensky said Russian drones struck Kharkiv overnight.", "Volodymyr Zelensky", "Russian drones struck Kharkiv"},
		{"“We will not stop,” Hezbollah said.", "Hezbollah", "We will not stop"},
		{"The strike killed nine people, according to the RSF.", "Rapid Support Forces", "The strike killed nine people"},
		{"Defense Minister Omar Haddad said the army was ready.", "Omar Haddad", "the army was ready"},
	}
	for _, tt := range tests {
		ex := extractText(t, "2024-05-01", tt.text)
		if len(ex.Claims) == 0 {
			t.Errorf("Extract(%q): no claim, want one by %s", tt.text, tt.speaker)
			continue
		}
		c := ex.Claims[0]
		if c.Speaker != tt.speaker || !strings.Contains(c.Text, tt.contains) {
			t.Errorf("Extract(%q) claim = %s: %q, want %s: ...%q...", tt.text, c.Speaker, c.Text, tt.speaker, tt.contains)
		}
	}
}

func TestRetaliationLinks(t *testing.T) {
	tests := []struct {
		name, text string
		from, to   string // event summaries
	}{
		{"cause inside the cue phrase",
			"Hezbollah fired rockets at Haifa in retaliation for Israeli airstrikes on southern Lebanon.",
			"ASSAULT rocket_fire Hezbollah>@Haifa", "ASSAULT airstrike Israel>Hezbollah@southern Lebanon"}, // the cause hit the responder
		{"response points back across sentences",
			"Hezbollah fired rockets at Haifa. In response, the Israeli army struck southern Lebanon.",
			"ASSAULT airstrike Israel Defense Forces>@southern Lebanon", "ASSAULT rocket_fire Hezbollah>@Haifa"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractText(t, "2024-05-01", tt.text)
			byID := map[string]string{}
			for _, e := range ex.Events {
				byID[e.ID] = eventSummary(e)
			}
			if len(ex.Links) != 1 {
				b, _ := json.Marshal(ex.Events)
				t.Fatalf("Extract(%q): %d links, want 1; events %s", tt.text, len(ex.Links), b)
			}
			l := ex.Links[0]
			if byID[l.From] != tt.from || byID[l.To] != tt.to {
				t.Errorf("link %s -> %s, want %s -> %s", byID[l.From], byID[l.To], tt.from, tt.to)
			}
		})
	}
}

func TestWeakCueMakesNoLink(t *testing.T) {
	ex := extractText(t, "2024-05-01", "Hezbollah fired rockets at Haifa after Israeli airstrikes on southern Lebanon.")
	if len(ex.Links) != 0 {
		t.Errorf("weak cue 'after' made links: %+v", ex.Links)
	}
}

func TestDeterministic(t *testing.T) {
	text := "Hezbollah fired rockets at Haifa. In response, the Israeli army struck southern Lebanon, Zelensky said."
	a, _ := json.Marshal(extractText(t, "2024-05-01", text))
	for range 5 {
		b, _ := json.Marshal(extractText(t, "2024-05-01", text))
		if string(a) != string(b) {
			t.Fatalf("Extract is not deterministic:\n%s\n%s", a, b)
		}
	}
}
