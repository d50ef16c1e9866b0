package loader

import (
	"strings"
	"testing"
)

// hasTarget reports whether some event of type typ names target among
// its targets.
func hasTarget(t *testing.T, text, typ, target string) bool {
	t.Helper()
	ex := extractDefault(t, text)
	for _, e := range ex.Events {
		if e.Type != typ {
			continue
		}
		for _, x := range e.Targets {
			if strings.EqualFold(x, target) {
				return true
			}
		}
	}
	return false
}

func TestPrepositionTargets(t *testing.T) {
	tests := []struct {
		name, text, typ, target string
		want                    bool
	}{
		{"protest lodged with a state", "Ethiopia lodged a formal protest with Kenya on Friday.", "ACCUSE", "Kenya", true},
		{"relations broken with a state", "Niger threatened to cut ties with France over the deployment.", "THREATEN", "France", true},
		{"suspension of links with a state", "Mali announced a suspension of flights with Algeria on Monday.", "SANCTION", "Algeria", true},
		{"partner after together with", "Russia, together with China, rejected the resolution on Syria.", "REJECT", "China", false},
		{"with after talks is the talks partner", "Kenya vetoed proposals for talks with Somalia.", "REJECT", "Somalia", false},
		{"offer from a state is answered", "Hamas rejected an offer from Egypt for a truce.", "REJECT", "Egypt", true},
		{"fighters named by their place", "The Sudanese army accused Kordofan gunmen of breaking the truce.", "ACCUSE", "Kordofan gunmen", true},
		{"people named by their place", "Soldiers arrested Kherson activists on Monday.", "COERCE", "Kherson activists", true},
		{"protest of a state's decision", "Hundreds rallied in Yerevan in protest of Russia's decision to withdraw.", "PROTEST", "Russia", true},
		{"protest in defiance of a body", "Crowds marched in Mandalay in defiance of the Myanmar military.", "PROTEST", "Myanmar Armed Forces", true},
		{"protest against abuses by a force", "Women demonstrated in Goma against abuses by the M23 rebels.", "PROTEST", "March 23 Movement", true},
		{"troops pulled out of a foreign country", "Rwanda withdrew its troops from Mozambique on Friday.", "RETREAT", "Mozambique", true},
		{"troops sent into a foreign country", "Russia has strengthened its forces in Belarus ahead of the drills.", "MOBILIZE", "Belarus", true},
		{"troops moved at home act on no one", "Ukraine has strengthened its forces in Ukraine's north.", "MOBILIZE", "Ukraine", false},
		{"aid to unnamed people", "The UN delivered aid to displaced families in Darfur.", "AID", "displaced families", true},
		{"demand from a body", "Protest leaders demanded guarantees from the Sudanese government.", "REQUEST", "Sudanese government", true},
		{"demanded withdrawal from a country", "Mali demanded the withdrawal of troops from Niger.", "REQUEST", "Niger", false},
		{"members of a body", "Turkish police detained dozens of members of the PKK in Diyarbakir.", "COERCE", "Kurdistan Workers' Party", true},
		{"inspectors of an agency", "Iran expelled inspectors of the International Atomic Energy Agency last week.", "SANCTION", "International Atomic Energy Agency", true},
		{"protest demanding a ruler's resignation", "Thousands marched in Colombo demanding the resignation of President Gotabaya Rajapaksa.", "PROTEST", "Gotabaya Rajapaksa", true},
		{"protest for independence from a state", "Thousands of Catalans demonstrated in Barcelona calling for independence from Spain.", "PROTEST", "Spain", true},
		{"mediation between two sides", "Turkey launched a mediation effort on Monday between Russia and Ukraine.", "CONSULT", "Ukraine", true},
		{"protest against a demonym's act", "Thousands rallied in Amman against Israeli airstrikes on Gaza.", "PROTEST", "Israel", true},
		{"complaint to a body over another's act", "Armenia complained to the United Nations over Azerbaijani shelling of border villages.", "ACCUSE", "Azerbaijan", true},
		{"complaint to a body over another's act drops the body", "Armenia complained to the United Nations over Azerbaijani shelling of border villages.", "ACCUSE", "United Nations", false},
		{"aid for a state after an agreement", "EU ministers agreed on Monday to provide 50 million euros of aid for Moldova.", "AGREE", "Moldova", true},
		{"refusal to deploy troops abroad", "Egypt has refused to deploy troops in Sudan despite the appeal.", "REJECT", "Sudan", true},
		{"threat to pull a force out", "Chad announced that it will withdraw its peacekeeping force from Mali unless the junta holds elections.", "THREATEN", "Mali", true},
		{"threat of attacks in a foreign country", "Hezbollah threatened on Sunday to resume its attacks in Israel.", "THREATEN", "Israel", true},
		{"object of an untriggered verb before 'in a' is hit", "Gunmen wounded two Pakistani policemen in a bomb attack in Quetta on Thursday.", "ASSAULT", "Pakistan", true},
		{"owner in a passive subject", "The convoy of the Sudanese army was attacked by RSF fighters near El Obeid.", "ASSAULT", "Sudanese Armed Forces", true},
		{"camp for people in a passive subject", "A camp for Rohingya refugees was shelled by Myanmar troops.", "ASSAULT", "Myanmar Armed Forces", false},
		{"people housed in a place hit", "Russian drones struck a shelter for displaced civilians in Kharkiv.", "ASSAULT", "displaced civilians", true},
		{"measures eased in a foreign country", "Russia lifted the curfew it had imposed in Georgia on Sunday.", "CONCEDE", "Georgia", true},
		{"aid delivered in a foreign country", "Qatar delivered humanitarian aid in Sudan on Monday.", "AID", "Sudan", true},
		{"demand of an act by a state", "The UN called for an end to attacks by Israel in Lebanon.", "REQUEST", "Israel", true},
		{"calls by a person are answered", "Israel rejected calls by Antonio Guterres for a ceasefire in Gaza.", "REJECT", "Antonio Guterres", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hasTarget(t, tt.text, tt.typ, tt.target); got != tt.want {
				ex := extractDefault(t, tt.text)
				var evs []string
				for _, e := range ex.Events {
					evs = append(evs, eventSummary(e))
				}
				t.Errorf("%q: target %s of %s = %v, want %v (events %q)", tt.text, tt.target, tt.typ, got, tt.want, evs)
			}
		})
	}
}

func TestVictimIsNoAgent(t *testing.T) {
	ex := extractDefault(t, "Gunmen wounded two Pakistani policemen in a bomb attack in Quetta on Thursday.")
	for _, e := range ex.Events {
		for _, a := range e.Agents {
			if a == "Pakistan" {
				t.Errorf("the policemen wounded are the agent of %s", eventSummary(e))
			}
		}
	}
}
