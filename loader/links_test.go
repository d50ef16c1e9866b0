package loader

import (
	"slices"
	"testing"

	"github.com/eventgraph/eventgraph"
)

// linkSummaries runs Extract and returns "from -> to" event summaries of
// every link.
func linkSummaries(t *testing.T, text string) []string {
	t.Helper()
	ex := extractDefault(t, text)
	byID := map[string]string{}
	for _, e := range ex.Events {
		byID[e.ID] = eventSummary(e)
	}
	var out []string
	for _, l := range ex.Links {
		out = append(out, byID[l.From]+" -> "+byID[l.To])
	}
	return out
}

func TestLinkBehaviours(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"retaliated by launching: the gerund's event is the response",
			"Al-Shabaab fighters shelled an army base near Baidoa on Monday. Somalia retaliated by launching airstrikes on militant camps in Jubaland.",
			[]string{"ASSAULT airstrike Somalia>@Jubaland -> ASSAULT artillery al-Shabaab>@Baidoa"}},
		{"protest in response aims at the earlier act it names again",
			"On 25 October the Sudanese Armed Forces seized power in a coup in Khartoum. In response, students across the country staged protests against the coup.",
			[]string{"PROTEST protest students>Sudanese Armed Forces@Sudan -> COERCE coup Sudanese Armed Forces>@Khartoum"}},
		{"the cause named with its agent hit the responder's state",
			"Israel stormed the town of Jenin on Tuesday in response to the Hamas attacks of the previous week.",
			[]string{"ASSAULT ground_assault Israel>@Jenin -> ASSAULT  Hamas>Israel@"}},
		{"an alleged attack is the cause, not an accusation",
			"Hezbollah attacked an Israeli army post near Metula in response to an alleged Israeli strike on its fighters in Tyre.",
			[]string{"ASSAULT  Hezbollah>Israel Defense Forces@Metula -> ASSAULT airstrike Israel>Hezbollah@Tyre"}},
		{"an attack of several acts is its ground assault; 'its attack' is the attack named as a noun; 'the army' is the country's army",
			"The Rapid Support Forces launched a major attack on El Fasher on Friday. The attack involved drone strikes on the city and hundreds of fighters breaching the defensive wall and attacking army positions. The RSF said its attack was in response to airstrikes by the army on Nyala.",
			[]string{"ASSAULT ground_assault Rapid Support Forces>@El Fasher -> ASSAULT airstrike Sudanese Armed Forces>Rapid Support Forces@Nyala"}},
		{"the act answered is not by the responder, even when the text names no maker",
			"Al-Shabaab fighters attacked a base near Kismayo on Monday. The group said the attack was in revenge for drone strikes on Jilib.",
			[]string{"ASSAULT  al-Shabaab>@Kismayo -> ASSAULT drone_strike >@Jilib"}},
		{"counteroffensive operations answer nothing named",
			"Russian forces captured Avdiivka in February. Ukrainian forces withdrew from the town, while continuing counteroffensive operations on its flanks.",
			nil},
		{"a possessive in a reported cause is the speaker's",
			"Sudanese army jets bombed a market in Nyala on Monday. The RSF said the bombing was in revenge for its capture of an army garrison near Babanusa.",
			[]string{"ASSAULT airstrike Sudanese Armed Forces>@Nyala -> COERCE occupation Rapid Support Forces>@Babanusa"}},
		{"a cause that hit a place elsewhere does not target the responder",
			"The Houthis fired a ballistic missile at Eilat on Tuesday in retaliation for Israel's bombardment of Gaza.",
			[]string{"ASSAULT missile_strike Houthis>@Eilat -> ASSAULT artillery Israel>@Gaza Strip"}},
		{"a cause named with its agent that hit the responder's own country targets it",
			"Russia shelled Kharkiv on Monday. Ukraine struck a Russian airfield in Kursk in response to the Russian shelling of Kharkiv.",
			[]string{"ASSAULT airstrike Ukraine>Russia@Kursk -> ASSAULT artillery Russia>Ukraine@Kharkiv"}},
		{"an attack on someone by someone names its maker after the target",
			"Prigozhin called the mutiny a response to an attack on his camps by the Russian Ministry of Defence.",
			[]string{"ASSAULT rebellion >Russian Ministry of Defence@ -> ASSAULT  Russian Ministry of Defence>@"}},
		{"a response the responder was unable to make is none",
			"The Sudanese Armed Forces shelled RSF positions in Omdurman. The RSF has been unable to respond to the losses.",
			nil},
		{"a closing 'to retaliate' takes every event of its clause; the regime is the state military",
			"The RSF captured several towns from the Sudanese army in Darfur. The regime has been unable to stop the advance, resorting to indiscriminate shelling and airstrikes to retaliate.",
			[]string{"ASSAULT artillery Sudanese Armed Forces>Rapid Support Forces@ -> COERCE occupation Rapid Support Forces>@Darfur",
				"ASSAULT airstrike Sudanese Armed Forces>Rapid Support Forces@ -> COERCE occupation Rapid Support Forces>@Darfur"}},
		{"a response answers an act before a word",
			"Germany has provided Ukraine extensive military aid and has vetoed several proposals for talks with Russia. In response, Russia struck a depot in Lviv.",
			[]string{"ASSAULT airstrike Russia>@Lviv -> AID military_aid Germany>Ukraine@"}},
		{"every act of a coordinated response answers, up to a clause of contrast",
			"Ukrainian forces launched a surprise attack on the Kursk region on Tuesday. In response, Russia declared a state of emergency, tightened its border controls and launched missile strikes on Kyiv, while Belarus moved troops to the border.",
			[]string{"COERCE state_of_emergency Russia>@Russia -> ASSAULT  Armed Forces of Ukraine>@Kursk Oblast",
				"ASSAULT missile_strike Russia>Ukraine@Kyiv -> ASSAULT  Armed Forces of Ukraine>@Kursk Oblast"}},
		{"'its attack' is the attack told first, though its places are more precise",
			"Hezbollah launched a surprise attack on northern Israel. The Hezbollah attack on Israel killed twelve people. Hezbollah said its attack was in response to the Israeli blockade of southern Lebanon.",
			[]string{"ASSAULT  Hezbollah>Israel@northern Israel,Israel -> COERCE blockade Israel>Hezbollah@southern Lebanon"}},
		{"a war named as the cause is the act answered",
			"Ukraine struck a Russian airbase near Sevastopol in response to Russia's war of aggression.",
			[]string{"ASSAULT airstrike Ukraine>Russia@Sevastopol -> ASSAULT military_campaign Russia>Ukraine@"}},
		{"'the operation was a response' is the speaker's latest act",
			"The Islamic Resistance in Iraq launched a drone at Eilat on Monday. The group said the operation was a response to the war against Palestinians in Gaza by Israeli forces.",
			[]string{"ASSAULT drone_strike Islamic Resistance in Iraq>@Eilat -> ASSAULT military_campaign Israel Defense Forces>Palestinians@Gaza Strip"}},
		{"a war that answers nothing is no event", "The war in Sudan has displaced millions of people.", nil},
		{"'incurring a military response from X' is X's attack on the actor before it",
			"Houthi rebels attacked commercial ships in the Red Sea, incurring a military response from a coalition led by the United States.",
			[]string{"ASSAULT  United States>Houthis@ -> ASSAULT  Houthis>@Red Sea"}},
		{"a military response only weighed is none", "Israel is weighing a military response to the Iranian missile attack.", nil},
		{"a response stops at a clause of time",
			"Hamas fighters stormed the Kerem Shalom crossing. In response, Israel launched airstrikes on Rafah, before expanding its ground offensive in Khan Younis.",
			[]string{"ASSAULT airstrike Israel>@Rafah -> ASSAULT ground_assault Hamas>@Kerem Shalom crossing"}},
		{"an act in a relative clause is background, not the response",
			"Eritrea, which has deployed troops in Tigray, was told to close its embassy in Addis Ababa in light of the offensive.",
			nil},
		{"two attacks of one sentence at two scenes stay two; the response answers the first told",
			"The Houthis launched missiles at vessels near Yemen, and also fired ballistic missiles at Eilat. In response, the United States launched airstrikes on Houthi radar sites.",
			[]string{"ASSAULT airstrike United States>Houthis@ -> ASSAULT missile_strike Houthis>@Yemen"}},
		{"a cause told first is not merged into the response",
			"In retaliation for the killing of its commander in Beirut, Hezbollah fired 200 rockets at northern Israel.",
			[]string{"ASSAULT rocket_fire Hezbollah>@northern Israel -> ASSAULT killing >@Beirut"}},
		{"the subject stands before a cue phrase set off by commas; the cause takes no weapon from the response",
			"Hezbollah, in retaliation for an Israeli strike that killed a senior commander, launched drones at an army base near Safed.",
			[]string{"ASSAULT drone_strike Hezbollah>@Safed -> ASSAULT airstrike Israel>Hezbollah@"}},
		{"sanctions in response answer the strike",
			"Russian forces struck a hospital in Kyiv on Monday. In response, the European Union imposed new sanctions on Russia.",
			[]string{"SANCTION sanctions European Union>Russia@ -> ASSAULT airstrike Armed Forces of the Russian Federation>@Kyiv"}},
		{"words in response are no retaliation",
			"Russian forces struck a hospital in Kyiv on Monday. In response, the European Union condemned the strike.",
			nil},
		{"'responded to X by striking': X is the cause, the strikes the response",
			"Hezbollah fired rockets at Metula on Sunday. Israel responded to the rocket fire by striking Hezbollah positions in southern Lebanon.",
			[]string{"ASSAULT airstrike Israel>Hezbollah@southern Lebanon -> ASSAULT rocket_fire Hezbollah>Israel@southern Lebanon"}},
		{"'reacted with' makes the response",
			"Hezbollah fired rockets at Metula on Sunday. Israel reacted with airstrikes on Tyre.",
			[]string{"ASSAULT airstrike Israel>@Tyre -> ASSAULT rocket_fire Hezbollah>@Metula"}},
		{"weak cue makes no link", "Ukrainian drones struck an oil depot in Bryansk after Russian missiles hit Kharkiv.", nil},
		{"threat makes no response", "Hamas fighters attacked an army post near Rafah. Israel vowed to retaliate with strikes on Gaza.", nil},
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

