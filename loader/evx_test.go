package loader

import "testing"

// TestEvxFighting: attributive trigger words, "battles for X between A and
// B", fighting or truces nobody is said to wage, causes a speaker names and
// the charges of accusations.
func TestEvxFighting(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // substrings of eventSummary, one per event, in order
		not        []string // no event summary may contain these
	}{
		{"launch sites are a target, not a launch",
			"Israeli jets struck rocket launch sites in southern Lebanon on Friday.",
			[]string{"ASSAULT airstrike Israeli Air Force>@southern Lebanon"}, []string{"rocket_fire"}},
		{"attack helicopters are a weapon, not an attack",
			"The junta deployed attack helicopters to Sagaing Region.",
			nil, []string{"ASSAULT"}},
		{"battles for control between two sides",
			"The town saw weeks of battles for control between the Sudanese Armed Forces and the Rapid Support Forces.",
			[]string{"ASSAULT armed_clash Sudanese Armed Forces,Rapid Support Forces>"}, nil},
		{"fighting that breaks out again is between the same sides",
			"Heavy fighting between the Sudanese Armed Forces and the Rapid Support Forces erupted in Nyala in June. The army said its troops held the airport. Clashes broke out again in late August.",
			[]string{"ASSAULT armed_clash Sudanese Armed Forces,Rapid Support Forces>@Nyala", "ASSAULT armed_clash Sudanese Armed Forces,Rapid Support Forces>@Nyala"}, nil},
		{"a truce the fighting ended in is the fighters'",
			"The battle between the Tatmadaw and the Arakan Army in Paletwa lasted ten days and ended in a ceasefire. The Arakan Army said it lost two fighters. Residents fled the town.",
			[]string{"ASSAULT armed_clash", "AGREE ceasefire Myanmar Armed Forces,Arakan Army>"}, nil},
		{"a cause a speaker names is an accusation",
			"The Houthis said the blast was caused by a US airstrike on the port.",
			[]string{"ACCUSE allege Houthis>United States"}, []string{"ASSAULT"}},
		{"an attack said to be orchestrated from abroad",
			"Ukrainian officials claimed the explosion at the depot was orchestrated by Russia.",
			[]string{"ACCUSE allege Ukrainian officials>Russia"}, []string{"ASSAULT"}},
		{"a finding without a speech verb is no accusation",
			"Investigators found the fire was caused by a faulty cable.",
			nil, []string{"ACCUSE"}},
		{"the charge of an accusation is not an act",
			"Sudan's army accused the United Arab Emirates of supplying weapons to the RSF.",
			[]string{"ACCUSE allege Sudanese Armed Forces>United Arab Emirates"}, []string{"AID", "SUPPORT"}},
		{"blame for an attack keeps the attack",
			"Israel blamed Hezbollah for the rocket attack on Metula.",
			[]string{"ACCUSE allege Israel>Hezbollah", "ASSAULT"}, nil},
		{"the junta as subject is the state military",
			"Myanmar's generals faced mass protests. The junta imposed martial law on three districts of Mandalay.",
			[]string{"COERCE martial_law Myanmar Armed Forces>"}, nil},
		{"unnamed security forces as subject",
			"Protests spread across Myanmar. A UN official said security forces have arrested hundreds of students in Mandalay.",
			[]string{"COERCE arrest Myanmar Armed Forces>"}, nil},
		{"the army of the side named before",
			"The Sudanese Armed Forces lost ground near Omdurman. The army later shelled positions in Bahri.",
			[]string{"ASSAULT artillery Sudanese Armed Forces>"}, nil},
		{"a possessive phrase is no bare force",
			"The leader of the army said the talks failed.",
			nil, []string{"Armed Forces"}},
		{"an attack feared is not an attack",
			"Herders in Darfur avoid the wells for fear of attack by the RSF.",
			nil, []string{"ASSAULT"}},
		{"fleeing, fearing airstrikes",
			"Thousands fled Nyala, fearing airstrikes by the Sudanese Armed Forces.",
			nil, []string{"ASSAULT"}},
		{"aid workers are people, not aid",
			"Two aid workers were wounded in Rafah.",
			nil, []string{"AID"}},
		{"a verb and its object is no modifier",
			"The RSF attacked workers at the market in El Fasher.",
			[]string{"ASSAULT  Rapid Support Forces>"}, nil},
		{"seizing power is a coup",
			"The army seized power in Niger in July 2023.",
			[]string{"COERCE coup Nigerien Armed Forces>@Niger"}, []string{"occupation"}},
		{"seizing a town stays an occupation",
			"M23 rebels seized the town of Kalehe.",
			[]string{"COERCE occupation"}, []string{"coup"}},
		{"the cause of the blast was ... by",
			"Officials in Kyiv said that the cause of the fire was a drone strike by Russia.",
			[]string{"ACCUSE allege Officials in Kyiv>Russia"}, []string{"drone_strike"}},
		{"an article keeps its central act whoever did it",
			"A powerful explosion hit a crowded market in Kassala on Monday. Dozens of shoppers were wounded. The explosion destroyed a row of shops. Witnesses said the blast was heard across the city. Nobody has claimed the explosion so far.",
			[]string{"ASSAULT bombing >@Kassala"}, nil},
		{"an act judged unlikely is no act",
			`Monitors said the evidence made a Sudanese airstrike "highly unlikely".`,
			nil, []string{"ASSAULT"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEventsInOrder(t, tt.text, tt.want, tt.not)
		})
	}
}

// TestEvxPossessiveWeekday: "Monday's attack" dates its noun; another day
// named in the sentence dates the clause.
func TestEvxPossessiveWeekday(t *testing.T) {
	ex := extractDefault(t, "Pakistan blamed India for Monday's attack in Quetta, a charge India rejected Tuesday.")
	for _, e := range ex.Events {
		if e.Type == "REJECT" {
			if e.Date == nil || *e.Date != "2024-04-30" {
				t.Errorf("REJECT date = %v, want 2024-04-30", e.Date)
			}
			return
		}
	}
	t.Errorf("no REJECT event in %v", ex.Events)
}
