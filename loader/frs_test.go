package loader

import "testing"

// TestFrsFresh: agents, targets and acts in sentences shaped like fresh wire
// copy: a participle after an event noun of a light verb, a spokesman's claim
// of responsibility for his group's act, and words for people that name no
// actor.
func TestFrsFresh(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // substrings of eventSummary, one per event, in order
		not        []string // no event summary may contain these
	}{
		{"a participle after an imposed noun shares its subject",
			"The European Union imposed sanctions on Rwandan general James Kabarebe on Monday, accusing him of backing the M23 rebels.",
			[]string{"SANCTION sanctions European Union>", "ACCUSE allege European Union>"}, []string{"ACCUSE allege James Kabarebe"}},
		{"the spokesman's claim leaves the act to his group",
			"Al-Shabaab fighters stormed a military base near Kismayo on Thursday. Al-Shabaab spokesman Ali Dhere claimed responsibility for the attack.",
			[]string{"ASSAULT ground_assault al-Shabaab>"}, []string{"Ali Dhere>"}},
		{"a claim by one not of the group still takes the act",
			"Gunmen stormed a police post in Tillaberi. The Islamic State Sahel Province later claimed responsibility for the attack.",
			[]string{"Islamic State Sahel Province>@Tillaberi"}, nil},
		{"others wounded are no target",
			"A car bomb exploded at a checkpoint in Baidoa on Sunday, killing six soldiers and wounding 14 others.",
			nil, []string{">others"}},
		{"police who speak are not the group told of before",
			"The Barbecue gang claimed responsibility for the raid on Mirebalais. Police said they had sent armoured vehicles to the town.",
			nil, []string{"MOBILIZE mobilization Barbecue"}},
		{"a named speaker still answers for its pronoun",
			"The Kenyan army said it had deployed troops to Lamu.",
			[]string{"MOBILIZE"}, nil},
		{"talks on a truce make no truce",
			"Turkey and Saudi Arabia are hosting talks on a truce in Sudan.",
			[]string{"CONSULT"}, []string{"AGREE"}},
		{"efforts toward a peace deal make no deal",
			"Kenya stepped up efforts toward a peace deal between the army and the rebels in South Sudan.",
			nil, []string{"AGREE"}},
		{"a truce agreed stays an agreement",
			"The army and the Arakan Army agreed to a truce in Rakhine on Monday.",
			[]string{"AGREE ceasefire"}, nil},
		{"the killing of one of its commanders is an act of its own",
			"The PDF said it ambushed the convoy in retaliation for the killing of one of its commanders in an airstrike by the Myanmar military near Mindat last month.",
			[]string{"ASSAULT shooting People's Defence Force>", "ASSAULT airstrike Myanmar Armed Forces>People's Defence Force"}, nil},
		{"a name ending in a weapon word gives it back to the strike",
			"Three fishermen were killed in an Israeli drone strike off the coast of Tyre.",
			[]string{"ASSAULT drone_strike Israeli Air Force>"}, nil},
		{"a military operation keeps its name",
			"It was the largest U.S. military operation in the region in years.",
			nil, []string{"United States Armed Forces"}},
		{"the one hit is no attacker of itself",
			"A Fano commander was killed in a drone strike near Gondar.",
			[]string{"ASSAULT drone_strike >Fano"}, nil},
		{"a denial and then an accusation",
			"Al-Shabaab denied attacking the hotel and accused Somali troops of killing the guests.",
			[]string{"REJECT denial al-Shabaab>", "ACCUSE allege al-Shabaab>"}, nil},
		{"a proposal rejected and a side blamed",
			"The M23 rejected the proposal and blamed Kinshasa for the collapse of the talks.",
			[]string{"REJECT", "ACCUSE allege March 23 Movement>"}, nil},
		{"a denied act joined by -ing stays denied",
			"Russia denied shelling the market and killing civilians.",
			[]string{"REJECT denial Russia>"}, []string{"ASSAULT"}},
		{"an auxiliary negates both verbs",
			"The army has not attacked and occupied the town.",
			nil, []string{"ASSAULT", "occupation"}},
		{"the army accused is the army named before",
			"The Sudanese army shelled Nyala on Friday. The RSF accused the army of killing 30 civilians.",
			[]string{"ASSAULT", "ACCUSE allege Rapid Support Forces>Sudanese Armed Forces"}, nil},
		{"the police accused are the police named before",
			"Kenyan police fired tear gas at students in Kisumu. Human Rights Watch accused the police of beating detainees.",
			[]string{"ACCUSE allege Human Rights Watch>National Police Service of Kenya"}, nil},
		{"the army of another state is no back-reference",
			"The Sudanese army shelled Nyala. The RSF accused the army of Chad of arming its rivals.",
			nil, []string{">Sudanese Armed Forces"}},
		{"'it' after a leader's word is the body he leads",
			"The Myanmar military lost several bases in Shan State. The Arakan Army seized Paletwa. Min Aung Hlaing's office said it would launch a counteroffensive.",
			[]string{"THREATEN ground_assault Myanmar Armed Forces>"}, nil},
		{"protesters who storm a building riot",
			"Angry demonstrators stormed the governor's office in Kano on Friday.",
			[]string{"PROTEST riot"}, []string{"ASSAULT"}},
		{"the crowd, not the police, storms",
			"Bangladeshi police fired tear gas at students in Dhaka as protesters stormed the state broadcaster.",
			[]string{"PROTEST riot >"}, []string{"ground_assault"}},
		{"troops who storm a town still attack",
			"Malian troops stormed the village of Moura.",
			[]string{"ASSAULT"}, []string{"PROTEST"}},
		{"security forces are no rebel group named before",
			"The Islamic State West Africa Province attacked a base in Borno. Security forces killed 30 insurgents in a counterattack.",
			[]string{"ASSAULT", "ASSAULT ground_assault Armed Forces of Nigeria>"}, []string{"ground_assault Islamic State"}},
		{"the group accused is the armed group named before",
			"Hezbollah fired rockets at Kiryat Shmona. The Israeli army accused the group of hiding weapons in homes.",
			[]string{"ACCUSE allege Israel Defense Forces>Hezbollah"}, nil},
		{"a group that says it carried out the attack owns it",
			"Gunmen opened fire on a bus near Quetta, killing nine passengers. The Balochistan Liberation Army said it carried out the attack.",
			[]string{"ASSAULT shooting Baloch Liberation Army>"}, nil},
		{"a group that says it was behind the bombing owns it",
			"A car bomb exploded outside a police station in Beledweyne. Al-Shabaab said it was behind the bombing.",
			[]string{"ASSAULT bombing al-Shabaab>"}, nil},
		{"a group that denies it was behind the bombing does not",
			"A car bomb exploded outside a police station in Beledweyne. Al-Shabaab denied it was behind the bombing.",
			nil, []string{"ASSAULT bombing al-Shabaab"}},
		{"a meeting where an arrest happened is no meeting of the police",
			"Zimbabwean police arrested 78 activists at a meeting in Harare on Sunday.",
			[]string{"COERCE arrest"}, []string{"CONSULT"}},
		{"two who met at a meeting still met",
			"Ruto met Museveni at a meeting in Kampala.",
			[]string{"CONSULT meeting"}, nil},
		{"the place of the act answered is not the answer's",
			"The Houthis said they fired missiles in retaliation for a US airstrike on Hodeidah port.",
			[]string{"ASSAULT missile_strike Houthis>", "ASSAULT airstrike United States"}, []string{"missile_strike Houthis>@Hodeidah", "missile_strike Houthis>@Al Hudaydah"}},
		{"who is vowed to pay is the threat's target",
			"Pakistan's army chief vowed that India would pay for the strikes on Muridke.",
			[]string{"THREATEN vow Pakistan Army>India"}, nil},
		{"a vow with no one to pay has no target",
			"The Arakan Army vowed to keep fighting.",
			nil, []string{"THREATEN vow Arakan Army>Myanmar"}},
		{"mediating talks is one consultation",
			"Kenya and Uganda are mediating talks on the South Sudan conflict in Nairobi.",
			[]string{"CONSULT mediation"}, []string{"CONSULT meeting"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEventsInOrder(t, tt.text, tt.want, tt.not)
		})
	}
}

// TestFrsSeparatelyDate: "Separately, ..." opens another story; it does not
// inherit the day told before it.
func TestFrsSeparatelyDate(t *testing.T) {
	ex := extractDefault(t, "Sudanese army jets bombed a market in Kabkabiya on Monday. Separately, the RSF said it had captured the town of Babanusa.")
	found := false
	for _, e := range ex.Events {
		if e.Type == "ASSAULT" && (e.Date == nil || *e.Date != "2024-04-29") {
			t.Errorf("ASSAULT date = %v, want 2024-04-29", e.Date)
		}
		if e.Type == "COERCE" {
			found = true
			if e.Date != nil {
				t.Errorf("COERCE date = %v, want none", *e.Date)
			}
		}
	}
	if !found {
		t.Errorf("no COERCE event in %v", ex.Events)
	}
}
