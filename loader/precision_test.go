package loader

import (
	"strings"
	"sync"
	"testing"

	"github.com/eventgraph/eventgraph"
)

// the built-in dictionary, loaded once for the tests that use it
var (
	fullOnce sync.Once
	fullX    *Extractor
	fullErr  error
)

// extractDefault runs the built-in dictionary on one text, published
// 2024-05-01.
func extractDefault(t *testing.T, text string) eventgraph.Extraction {
	t.Helper()
	fullOnce.Do(func() { fullX, fullErr = NewExtractor(Options{}) })
	if fullErr != nil {
		t.Fatal(fullErr)
	}
	pub := "2024-05-01"
	return fullX.Extract(eventgraph.Document{ID: "t", Text: text, Published: &pub})
}

// typeModes lists "TYPE mode" of the events, in order.
func typeModes(ex eventgraph.Extraction) []string {
	var out []string
	for _, e := range ex.Events {
		out = append(out, e.Type+" "+deref(e.Mode))
	}
	return out
}

// TestTriggerPrecision: which mentions become events, and of which type.
// want lists every "TYPE mode" expected (nil: no event at all).
func TestTriggerPrecision(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// nouns that are no acts
		{"verb-only word after a determiner is a noun", "The fuel depot in Kherson became a target for saboteurs.", nil},
		{"adjective after a determiner", "Kenyan police questioned the alleged smuggler in Mombasa.", nil},
		{"verb-only word after a demonym", "Syrian troops guarded Russian targets near Latakia.", nil},
		{"-ing noun after a determiner stays an event", "The shelling of Kharkiv by Russian forces lasted hours.",
			[]string{"ASSAULT artillery"}},
		{"a participle describing people is no act", "Malian soldiers chased the retreating fighters into Mauritania.", nil},
		{"noun-only word used as a verb after a pronoun", "He often calls the Sudanese general a partner.", nil},
		{"noun-only word used as a verb after a person", "Vladimir Putin calls the Sudanese general a partner.", nil},
		{"to call it is to name it", "Analysts in Kyiv began to call it a stalemate.", nil},
		// lifting a military blockade is RETREAT (CAMEO2PLOVER 0872 "ease military blockade")
		{"what is lifted is no new event", "Azerbaijan lifted its blockade of the Lachin corridor.", []string{"RETREAT easing"}},
		{"talks about is speech", "The Kremlin talks about restoring trade with Ankara.", nil},
		{"the means of a briefing is no meeting", "The envoy briefed journalists via videoconference from Nairobi.", nil},
		{"consensus alone is no agreement", "Analysts in Brussels describe a growing European consensus on Ukraine.", nil},
		{"reaching a consensus is one", "Mali and Niger reached a consensus on border security in Niamey.",
			[]string{"AGREE agreement"}},
		// modality
		{"unlikely", "It is unlikely Germany will lift the embargo on Riyadh.", nil},
		{"the possibility of", "Sudan's army raised the possibility of a truce with the RSF.", nil},
		{"awaiting", "The Sudan peace accord signed in Juba is still awaiting ratification.", []string{"AGREE settlement"}},
		{"an objective is not an act", "Israel's stated objective is a major offensive in Rafah.", nil},
		{"purpose infinitive after a place", "Ethiopian troops raided the Amhara Region to disarm the militias.",
			[]string{"COERCE raid"}},
		{"purpose infinitive after a country", "The envoy flew to Qatar to meet Hamas negotiators.", nil},
		{"a capitalized trigger inside an unknown name", "Lawmakers cited the Caesar Syria Civilian Protection Act and the Global Magnitsky Sanctions Regulations.", nil},
		{"a named battle is still an event", "The Battle of Bakhmut was fought by Wagner and Ukraine.", []string{"ASSAULT armed_clash"}},
		{"the threat of sanctions is a threat", "Washington raised the threat of sanctions against Kigali.", []string{"THREATEN sanctions"}},
		{"a reported ongoing state is no act", "Eritrea is widely reported to be supporting the Fano militia.", nil},
		{"seeking shelter is no demand", "Thousands of families in Rafah were seeking shelter in schools.", nil},
		{"an event noun with a hedged predicate", "Killings in Darfur are believed to be continuing.", nil},
		{"an event noun with a future predicate", "Talks between Kinshasa and Kigali are expected to resume in Doha.", nil},
		{"a hedged outcome keeps its event", "The Russian attack on Kharkiv is believed to have killed 20 people.", []string{"ASSAULT "}},
		{"what is demanded is not done", "Kenya called on Sudan to expel the RSF envoys.", []string{"REQUEST demand"}},
		{"a conditional refusal is no refusal", "If Hamas does not accept the offer by Friday, nothing changes.", nil},
		// types and modes
		{"a negated acceptance is a refusal", "Egypt will not accept refugees from Gaza.", []string{"REJECT refusal"}},
		{"failing to agree is a rejection", "Armenia and Azerbaijan failed to reach an agreement in Brussels.", []string{"REJECT rejection"}},
		{"a commitment with 'unless' is a threat", "Chad will withdraw its troops from Niger unless the junta releases Bazoum.", []string{"THREATEN withdrawal"}},
		{"the modal may is irrealis", "The European Union may suspend aid to Niger.", nil},
		{"breaking relations is a sanction", "Bolivia broke diplomatic relations with Israel.", []string{"SANCTION relations"}},
		{"violating a ceasefire is an attack", "Azerbaijan violated the ceasefire near Lachin.", []string{"ASSAULT ceasefire_violation"}},
		{"a strike lasting days is a labour strike", "Nigerian teachers began a three-day strike in Lagos.", []string{"PROTEST strike"}},
		{"buying arms is an arms purchase", "Serbia purchased Chinese FK-3 air defence systems.", []string{"COOPERATE arms_purchase"}},
		{"buying a weapon model is an arms purchase", "India completed its purchase of the S-400s from Russia.", []string{"COOPERATE arms_purchase"}},
		{"buying goods is no arms purchase", "Hamas purchased X-200 radios and land near Gaza.", nil},
		{"a promised boycott is a threat", "Hamas said it would boycott the Palestinian elections.", []string{"THREATEN boycott"}},
		{"seizing a ship is hijacking", "Somali pirates seized a Liberian-flagged oil tanker off Eyl.",
			[]string{"ASSAULT hostage_taking"}},
		{"taking over a town is occupation", "Al-Shabaab fighters took over Beledweyne on Sunday.", []string{"COERCE occupation"}},
		{"taking over a bus is hijacking", "Boko Haram fighters took over a crowded bus near Maiduguri.", []string{"ASSAULT hostage_taking"}},
		{"taking over an office is no act of force", "Ruto took over as president of Kenya in 2022.", nil},
		{"seizing a town is occupation", "Al-Shabaab fighters seized the town of Bulo Burte.",
			[]string{"COERCE occupation"}},
		{"detaining a crew is hostage taking", "Iranian commandos boarded the MSC Aries and detained its crew.",
			[]string{"ASSAULT hostage_taking"}},
		{"ordered to leave is expulsion", "Five Russian diplomats were ordered to leave Moldova.",
			[]string{"SANCTION expulsion"}},
		{"agreed to a ceasefire is one agreement", "Hamas and Israel agreed to a ceasefire, but the agreement collapsed within days.",
			[]string{"AGREE ceasefire"}},
		{"a coup named after its verb is one event", "The Malian army deposed President Keita in a coup in Bamako.",
			[]string{"COERCE coup"}},
		{"martial law", "The Thai army imposed martial law across Bangkok.", []string{"COERCE martial_law"}},
		{"arrests", "Ugandan police arrested at least 300 opposition supporters in Kampala.", []string{"COERCE arrest"}},
		{"occupying hospitals", "Sudanese soldiers occupied two hospitals in Omdurman.", []string{"COERCE occupation"}},
		{"staged protests", "Kenyan students staged protests in Nairobi.", []string{"PROTEST protest"}},
		{"forced recruitment", "The RSF forcibly recruited boys in Darfur.", []string{"COERCE forced_recruitment"}},
		{"expelling diplomats is a sanction", "Niger expelled three French diplomats.", []string{"SANCTION expulsion"}},
		{"a hostage rescue stays aid", "Nigerian troops rescued 40 hostages in Zamfara.", []string{"AID rescue"}},
		{"a blockade stays coercion", "Azerbaijan imposed a blockade on Nagorno-Karabakh.", []string{"COERCE blockade"}},
		{"sending troops into a country is an invasion", "In 2009 Ethiopia sent troops into Somalia.", []string{"ASSAULT ground_assault"}},
		{"sending troops to a country is a deployment", "France sent troops to Chad.", []string{"MOBILIZE mobilization"}},
		{"launching an operation is a military campaign", "Nigeria launched an operation against Boko Haram in Borno.", []string{"ASSAULT military_campaign"}},
		{"mobilising troops", "Russia is mobilising troops near Kharkiv.", []string{"MOBILIZE mobilization"}},
		{"a veto stays a rejection", "Russia vetoed the Security Council resolution on Sudan.", []string{"REJECT veto"}},
		{"attacks declared over are halted", "The Pentagon declared the airstrikes on Yemen to be over.",
			[]string{"RETREAT halt_operations"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := typeModes(extractDefault(t, tt.text))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Extract(%q) events = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
