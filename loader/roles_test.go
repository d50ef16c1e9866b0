package loader

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph"
)

// TestEventRoles checks who acts, who is acted upon and where, on
// sentences of our own.
func TestEventRoles(t *testing.T) {
	tests := []struct {
		name, text, typ string
		agents          []string // each must be an agent of one event of typ
		targets         []string // each must be a target of that event
		places          []string // each must be a location of that event
		notAgents       []string // none may be an agent of any event of typ
		notPlaces       []string // none may be a location of any event of typ
		notTargets      []string // none may be a target of any event of typ
	}{
		{name: "people linked to a group act for it", typ: "ASSAULT",
			text:   "Militants linked to al-Shabaab attacked a police station in Mandera on Monday.",
			agents: []string{"al-Shabaab"}},
		{name: "a participle after a subject no one knows is not the country of the object's place", typ: "ASSAULT",
			text:      "Gunmen attacked an army post in northern Mali on Friday, killing 12 soldiers.",
			notAgents: []string{"Mali"}},
		{name: "drones of a demonym are its state's, no actor of their own", typ: "ASSAULT",
			text:      "Russian drones struck a power plant in Kharkiv overnight.",
			agents:    []string{"Russia"},
			notAgents: []string{"Russian drones"}},
		{name: "a neighbour named for where is not hit", typ: "ASSAULT",
			text:   "Islamic State fighters attacked an army post near Menaka, close to the border with Niger, on Friday.",
			agents: []string{"Islamic State"}, places: []string{"Menaka"}, notTargets: []string{"Niger"}},
		{name: "an act after 'following' is not by the main clause's subject", typ: "PROTEST",
			text:   "Israeli settlers rioted in Huwara following the killing of two Israelis.",
			agents: []string{"Israeli settlers"}},
		{name: "fighting between a named group and the army: the army of the place", typ: "ASSAULT",
			text:   "Fighting between the RSF and the army killed 20 people in Omdurman on Friday.",
			agents: []string{"Rapid Support Forces", "Sudanese Armed Forces"}},
		{name: "the army of a state is its armed forces, not one service", typ: "ASSAULT",
			text:   "Clashes between the army and Islamic State fighters erupted in Palmyra.",
			agents: []string{"Syrian Armed Forces", "Islamic State"}},
		{name: "mediators are no party to the deal they broker", typ: "AGREE",
			text:      "Qatar and Egypt helped mediate the deal on Sunday.",
			notAgents: []string{"Qatar", "Egypt"}},
		{name: "a relative clause's subject is the group before 'which'", typ: "COERCE",
			text:   "The army shelled positions of the Arakan Army, which had captured Paletwa a week earlier.",
			agents: []string{"Arakan Army"}, places: []string{"Paletwa"}},
		{name: "a relative clause's subject is the name before ', which'", typ: "ASSAULT",
			text:   "Israel struck Hezbollah, which fired rockets at Haifa on Monday.",
			agents: []string{"Hezbollah"}, places: []string{"Haifa"}},
		{name: "'both of which condemned': the ones named before", typ: "ACCUSE",
			text:   "The strikes were rejected by Iraq and Syria, both of which condemned the attack.",
			agents: []string{"Iraq", "Syria"}},
		{name: "a battle fought between two sides: both act", typ: "ASSAULT",
			text:   "The Battle of Marawi was fought between the Armed Forces of the Philippines and Islamic State militants in 2017.",
			agents: []string{"Islamic State"}},
		{name: "the military with none named before is the armed forces of the place", typ: "COERCE",
			text:   "The military seized power in Niger on July 26.",
			agents: []string{"Nigerien Armed Forces"}, places: []string{"Niger"}},
		{name: "'its forces' after a speaker are the armed forces of the speaker's state", typ: "COERCE",
			text:   "Russia's defence ministry said on Sunday its forces had recaptured two villages in Kursk.",
			agents: []string{"Armed Forces of the Russian Federation"}},
		{name: "'its troops' of a state are its armed forces", typ: "COERCE",
			text:   "Israel said its troops raided Jenin on Monday.",
			agents: []string{"Israel Defense Forces"}},
		{name: "an act a state's troops began from ('since') is theirs", typ: "ASSAULT",
			text:   "Ukrainian troops have held territory in Kursk since an incursion in August.",
			agents: []string{"Armed Forces of Ukraine"}},
		{name: "'and' before another predicate ends the object", typ: "SANCTION",
			text:   "Niger expelled French troops and turned to Russia for security help.",
			agents: []string{"Niger"}, targets: []string{"French Armed Forces"},
			notTargets: []string{"Russia"}, notPlaces: []string{"Russia"}},
		{name: "a clause opened by 'as' has its own subject", typ: "PROTEST",
			text:      "Georgian police detained at least 20 people overnight as thousands of protesters rallied outside parliament in Tbilisi.",
			notAgents: []string{"Georgian police"}},
		{name: "'once again' opens no clause", typ: "REJECT",
			text:   "Bangladesh has once again rejected an Indian proposal for a trade agreement.",
			agents: []string{"Bangladesh"}},
		{name: "police placed in a country act", typ: "COERCE",
			text:   "Police in Kenya arrested more than 200 protesters in Nairobi on Tuesday.",
			agents: []string{"Police in Kenya"}},
		{name: "the government with none named is the state of the place", typ: "COERCE",
			text:   "Protests spread across Bangladesh. The government imposed a nationwide curfew on Friday.",
			agents: []string{"Bangladesh"}},
		{name: "a coordinated subject after 'after' acts", typ: "RETREAT",
			text:   "M23 fighters entered the town on Sunday after Congolese troops and allied militias withdrew.",
			agents: []string{"Armed Forces of the Democratic Republic of the Congo"}},
		{name: "who condemns an attack did not make it", typ: "ASSAULT",
			text:      "Mali condemned the attack on the convoy near Gao.",
			notAgents: []string{"Mali"}},
		{name: "who denies a massacre is not named its maker by the denial", typ: "ASSAULT",
			text:      "The junta denied the massacre of civilians in Solenzo.",
			notAgents: []string{"Burkinabe government", "junta"}},
		{name: "the condemned strike is the one told before", typ: "ASSAULT",
			text:   "Russia launched a missile strike on Odesa on Sunday. Ukraine condemned the strike on Monday.",
			agents: []string{"Russia"}, notAgents: []string{"Ukraine"}},
		{name: "speaker pronoun after a time phrase", typ: "SANCTION",
			text:   "Norway said on Friday it had expelled three Iranian diplomats.",
			agents: []string{"Norway"}},
		{name: "speaker pronoun after today", typ: "SANCTION",
			text:   "Canada said today it had suspended military aid to Niger.",
			agents: []string{"Canada"}},
		{name: "an infinitive after 'is prepared to' is active", typ: "AGREE",
			text:   "President William Ruto said he is prepared to lift the ban on the opposition.",
			agents: []string{"William Ruto"}, notAgents: nil},
		{name: "weapon noun with an object is the active subject", typ: "ASSAULT",
			text:   "Russian tanks shelled positions of the Ukrainian army near Bakhmut.",
			agents: []string{"Russia"}, notAgents: []string{"Armed Forces of Ukraine"}},
		{name: "indefinite apposition describes the name before it", typ: "REJECT",
			text:   "Egypt, a close partner of Qatar in the talks, has refused to host the delegation.",
			agents: []string{"Egypt"}, notAgents: []string{"Qatar"}},
		{name: "coordinated subject of different kinds", typ: "AGREE",
			text:   "Colombia and the FARC agreed on Monday to extend the truce.",
			agents: []string{"Colombia", "Revolutionary Armed Forces of Colombia"}},
		{name: "two demonyms share one noun", typ: "ASSAULT",
			text:   "Ethiopian and Eritrean troops shelled the town of Adigrat.",
			agents: []string{"Ethiopia", "Eritrean Defence Forces"}},
		{name: "clashes between two sides", typ: "ASSAULT",
			text:   "Heavy clashes between the Sudanese army and the RSF erupted in Omdurman.",
			agents: []string{"Sudanese Armed Forces", "Rapid Support Forces"}},
		{name: "talks between two sides", typ: "CONSULT",
			text:   "Talks between Armenia and Azerbaijan resumed in Geneva.",
			agents: []string{"Armenia", "Azerbaijan"}},
		{name: "a reporter of a toll is not the killer", typ: "ASSAULT",
			text:      "The Lebanese Health Ministry reported 52 killed in the airstrikes on Tyre.",
			notAgents: []string{"Lebanese Health Ministry", "Lebanon"}},
		{name: "a siege between two sides is a battle", typ: "ASSAULT",
			text:   "Dozens died in a siege between Hamas and the Israel Defense Forces in Gaza.",
			agents: []string{"Hamas", "Israel Defense Forces"}},
		{name: "support for someone makes a target", typ: "SUPPORT",
			text:   "The National Unity Government declared its support for the Arakan Army.",
			agents: []string{"National Unity Government"}, targets: []string{"Arakan Army"}},
		{name: "a coup happens in the putschists' country", typ: "COERCE",
			text:   "The Sudanese army staged a coup on Monday.",
			agents: []string{"Sudanese Armed Forces"}, places: []string{"Sudan"}},
		{name: "the government led by a party", typ: "COERCE",
			text:      "Soldiers deposed the elected government led by the National League for Democracy.",
			targets:   []string{"National League for Democracy"},
			notAgents: []string{"National League for Democracy"}},
		{name: "unnamed protesters throughout the country", typ: "PROTEST",
			text:   "Niger's junta suspended the constitution. Students throughout the country staged protests on Friday.",
			agents: []string{"Students"}, places: []string{"Niger"}},
		{name: "a spokesman naming the attack a massacre is not its agent", typ: "ASSAULT",
			text:      "Russian forces shelled Kharkiv on Monday. A spokesman for Zelensky referred to the shelling as a massacre.",
			agents:    []string{"Armed Forces of the Russian Federation"},
			notAgents: []string{"Volodymyr Zelensky"}},
		{name: "the regime does not inherit the rebels' attack", typ: "ASSAULT",
			text:      "The Arakan Army attacked an outpost in Rakhine State. The regime failed to respond, resorting to indiscriminate shelling.",
			agents:    []string{"Arakan Army"},
			notAgents: nil},
		{name: "'is opposed to' is a stance, not a passive", typ: "REJECT",
			text:   "Turkey is opposed to Swedish membership of NATO.",
			agents: []string{"Turkey"}},
		{name: "a name after 'in the' is no subject", typ: "ACCUSE",
			text:      "Chile filed a case at the International Criminal Court accusing Venezuela of torture.",
			agents:    []string{"Chile"},
			notAgents: []string{"International Criminal Court"}},
		{name: "unnamed people placed by a name", typ: "ASSAULT",
			text:   "Security forces in Burundi have beaten dozens of students.",
			agents: []string{"Security forces in Burundi"}, notAgents: []string{"Burundi"}},
		{name: "'X said Y must' is X's demand on Y", typ: "REQUEST",
			text:   "Egypt said on Sunday that Ethiopia must stop filling the dam.",
			agents: []string{"Egypt"}, targets: []string{"Ethiopia"}},
		{name: "'X said the Y must' over the article", typ: "REQUEST",
			text:   "Kenya says the Sudanese army must allow humanitarian convoys.",
			agents: []string{"Kenya"}, targets: []string{"Sudanese Armed Forces"}},
		{name: "the object of an unknown verb is not the subject", typ: "ASSAULT",
			text:      "Separatist guerrillas ambushed three Indian soldiers in a bomb attack on Friday.",
			notAgents: []string{"Indian Armed Forces", "India"}},
		{name: "'by' after an active verb's object names no agent", typ: "REJECT",
			text:      "Ukraine rejected fresh calls by Russia for talks.",
			notAgents: []string{"Russia"}},
		{name: "two agents after a passive 'by'", typ: "REJECT",
			text:   "Iran's plan was rejected by the Iraqi government and the Kurdistan Regional Government.",
			agents: []string{"Iraqi government", "Kurdistan Regional Government"}},
		{name: "condemning an attack targets its author", typ: "ACCUSE",
			text:   "Qatar condemned the Israeli airstrikes.",
			agents: []string{"Qatar"}, targets: []string{"Israel"}},
		{name: "support for an offensive targets its author", typ: "SUPPORT",
			text:   "The Arakan Army launched an offensive in Rakhine. The National Unity Government declared its support for the offensive.",
			agents: []string{"National Unity Government"}, targets: []string{"Arakan Army"}},
		{name: "the two presidents are the two named last", typ: "CONSULT",
			text:   "Macron flew to Kyiv to see Zelensky on Friday. The two presidents met for three hours.",
			agents: []string{"Emmanuel Macron", "Volodymyr Zelensky"}},
		{name: "the junta is the state's military", typ: "COERCE",
			text:   "The Malian army seized power in August. The junta imposed a curfew on Bamako.",
			agents: []string{"Malian Armed Forces"}},
		{name: "speaking from one's home is no event place", typ: "ASSAULT",
			text:      "Russian forces shelled the village, the mayor said from his home in Kharkiv.",
			agents:    []string{"Armed Forces of the Russian Federation"},
			notPlaces: []string{"Kharkiv"}},
		{name: "the government of a province", typ: "MOBILIZE",
			text:   "The government of Punjab province has deployed troops after violent protests.",
			agents: []string{"government of Punjab province"}},
		{name: "protests after which a government acts are not its own", typ: "PROTEST",
			text:      "The government of Punjab province has deployed troops after violent protests.",
			notAgents: []string{"government of Punjab province"}},
		{name: "an unnamed side of a siege between two", typ: "ASSAULT",
			text:   "Hundreds died in a long siege between Islamist insurgents and the Armed Forces of the Philippines in Jolo.",
			agents: []string{"Islamist insurgents", "Armed Forces of the Philippines"}},
		{name: "a launch from a place by someone", typ: "ASSAULT",
			text:   "Officials said the blast was a failed rocket launch from within Gaza by Hamas.",
			agents: []string{"Hamas"}},
		{name: "a sentence naming its own sides inherits no agent", typ: "ASSAULT",
			text:      "Hezbollah fired rockets at Haifa. Dozens were killed in clashes between Hamas and the Israel Defense Forces in Khan Younis.",
			agents:    []string{"Hamas", "Israel Defense Forces"},
			notAgents: nil},
		{name: "rejecting an offer targets who offered", typ: "REJECT",
			text:   "Armenia on Monday rejected a fresh offer from Azerbaijan for direct talks.",
			agents: []string{"Armenia"}, targets: []string{"Azerbaijan"}},
		{name: "the offer is the offerer's", typ: "AGREE",
			text:      "Armenia on Monday rejected a fresh offer from Azerbaijan for direct talks.",
			agents:    []string{"Azerbaijan"},
			notAgents: []string{"Armenia"}},
		{name: "aid received comes from the giver", typ: "AID",
			text:   "Ukraine received new aid from Germany.",
			agents: []string{"Germany"}, targets: []string{"Ukraine"},
			notAgents: []string{"Ukraine"}},
		{name: "a capital speaks for its state", typ: "REJECT",
			text:   "Ankara on Monday rejected the proposal from Sweden.",
			agents: []string{"Turkey"}},
		{name: "a besieged city is no speaker", typ: "ASSAULT",
			text:      "Russian forces shelled Kharkiv on Monday.",
			notAgents: []string{"Ukraine"}},
		{name: "opposition groups placed by a country", typ: "REQUEST",
			text:   "Opposition groups in Uganda are demanding that President Museveni step down.",
			agents: []string{"Opposition groups in Uganda"}},
		{name: "who condemns is not who strikes", typ: "ASSAULT",
			text:      "Zelensky spoke on Sunday, condemning the missile strikes.",
			notAgents: []string{"Volodymyr Zelensky"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractDefault(t, tt.text)
			if tt.name == "a sentence naming its own sides inherits no agent" {
				for _, e := range ex.Events {
					if strings.Contains(e.Evidence, "Khan Younis") && slices.Contains(e.Agents, "Hezbollah") {
						t.Errorf("the clashes took an earlier agent: %s", eventSummary(e))
					}
				}
			}
			if tt.name == "the regime does not inherit the rebels' attack" {
				for _, e := range ex.Events {
					if e.Type == "ASSAULT" && strings.Contains(e.Evidence, "regime") && slices.Contains(e.Agents, "Arakan Army") {
						t.Errorf("the regime's shelling took the rebels as agent: %s", eventSummary(e))
					}
				}
			}
			var got []string
			var match *eventgraph.Event
			for i, e := range ex.Events {
				got = append(got, eventSummary(e))
				if e.Type != tt.typ {
					continue
				}
				for _, a := range tt.notAgents {
					if slices.Contains(e.Agents, a) {
						t.Errorf("%q: %s has agent %q; events %q", tt.text, e.Type, a, got)
					}
				}
				for _, p := range tt.notPlaces {
					if slices.Contains(e.Locations, p) {
						t.Errorf("%q: %s has location %q; events %q", tt.text, e.Type, p, got)
					}
				}
				for _, a := range tt.notTargets {
					if slices.Contains(e.Targets, a) {
						t.Errorf("%q: %s has target %q; events %q", tt.text, e.Type, a, got)
					}
				}
				if match == nil && containsAll(e.Agents, tt.agents) && containsAll(e.Targets, tt.targets) && containsAll(e.Locations, tt.places) {
					match = &ex.Events[i]
				}
			}
			if match == nil && (len(tt.agents) > 0 || len(tt.targets) > 0 || len(tt.places) > 0) {
				t.Errorf("%q: no %s event with agents %q targets %q places %q; events %q", tt.text, tt.typ, tt.agents, tt.targets, tt.places, strings.Join(got, " | "))
			}
		})
	}
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}
