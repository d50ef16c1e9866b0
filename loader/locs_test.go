package loader

import (
	"strings"
	"testing"
)

// placeNamesOf lists the document's locations, in order.
func placeNamesOf(t *testing.T, text string) []string {
	t.Helper()
	var out []string
	for _, l := range extractDefault(t, text).Locations {
		out = append(out, l.Name)
	}
	return out
}

func TestLocationsPrecision(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a sanctioned state is not the place of the sanctions",
			"The European Union imposed new sanctions against Russia on Friday.", nil, []string{"Russia"}},
		{"a capital that stands for the sanctioned state is no place",
			"Canada eased the sanctions it had imposed on Moscow.", nil, []string{"Moscow", "Russia"}},
		{"a warned state is not the place of the warning",
			"The Sudanese army warned Chad against arming the RSF.", nil, []string{"Chad"}},
		{"a third country where talks happen stays",
			"Russia and Ukraine held talks in Istanbul on Monday.", []string{"Istanbul"}, nil},
		{"a whole country is no scene by itself, a town is",
			"Fighting broke out in Chad on Monday. Shelling hit a crowded market in Omdurman. The United Nations called for calm. Aid agencies said supplies were running low. The Sudanese army said it had repelled the RSF.",
			[]string{"Omdurman"}, []string{"Chad"}},
		{"a continent is no scene",
			"Clashes spread across Africa last year. Shelling hit a crowded market in Goma. The African Union called for calm. Aid agencies said supplies were running low. The Congolese army said it had repelled the rebels.",
			[]string{"Goma"}, []string{"Africa"}},
		{"a longer name after the article wins over 'the Gulf'",
			"Houthi forces fired a missile at a tanker in the Gulf of Aden.", []string{"Gulf of Aden"}, []string{"Persian Gulf", "Aden"}},
		{"the Gulf of Guinea is a sea of its own",
			"Pirates attacked an oil tanker in the Gulf of Guinea on Sunday.", []string{"Gulf of Guinea"}, []string{"Persian Gulf"}},
		{"'the Gulf' alone is still the Persian Gulf",
			"Iran seized an oil tanker in the Gulf on Sunday.", []string{"Persian Gulf"}, nil},
		{"where hostages come from is not where they were taken",
			"Gunmen seized a bus and took 30 passengers hostage, including nationals from Pakistan, Nepal and the Philippines.",
			nil, []string{"Pakistan", "Nepal", "Philippines"}},
		{"refugees from a town killed elsewhere",
			"Israeli strikes killed 20 refugees from Jabalia in Rafah.", []string{"Rafah"}, []string{"Jabalia"}},
		{"the country after a place in it is a place, not an actor",
			"Al-Shabaab fighters stormed a hotel in Kismayo, Somalia, on Friday.", []string{"Kismayo", "Somalia"}, nil},
		{"a country's possessive after a place still speaks",
			"Russian drones struck Odesa, Ukraine's air force said.", []string{"Odesa"}, []string{"Ukraine"}},
		{"a border-spanning name after the story's own place of it is that place",
			"Turkish drones struck a village in the Kurdistan Region on Monday. Ankara said it had hit PKK positions in Kurdistan.",
			[]string{"Kurdistan Region"}, []string{"Kurdistan"}},
		{"a border-spanning name alone stays itself",
			"Turkish drones struck PKK positions in Kurdistan on Monday.", []string{"Kurdistan"}, nil},
		{"a column's route is its place, where it heads is not",
			"RSF fighters advanced through North Kordofan towards Khartoum on Sunday.",
			[]string{"North Kordofan"}, []string{"Khartoum"}},
		{"who gives support is no place",
			"Sudanese troops raided an RSF base in Omdurman with air support from Egypt.",
			[]string{"Omdurman"}, []string{"Egypt"}},
		{"a country named to place a scene is listed with it",
			"A car bomb exploded near a market in Mogadishu, Somalia, on Saturday. Dozens of people were wounded. The African Union called for calm. Aid agencies said hospitals were overwhelmed. The Somali army said it had repelled the militants.",
			[]string{"Mogadishu", "Somalia"}, nil},
		{"a state named after 'in' is the territory where the act happened",
			"In eastern Chad, government troops clashed with rebels on Sunday.", []string{"Chad"}, nil},
		{"a place that names a war is not the scene",
			"Hezbollah fired rockets at Kiryat Shmona two weeks into the Gaza war.", []string{"Kiryat Shmona"}, []string{"Gaza Strip"}},
		{"places after 'including' extend the slot",
			"Russian forces shelled towns across Donetsk Oblast, including Kramatorsk, on Tuesday.", []string{"Donetsk Oblast", "Kramatorsk"}, nil},
		{"the neighbour across a border is no place of the act",
			"Al-Shabaab fighters attacked a police post in Mandera along the border with Somalia.", []string{"Mandera"}, []string{"Somalia"}},
		{"'the country' is not the neighbour across the border",
			"RSF fighters attacked army posts in North Darfur along the border with Chad. The RSF has since launched offensives across the country.",
			[]string{"North Darfur"}, []string{"Chad"}},
		{"a strike on a state's city stays its place",
			"Russia fired missiles at Kharkiv on Monday.", []string{"Kharkiv"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := placeNamesOf(t, tt.text)
			j := "|" + strings.Join(got, "|") + "|"
			for _, w := range tt.want {
				if !strings.Contains(j, "|"+w+"|") {
					t.Errorf("Extract(%q) locations = %q, want %q among them", tt.text, got, w)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(j, "|"+w+"|") {
					t.Errorf("Extract(%q) locations = %q, want no %q", tt.text, got, w)
				}
			}
		})
	}
}

func TestCountryQualifierIsNoAgent(t *testing.T) {
	ex := extractDefault(t, "Two bombs exploded near a mosque in Maiduguri, Nigeria, on Friday.")
	for _, a := range ex.Actors {
		if a.Name == "Nigeria" {
			t.Errorf("Nigeria named as where Maiduguri is became an actor: %+v", ex.Actors)
		}
	}
	for _, e := range ex.Events {
		for _, a := range e.Agents {
			if a == "Nigeria" {
				t.Errorf("event %s has the place's country as its agent", eventSummary(e))
			}
		}
	}
}
