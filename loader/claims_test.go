package loader

import (
	"strings"
	"testing"
)

// claimsOf extracts a text with the small test dictionary and returns its
// claims as "speaker: text" lines.
func claimsOf(t *testing.T, text string) []string {
	t.Helper()
	ex := extractText(t, "2024-05-01", text)
	var out []string
	for _, c := range ex.Claims {
		out = append(out, c.Speaker+": "+c.Text)
	}
	return out
}

// checkClaims compares claims as "speaker: text" with wanted "speaker:
// fragment" lines, in order.
func checkClaims(t *testing.T, name string, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d claims %q, want %d", name, len(got), got, len(want))
		return
	}
	for i, w := range want {
		sp, frag, _ := strings.Cut(w, ": ")
		if !strings.HasPrefix(got[i], sp+": ") || !strings.Contains(got[i], frag) {
			t.Errorf("%s: claim %d = %q, want %q", name, i, got[i], w)
		}
	}
}

// TestSpeechVerbUse: when a speech verb reports a statement, with the
// built-in cue lexicon.
func TestSpeechVerbUse(t *testing.T) {
	tests := []struct {
		text string
		want []string // speaker: fragment, in order
	}{
		{"Hezbollah confirmed a drone had struck Haifa overnight.", []string{"Hezbollah: a drone had struck Haifa"}},
		{"Hezbollah confirmed a ceasefire with Israel.", nil},
		{"Russia's strikes on Kharkiv have been condemned across Europe.", nil},
		{"The deal was confirmed by Qatar, which said talks would resume.", []string{"Qatar: talks would resume"}},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range extractDefault(t, tt.text).Claims {
			got = append(got, c.Speaker+": "+c.Text)
		}
		ok := len(got) == len(tt.want)
		for i := 0; ok && i < len(got); i++ {
			sp, frag, _ := strings.Cut(tt.want[i], ": ")
			ok = strings.HasPrefix(got[i], sp+": ") && strings.Contains(got[i], frag)
		}
		if !ok {
			t.Errorf("claims of %q = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestClaimSpeakersAndBoundaries(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "speaker: fragment" each claim must match, in order
	}{
		{"coordinated speakers", "Hamas and Hezbollah said the strike on Haifa was a response.",
			[]string{"Hamas: the strike on Haifa", "Hezbollah: the strike on Haifa"}},
		{"inverted attribution after a clause", "The army has withdrawn from the town, says Defense Minister Omar Haddad.",
			[]string{"Omar Haddad: The army has withdrawn from the town"}},
		{"attribution at the end", "In the last week, 40 fighters were killed near Kharkiv, Zelensky said.",
			[]string{"Volodymyr Zelensky: 40 fighters were killed near Kharkiv"}},
		{"relative pronoun speaker", "The talks stalled over Moscow, which says the deal is dead.",
			[]string{"Russia: the deal is dead"}},
		{"nested speech stays in the outer claim", "Zelensky says Russia claimed that the town had fallen.",
			[]string{"Volodymyr Zelensky: Russia claimed that the town had fallen"}},
		{"quotation over two sentences", "“The town is calm. Nobody has left,” Zelensky said.",
			[]string{"Volodymyr Zelensky: The town is calm. Nobody has left"}},
		{"negated speech is no claim", "Israel has never confirmed that it carried out the strike.", nil},
		{"claims as a noun", "Hamas rejected Israeli claims of a misfired rocket.", nil},
		{"pronoun takes the last speaker", "Zelensky said the front was holding. Omar Haddad, a farmer, lost his home. “We will rebuild,” he said.",
			[]string{"Volodymyr Zelensky: the front was holding", "Volodymyr Zelensky: We will rebuild"}},
	}
	for _, tt := range tests {
		checkClaims(t, tt.name, claimsOf(t, tt.text), tt.want)
	}
}
