package loader

import (
	"slices"
	"testing"
)

// Links of responses to campaigns, to strikes split by country, and
// agents of joined strikes.
func TestLinkCampaigns(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"strikes split by country each answer the cause of the series",
			"Pakistan carried out air strikes in Afghanistan and Iran on Thursday in retaliation for the Quetta bombing.",
			[]string{"ASSAULT airstrike Pakistan>@Afghanistan -> ASSAULT bombing >@Quetta",
				"ASSAULT airstrike Pakistan>@Iran -> ASSAULT bombing >@Quetta"}},
		{"a cause phrase set off by a comma takes no place of the response",
			"In retaliation for the bombing in Quetta, Pakistan carried out air strikes in Afghanistan.",
			[]string{"ASSAULT airstrike Pakistan>@Afghanistan -> ASSAULT bombing >@Quetta"}},
		{"a closing 'against X' after a long apposition is the campaign's target, and a retaliation answers the campaign rather than one act of it",
			"The offensive is a campaign by the Kachin Independence Army, an armed group founded in 1961 that controls much of the north of the country and is allied with other ethnic armies, against the Myanmar military. KIA fighters launched attacks on army posts in Bhamo. The junta has responded with airstrikes to retaliate.",
			[]string{"ASSAULT airstrike Myanmar Armed Forces>Kachin Independence Army@ -> ASSAULT ground_assault Kachin Independence Army>Myanmar Armed Forces@"}},
		{"'retaliatory strikes' are the response; they answer the latest act against the responder",
			"Al-Shabaab fighters stormed a hotel in Mogadishu on Friday. The Somali army launched retaliatory strikes on militant camps in Middle Shabelle.",
			[]string{"ASSAULT airstrike Somali National Army>@Middle Shabelle Region -> ASSAULT ground_assault al-Shabaab>@Mogadishu"}},
		{"a cause named by its kind only ('in reprisal for the capture') is the act told before",
			"The Arakan Army captured a police outpost in Maungdaw on Sunday. The junta bombed a village in Rakhine State in reprisal for the capture.",
			[]string{"ASSAULT bombing Myanmar Armed Forces>@Rakhine State -> COERCE occupation Arakan Army>@Maungdaw"}},
		{"'to avenge his killing' answers the killing told before; the possessor is the victim",
			"Israeli forces killed the Hamas commander Marwan Issa in Nuseirat on 10 March. Hamas fired rockets at Ashkelon on 12 March to avenge his killing.",
			[]string{"ASSAULT rocket_fire Hamas>@Ashkelon -> ASSAULT killing Israel Defense Forces>Hamas@Nuseirat"}},
		{"'we' in a quote opening the sentence is the body that speaks after it; the link is asserted by it",
			"\"We shelled the barracks in Kadugli in response to the army's bombing of our positions in Dilling,\" a spokesman for the SPLM-N said.",
			[]string{"ASSAULT artillery Sudan People's Liberation Movement-North>@Kadugli -> ASSAULT bombing Sudanese Armed Forces>Sudan People's Liberation Movement-North@Dilling"}},
		{"'prompting X to retaliate with strikes': the strikes are X's response to the act before",
			"Al-Shabaab fighters overran a base near Dhusamareb, prompting Ethiopia to retaliate with airstrikes on Bulo Burde.",
			[]string{"ASSAULT airstrike Ethiopia>@Bulo Burte -> COERCE occupation al-Shabaab>@Dhusamareb"}},
		{"'decided to retaliate with' makes its subject the maker of the response",
			"The RSF shelled Omdurman on Saturday. The Sudanese army decided to retaliate with drone strikes on Nyala.",
			[]string{"ASSAULT drone_strike Sudanese Armed Forces>@Nyala -> ASSAULT artillery Rapid Support Forces>@Omdurman"}},
		{"a cause given as a gerund clause takes the name before the gerund as its maker",
			"The army shelled Kidal in retaliation for the CSP-PSD attacking a convoy near Anefis.",
			[]string{"ASSAULT artillery Malian Armed Forces>@Kidal -> ASSAULT  Strategic Framework for the Defense of the People of Azawad>@Anefis"}},
		{"'hit back on Wednesday with strikes': the strikes are the responder's, over the time phrase",
			"Hezbollah fired drones at Nahariya on Tuesday. Israel hit back on Wednesday with strikes on Baalbek.",
			[]string{"ASSAULT airstrike Israel>@Baalbek -> ASSAULT drone_strike Hezbollah>@Nahariya"}},
		{"a definite cause at a place named before is the act told there, not a new one",
			"Al-Shabaab launched a mortar attack on Baidoa on Sunday. Ethiopian jets bombed militant camps near Dinsoor on Tuesday in response to the attack on Baidoa.",
			[]string{"ASSAULT airstrike Ethiopia>@Diinsoor -> ASSAULT artillery al-Shabaab>@Baidoa"}},
		{"an act on the responder's territory is aimed at it, and an act before a word",
			"Gunmen killed 20 pilgrims near Jammu on 3 June. India blamed Pakistan for the massacre. On 9 June, India struck six sites in Pakistan. Pakistan retaliated with artillery fire along the Line of Control.",
			[]string{"ASSAULT artillery Pakistan>@Line of Control -> ASSAULT airstrike India>@Pakistan"}},
		{"a counteroffensive followed by its purpose is an offensive, and answers the act before it",
			"Al-Shabaab fighters overran the town of Mahas on Monday. In response, Somali troops launched a counteroffensive to retake the town.",
			[]string{"ASSAULT ground_assault Somali National Army>al-Shabaab@ -> COERCE occupation al-Shabaab>@"}},
		{"'jihadists from JNIM' are JNIM acting; a closing 'in reprisal' answers their attack",
			"Jihadists from JNIM attacked an army post in Djibo on Monday. On Wednesday, Burkinabe troops carried out drone strikes on militant hideouts near Djibo in reprisal.",
			[]string{"ASSAULT drone_strike Armed Forces of Burkina Faso>@Djibo -> ASSAULT  Jama'at Nusrat al-Islam wal-Muslimin>@Djibo"}},
		{"retaliatory strikes only prepared are no response",
			"Hezbollah fired rockets at Nahariya on Sunday. Israel is preparing retaliatory strikes on southern Lebanon.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := linkSummaries(t, tt.text)
			if !slices.Equal(got, tt.want) {
				t.Errorf("links of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestCampaignParts(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"who joined another in striking acts too",
			"On 2 May France joined the United States in conducting airstrikes on Houthi targets in Yemen.",
			[]string{"ASSAULT airstrike France,United States>Houthis@Yemen"}},
		{"attacks in a region of the campaign's country are an act of it, not the campaign told again",
			"The M23 rebels launched an offensive against the Congolese army in the Democratic Republic of the Congo. M23 fighters launched attacks on the Congolese army in North Kivu.",
			[]string{"ASSAULT ground_assault March 23 Movement>Armed Forces of the Democratic Republic of the Congo@Democratic Republic of the Congo",
				"ASSAULT  March 23 Movement>Armed Forces of the Democratic Republic of the Congo@North Kivu"}},
		{"a police outpost captured is a place taken, not people",
			"The Kachin Independence Army captured a police outpost near Bhamo on Sunday.",
			[]string{"COERCE occupation Kachin Independence Army>@Bhamo"}},
		{"who ties are cut with is the target",
			"Mali cut diplomatic ties with Algeria in April.",
			[]string{"SANCTION relations Mali>Algeria@"}},
		{"a threat verb and the act it promises are one threat",
			"The Houthis vowed to respond with missile strikes on Eilat.",
			[]string{"THREATEN vow Houthis>@Eilat"}},
		{"an offensive only being prepared is no event",
			"The Congolese army was preparing an offensive on Goma.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := eventsOf(t, tt.text)
			if !slices.Equal(got, tt.want) {
				t.Errorf("events of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// A link told inside reported speech is asserted by the body that speaks,
// named after the quote or through its unnamed spokesman.
func TestLinkAssertedBy(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Russia launched 90 drones at Kharkiv in what it called a response to Ukrainian attacks on Russian airfields, saying the strikes hit military targets.", "Russia"},
		{"\"We shelled the barracks in Kadugli in response to the army's bombing of our positions in Dilling,\" a spokesman for the SPLM-N said.",
			"Sudan People's Liberation Movement-North"},
		{"A spokesman for the Houthis said the group fired missiles at Eilat in retaliation for Israeli strikes on Hodeidah.", "Houthis"},
		{"Israeli aircraft struck Houthi ports in Hodeidah in retaliation for a missile attack on Ben Gurion airport.", ""},
	}
	for _, tt := range tests {
		ex := extractDefault(t, tt.text)
		if len(ex.Links) != 1 || ex.Links[0].AssertedBy != tt.want {
			t.Errorf("links of %q: %+v, want one asserted by %q", tt.text, ex.Links, tt.want)
		}
	}
}
