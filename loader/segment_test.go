package loader

import (
	"reflect"
	"testing"
)

func TestSegment(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Israel struck Gaza. Hamas fired rockets.", []string{"Israel struck Gaza.", "Hamas fired rockets."}},
		{"U.S. officials met Mr. Smith on Monday. He left.", []string{"U.S. officials met Mr. Smith on Monday.", "He left."}},
		{"Troops entered Gen. Ali's base at 3 p.m. local time.", []string{"Troops entered Gen. Ali's base at 3 p.m. local time."}},
		{"“We will respond,” he said. The army agreed.", []string{"“We will respond,” he said.", "The army agreed."}},
		{"It cost 1.5 million dollars. No one paid.", []string{"It cost 1.5 million dollars.", "No one paid."}},
		{"First paragraph\n\nSecond one here.", []string{"First paragraph", "Second one here."}},
		{"Sanctions hit the U.S. The talks failed.", []string{"Sanctions hit the U.S.", "The talks failed."}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Segment(tt.in) {
			got = append(got, s.Text)
			if tt.in[s.Start:s.End] != s.Text {
				t.Errorf("Segment(%q): span %d-%d is %q, text %q", tt.in, s.Start, s.End, tt.in[s.Start:s.End], s.Text)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Segment(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Israel's strikes", []string{"Israel", "'s", "strikes"}},
		{"Kata'ib Hezbollah fired 5,000 rockets.", []string{"Kata'ib", "Hezbollah", "fired", "5,000", "rockets", "."}},
		{"the U.S. military", []string{"the", "U.S.", "military"}},
		{"al-Qassam Brigades’ fighters", []string{"al-Qassam", "Brigades", "’", "fighters"}},
		{"Hamas-led attack on 2023-10-07", []string{"Hamas-led", "attack", "on", "2023-10-07"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokenize(tt.in, 10) {
			got = append(got, tok.Text)
			if tt.in[tok.Start-10:tok.End-10] != tok.Text {
				t.Errorf("Tokenize(%q): token %q has span %d-%d", tt.in, tok.Text, tok.Start, tok.End)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
