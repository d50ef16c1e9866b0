package loader

import (
	"slices"
	"testing"

	"github.com/eventgraph/eventgraph"
)

// eventList runs the built-in extractor and returns event summaries.
func eventList(t *testing.T, text string) []string {
	t.Helper()
	fullOnce.Do(func() { fullX, fullErr = NewExtractor(Options{}) })
	if fullErr != nil {
		t.Fatal(fullErr)
	}
	pub := "2024-05-01"
	ex := fullX.Extract(eventgraph.Document{ID: "t", Text: text, Published: &pub})
	var out []string
	for _, e := range ex.Events {
		out = append(out, eventSummary(e))
	}
	return out
}

// TestEventIdentity: when reports are one event and when several.
func TestEventIdentity(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"'the <place> attack' is the attack told there before",
			"On 5 May, Russian forces shelled Kramatorsk, killing 12 civilians. The Kramatorsk attack was the deadliest in the region this month.",
			[]string{"ASSAULT artillery Armed Forces of the Russian Federation>civilians@Kramatorsk"}},
		{"'the <place> attack' at another place is another attack",
			"On 5 May, Russian forces shelled Kramatorsk, killing 12 civilians. The Kherson attack a week earlier had killed five.",
			[]string{"ASSAULT artillery Armed Forces of the Russian Federation>civilians@Kramatorsk",
				"ASSAULT  Armed Forces of the Russian Federation>@Kherson"}},
		{"a strike repeated 'again' is a second strike",
			"Russia shelled Kharkiv on Monday. Hours later, Russia shelled Kharkiv again.",
			[]string{"ASSAULT artillery Russia>@Kharkiv", "ASSAULT artillery Russia>@Kharkiv"}},
		{"a second report of the same strike adds to it",
			"Russia shelled Kharkiv on Monday. The Russian shelling of Kharkiv killed three people.",
			[]string{"ASSAULT artillery Russia>@Kharkiv"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := eventList(t, tc.text)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}