// An event named again ("The Hezbollah attack on 7 October involved a
// barrage of rockets") is the one the sentence goes on to tell: the
// barrage is part of it, not an act of whoever acted last.
func TestReferenceTellsMore(t *testing.T) {
	fullOnce.Do(func() { fullX, fullErr = NewExtractor(Options{}) })
	if fullErr != nil {
		t.Fatal(fullErr)
	}
	pub := "2024-05-01"
	text := "Russian troops clashed with Ukrainian forces near Bakhmut. Hezbollah launched a surprise attack on northern Israel. The Hezbollah attack on 7 October involved a barrage of rockets directed at Israel."
	ex := fullX.Extract(eventgraph.Document{ID: "t", Text: text, Published: &pub})
	var got []string
	for _, e := range ex.Events {
		got = append(got, eventSummary(e))
	}
	want := []string{"ASSAULT armed_clash Armed Forces of the Russian Federation>Armed Forces of Ukraine@Bakhmut",
		"ASSAULT rocket_fire Hezbollah>Israel@northern Israel,Israel"}
	if !slices.Equal(got, want) {
		t.Errorf("events of %q:\n got %q\nwant %q", text, got, want)
	}
}

// A coup takes place in the plotters' own country.
func TestCoupPlace(t *testing.T) {
	fullOnce.Do(func() { fullX, fullErr = NewExtractor(Options{}) })
	if fullErr != nil {
		t.Fatal(fullErr)
	}
	pub := "2024-05-01"
	ex := fullX.Extract(eventgraph.Document{ID: "t", Text: "On 25 October the Sudanese Armed Forces staged a coup and detained the prime minister.", Published: &pub})
	if len(ex.Events) == 0 || eventSummary(ex.Events[0]) != "COERCE coup Sudanese Armed Forces>@Sudan" {
		t.Errorf("coup event: %+v", ex.Events)
	}
}
