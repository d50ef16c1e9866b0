package loader

import (
	"slices"
	"strings"
	"testing"
)

// TestDevevRoles checks role rules of the devev branch on sentences of our
// own: each case names an event type and the agents/targets one event of
// that type must have, or targets no event of that type may have.
func TestDevevRoles(t *testing.T) {
	tests := []struct {
		name, text, typ string
		agents, targets []string
		notTargets      []string
		notAgents       []string
		places          []string
	}{
		{name: "owner of a rejected claim, passive", typ: "REJECT",
			text:   "Russia's claims of having hit a NATO arms depot near Lviv were dismissed by Ukraine on Friday.",
			agents: []string{"Ukraine"}, targets: []string{"Russia"}},
		{name: "owner of rejected allegations, passive with were rejected", typ: "REJECT",
			text:   "Sudan's allegations about the convoy were rejected by the Rapid Support Forces.",
			agents: []string{"Rapid Support Forces"}, targets: []string{"Sudan"}},
		{name: "a charge in apposition answers the accuser", typ: "REJECT",
			text:   "Armenia accused Azerbaijan of shelling villages near the border, a charge Baku denied.",
			agents: []string{"Azerbaijan"}, targets: []string{"Armenia"}},
		{name: "allegations made by someone", typ: "REJECT",
			text:   "Rwanda on Monday rejected the allegations made by Congo about its troops.",
			agents: []string{"Rwanda"}, targets: []string{"Democratic Republic of the Congo"}},
		{name: "a plain rejection of a claim keeps no invented target", typ: "REJECT",
			text:       "Hamas denied the charge on Tuesday.",
			agents:     []string{"Hamas"},
			notTargets: []string{"Hamas"}},
		{name: "a verb form used as a noun names its own by-agent", typ: "ASSAULT",
			text:   "Kyiv said the blast was a botched drone launch from Belgorod by Russian forces.",
			agents: []string{"Armed Forces of the Russian Federation"}},
		{name: "responsibility claimed in a statement goes to the last attack", typ: "ASSAULT",
			text:   "Gunmen attacked a police station in Kano on Friday, killing four officers. The Islamic State claimed responsibility in a statement on Saturday.",
			agents: []string{"Islamic State"}},
		{name: "an insurgency waged by a group", typ: "ASSAULT",
			text:   "For a decade, Mali has endured an insurgency waged by JNIM across the centre.",
			agents: []string{"Jama'at Nusrat al-Islam wal-Muslimin"}, notAgents: []string{"Mali"}},
		{name: "attacks carried out by a group", typ: "ASSAULT",
			text:   "Nigeria has suffered a wave of attacks carried out by Boko Haram.",
			agents: []string{"Boko Haram"}, notAgents: []string{"Nigeria"}},
		{name: "a country as the scene of an insurgency", typ: "ASSAULT",
			text:   "Since 2017, Mozambique has been the scene of an insurgency led by militants.",
			places: []string{"Mozambique"}},
		{name: "calls, including by a council, are the council's", typ: "REQUEST",
			text:   "Israel has defied calls, including by the United Nations, to open more crossings.",
			agents: []string{"United Nations"}, targets: []string{"Israel"}},
		{name: "who defies calls rejects their maker", typ: "REJECT",
			text:   "Russia defied calls from Turkey to extend the grain deal.",
			agents: []string{"Russia"}, targets: []string{"Turkey"}},
		{name: "an appeal from a titled person", typ: "REJECT",
			text:    "The rebels dismissed an appeal from President Felix Tshisekedi to disarm.",
			targets: []string{"Felix Tshisekedi"}},
		{name: "a verb phrase joined by and shares the opening subject", typ: "REQUEST",
			text:   "Erdogan described the raid as a provocation by the army, called it a crime against civilians, and demanded that Israel withdraw its troops.",
			agents: []string{"Recep Tayyip Erdogan"}},
		{name: "a group noun after by is no subject", typ: "REQUEST",
			text:      "Iran's Intelligence Ministry announced the arrest of 40 protesters. Relatives of those held by the ministry demanded their release.",
			notAgents: []string{"Iranian Ministry of Intelligence"}},
		{name: "a participle after a comma shares the main verb's subject", typ: "ACCUSE",
			text:   "Raila Odinga criticized President William Ruto, accusing him of corruption.",
			agents: []string{"Raila Odinga"}, targets: []string{"William Ruto"}, notAgents: []string{"William Ruto"}},
		{name: "protests sparked by a move target its author", typ: "PROTEST",
			text:    "Serbia's decision sparked mass protests in Kosovo on Sunday.",
			targets: []string{"Serbia"}, notAgents: []string{"Serbia"}},
		{name: "condemnation drawn by a campaign targets its author", typ: "ACCUSE",
			text:    "The offensive by Russia against Kharkiv drew international condemnation.",
			targets: []string{"Russia"}, notAgents: []string{"Russia"}},
		{name: "the users of exploding devices are hit, not the attackers", typ: "ASSAULT",
			text:    "Dozens of radios used by Hezbollah exploded across southern Lebanon on Wednesday.",
			targets: []string{"Hezbollah"}, notAgents: []string{"Hezbollah"}},
		{name: "a mediator acts on the sides of the deal", typ: "CONSULT",
			text:   "Fighting stopped after a truce between Armenia and Azerbaijan, brokered by Russia.",
			agents: []string{"Russia"}, targets: []string{"Armenia", "Azerbaijan"}},
		{name: "a mediator of talks between two sides", typ: "CONSULT",
			text:   "Egypt mediated talks between Israel and Hamas in Cairo.",
			agents: []string{"Egypt"}, targets: []string{"Israel", "Hamas"}},
		{name: "attacks declared over are halted against their targets", typ: "RETREAT",
			text:   "Israeli jets bombed Hezbollah positions in the Bekaa Valley. On Sunday, Prime Minister Benjamin Netanyahu declared the strikes to be over.",
			agents: []string{"Benjamin Netanyahu"}, targets: []string{"Hezbollah"}},
		{name: "an object list stops at a new clause's subject", typ: "SUPPORT",
			text:   "Turkey supports Hamas, and the Israeli government said on Monday that it would respond.",
			agents: []string{"Turkey"}, targets: []string{"Hamas"}, notTargets: []string{"Israeli government"}},
		{name: "a subject before an indefinite apposition", typ: "ASSAULT",
			text:   "Suicide bombers struck a market in Maiduguri on Sunday. Boko Haram, a jihadist group founded in Nigeria in 2002, claimed responsibility in a video.",
			agents: []string{"Boko Haram"}},
		{name: "a claim covers the unattributed acts of the attack", typ: "ASSAULT",
			text:   "On 5 May 2024, an attack took place at a hotel in Mogadishu. Gunmen stormed the building, and a car bomb exploded at the gate. Police said 20 people died. Al-Shabaab claimed responsibility for the attack.",
			agents: []string{"al-Shabaab"}, places: []string{"Mogadishu"}},
		{name: "a label for an event told before is no new attack", typ: "ASSAULT",
			text:      "Two bombs exploded at a shrine in Herat. The Afghan government called the blasts a cowardly attack.",
			notAgents: []string{"Afghanistan"}},
		{name: "the compound is the site named before", typ: "ASSAULT",
			text:   "Displaced families sheltered in the Nasser Hospital compound on Sunday. Aid workers arrived on Tuesday. Snipers then fired at people inside the compound.",
			places: []string{"Nasser Hospital"}},
		{name: "a second participle joined by and shares the first one's subject", typ: "ACCUSE",
			text:   "Raila Odinga criticized President William Ruto, blaming him for the crisis and accusing him of betraying Kenya.",
			agents: []string{"Raila Odinga"}, notAgents: []string{"William Ruto", "Kenya"}},
		{name: "the sides are the two sides of the fight told before", typ: "AGREE",
			text:   "RSF fighters attacked the Sudanese army in El Obeid. Both sides agreed to a truce on Sunday.",
			agents: []string{"Rapid Support Forces", "Sudanese Armed Forces"}},
		{name: "joining the fighting with an ally targets the ally's enemy", typ: "ASSAULT",
			text:   "The Houthis fired missiles at Israel on Monday. Hezbollah later joined the fighting with the Houthis.",
			agents: []string{"Hezbollah"}, targets: []string{"Israel"}, notTargets: []string{"Houthis"}},
		{name: "the central government is the state told about", typ: "COOPERATE",
			text:    "Clashes spread across the Oromia Region of Ethiopia in May. Amhara militias had once allied with the federal government during the war.",
			targets: []string{"Ethiopia"}},
		{name: "a trigger at the end of a sentence reads no government", typ: "ASSAULT",
			text: "Gunmen attacked.",
		},
		{name: "fighters of a group are the group", typ: "ASSAULT",
			text:   "Fighters of the Kachin Independence Army attacked a junta outpost near Bhamo.",
			agents: []string{"Kachin Independence Army"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractDefault(t, tt.text)
			var got []string
			found := false
			for _, e := range ex.Events {
				got = append(got, eventSummary(e))
				if e.Type != tt.typ {
					continue
				}
				for _, a := range tt.notAgents {
					if slices.Contains(e.Agents, a) {
						t.Errorf("%q: %s has agent %q", tt.text, e.Type, a)
					}
				}
				for _, a := range tt.notTargets {
					if slices.Contains(e.Targets, a) {
						t.Errorf("%q: %s has target %q", tt.text, e.Type, a)
					}
				}
				if containsAll(e.Agents, tt.agents) && containsAll(e.Targets, tt.targets) && containsAll(e.Locations, tt.places) {
					found = true
				}
			}
			if !found && len(tt.agents)+len(tt.targets)+len(tt.places) > 0 {
				t.Errorf("%q: no %s event with agents %q targets %q; events %q", tt.text, tt.typ, tt.agents, tt.targets, strings.Join(got, " | "))
			}
		})
	}
}

// TestClaimCoversUnattributedActs: a claim of responsibility for an attack
// gives its agent to the unattributed acts of that attack told just before.
func TestClaimCoversUnattributedActs(t *testing.T) {
	ex := extractDefault(t, "On 5 May 2024, an attack took place at a hotel in Mogadishu. Gunmen stormed the building, and a car bomb exploded at the gate. Police said 20 people died. Al-Shabaab claimed responsibility for the attack.")
	n := 0
	for _, e := range ex.Events {
		if e.Type == "ASSAULT" && slices.Contains(e.Agents, "al-Shabaab") {
			n++
		}
		if e.Type == "ASSAULT" && len(e.Agents) == 0 {
			t.Errorf("unattributed act left: %s", eventSummary(e))
		}
	}
	if n < 2 {
		t.Errorf("the claim covers only %d acts", n)
	}
}
