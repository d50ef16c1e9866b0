package loader

import (
	"strings"
	"testing"
)

// TestVocabularyActors checks actors read from demonyms, plural demonyms
// and descriptive words, and trigger vocabulary, on sentences of our own.
func TestVocabularyActors(t *testing.T) {
	tests := []struct {
		name, text, typ string
		agents, targets []string
	}{
		{name: "a plural demonym after a quantity is its country", typ: "PROTEST",
			text:   "Thousands of Kenyans marched through Nairobi on Saturday against the tax bill.",
			agents: []string{"Kenya"}},
		{name: "ethnic people are a people of their own", typ: "PROTEST",
			text:   "Hundreds of ethnic Armenians demonstrated in Tbilisi on Friday.",
			agents: []string{"ethnic Armenians"}},
		{name: "a people of another state is no state", typ: "PROTEST",
			text:   "Bosnian Serbs protested in Banja Luka on Saturday.",
			agents: []string{"Bosnian Serbs"}},
		{name: "a descriptive word between demonym and noun", typ: "ASSAULT",
			text:   "Somali separatist guerrillas attacked a police station near Baidoa.",
			agents: []string{"Somali separatist guerrillas"}},
		{name: "a demonym before a state body", typ: "THREATEN",
			text:   "The Georgian parliament threatened to suspend ties with Moscow.",
			agents: []string{"Georgian parliament"}},
		{name: "leaders of a named group act", typ: "REJECT",
			text:   "Leaders of Hamas rejected the proposal on Tuesday.",
			agents: []string{"Hamas"}},
		{name: "a people of Nigeria as a demonym before its elders", typ: "REQUEST",
			text:   "Yoruba elders demanded a new constitution for the federation.",
			agents: []string{"Yoruba elders"}},
		{name: "the European Community is a body of its own", typ: "REQUEST",
			text:   "The European Community demanded that Belgrade withdraw its troops.",
			agents: []string{"European Community"}},
		{name: "a society is an organisation; 'of' before a known name ends it", typ: "ACCUSE",
			text:   "The Law Society of Kenya condemned the shootings of protesters.",
			agents: []string{"Law Society"}},
		{name: "UNITA is an Angolan rebel movement", typ: "REJECT",
			text:   "UNITA rejected the government's offer of talks.",
			agents: []string{"UNITA"}},
		{name: "lifting a siege is a military retreat", typ: "RETREAT",
			text:   "Russia eased the siege of Mariupol on Thursday.",
			agents: []string{"Russia"}},
		{name: "ethnic Turks are a people", typ: "PROTEST",
			text:   "Hundreds of ethnic Turks rallied in Sofia against the new law.",
			agents: []string{"ethnic Turks"}},
		{name: "a demand said here", typ: "REQUEST",
			text:   "Egypt said here on Monday that Israel must reopen the crossing.",
			agents: []string{"Egypt"}, targets: []string{"Israel"}},
		{name: "a demand on a titled person and his government", typ: "REQUEST",
			text:   "M23 said that President Tshisekedi and his government must accept direct talks.",
			agents: []string{"March 23 Movement"}, targets: []string{"Felix Tshisekedi"}},
		{name: "a demand on two sides, one placed", typ: "REQUEST",
			text:   "Blinken said on Friday that the Sudanese army and the rebels in Darfur must reach an agreement.",
			agents: []string{"Antony Blinken"}, targets: []string{"Sudanese Armed Forces"}},
		{name: "deploying peacekeepers is aid", typ: "AID",
			text:   "The African Union deployed 3,000 peacekeepers to Somalia.",
			agents: []string{"African Union"}},
		{name: "deploying troops stays mobilization", typ: "MOBILIZE",
			text:   "Russia deployed troops to the border on Monday.",
			agents: []string{"Russia"}},
		{name: "withdrawing an ambassador is a sanction", typ: "SANCTION",
			text:   "Algeria withdrew its ambassador from Paris on Tuesday.",
			agents: []string{"Algeria"}},
		{name: "a promise to withdraw observers is a threat", typ: "THREATEN",
			text:   "The African Union said it will withdraw its observers from Mali.",
			agents: []string{"African Union"}},
		{name: "preventing a demonstration is coercion by the police", typ: "COERCE",
			text:   "Ugandan police prevented a demonstration by opposition supporters in Kampala.",
			agents: []string{"Ugandan police"}},
		{name: "breaking up a protest is crowd control", typ: "ASSAULT",
			text:   "Ugandan police broke up a protest by students on Monday.",
			agents: []string{"Ugandan police"}},
		{name: "aid that will be provided is a promise", typ: "AGREE",
			text:   "Japan will provide nearly 5,000 tons of emergency food aid to Sudan.",
			agents: []string{"Japan"}, targets: []string{"Sudan"}},
		{name: "aid provided stays aid", typ: "AID",
			text:   "Japan provided emergency food aid to Sudan on Monday.",
			agents: []string{"Japan"}, targets: []string{"Sudan"}},
		{name: "cancelling a ban is easing it", typ: "CONCEDE",
			text:   "Ethiopia cancelled the curfew in Addis Ababa on Sunday.",
			agents: []string{"Ethiopia"}},
		{name: "civilians blocking a highway protest", typ: "PROTEST",
			text:   "Angry Kenyan farmers blocked the Thika highway for three hours on Monday.",
			agents: []string{"Kenyan farmers"}},
		{name: "an army blocking a road imposes a blockade", typ: "COERCE",
			text:   "The Israeli army blocked the road to Jenin on Tuesday.",
			agents: []string{"Israel Defense Forces"}},
		{name: "blocking a resolution stays a sanction", typ: "SANCTION",
			text:   "The United States blocked the resolution at the Security Council.",
			agents: []string{"United States"}},
		{name: "cancelling a visit stays a sanction", typ: "SANCTION",
			text:   "Kenya cancelled the visit of the Somali president.",
			agents: []string{"Kenya"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractDefault(t, tt.text)
			var got []string
			ok := false
			for _, e := range ex.Events {
				got = append(got, eventSummary(e))
				if e.Type == tt.typ && containsAll(e.Agents, tt.agents) && containsAll(e.Targets, tt.targets) {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%q: no %s event with agents %q targets %q; events %q", tt.text, tt.typ, tt.agents, tt.targets, strings.Join(got, " | "))
			}
		})
	}
}

// TestTypeBoundaries: look-alike acts that keep their own type.
func TestTypeBoundaries(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  string // a type that must be there ("" for none), one that must not
	}{
		{"easing restrictions that are no blockade stays a concession",
			"Kenya lifted restrictions on opposition rallies on Monday.", "", "RETREAT"},
		{"troops are no envoys", "Russia withdrew its troops from Kherson on Friday.", "RETREAT", "SANCTION"},
		{"the aid a sanction suspends is no aid", "Germany suspended development aid to Mali on Thursday.", "SANCTION", "AID"},
		{"the police who ban a rally do not protest", "Ugandan police banned the rally planned by the opposition.", "", "PROTEST"},
		{"breaching a border fence is an assault", "Armed men from Mali breached the border fence near Menaka on Sunday.", "ASSAULT", ""},
		{"breaching a contract is none", "The Nigerian government breached the contract with Shell on Sunday.", "", "ASSAULT"},
		{"a capitalised word inside a sentence is a name, not a weapon", "The Nigerian government signed a contract with Shell on Sunday.", "AGREE", "ASSAULT"},
		{"exchanging prisoners is a release", "Armenia and Azerbaijan exchanged 32 prisoners of war on Wednesday.", "RETREAT", ""},
		{"exchanging views is none", "The Kenyan and Somali ministers exchanged views on Wednesday.", "", "RETREAT"},
		{"seizing power is a coup", "Soldiers seized power in Gabon on Wednesday, hours after the election results.", "COERCE", ""},
		{"taking power after an election is no coup", "The opposition took power in Senegal after the election.", "", "COERCE"},
		{"armed men entering a town take it", "M23 rebels entered Bukavu on Sunday.", "COERCE", ""},
		{"refugees entering a country take nothing", "Thousands of Sudanese refugees entered Chad last week.", "", "COERCE"},
		{"breaching airspace is none", "A Russian drone breached Polish airspace on Sunday.", "", "ASSAULT"},
	}
	for _, tt := range tests {
		ex := extractDefault(t, tt.text)
		found := tt.want == ""
		for _, e := range ex.Events {
			found = found || e.Type == tt.want
			if e.Type == tt.not {
				t.Errorf("%s: %q gave %s", tt.name, tt.text, eventSummary(e))
			}
		}
		if !found {
			t.Errorf("%s: %q gave no %s event", tt.name, tt.text, tt.want)
		}
	}
}
