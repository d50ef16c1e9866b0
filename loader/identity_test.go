package loader

import (
	"slices"
	"testing"
)

// eventList runs the built-in extractor and returns event summaries.
func eventList(t *testing.T, text string) []string {
	t.Helper()
	ex := extractDefault(t, text)
	var out []string
	for _, e := range ex.Events {
		out = append(out, eventSummary(e))
	}
	return out
}

// TestEventIdentity: when reports are one event and when several.
func TestEventIdentity(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"'the <place> attack' is the attack told there before",
			"On 5 May, Russian forces shelled Kramatorsk, killing 12 civilians. The Kramatorsk attack was the deadliest in the region this month.",
			[]string{"ASSAULT artillery Armed Forces of the Russian Federation>civilians@Kramatorsk"}},
		{"'the <place> attack' at another place is another attack",
			"On 5 May, Russian forces shelled Kramatorsk, killing 12 civilians. The Kherson attack a week earlier had killed five.",
			[]string{"ASSAULT artillery Armed Forces of the Russian Federation>civilians@Kramatorsk",
				"ASSAULT  Armed Forces of the Russian Federation>@Kherson"}},
		{"an act told after 'after' is another act, with its own places",
			"Russian forces shelled Kharkiv on Monday, two days after the bombardment of Sumy.",
			[]string{"ASSAULT artillery Armed Forces of the Russian Federation>@Kharkiv", "ASSAULT artillery Armed Forces of the Russian Federation>@Sumy"}},
		{"an act named in a phrase of time is not by the main clause's subject",
			"Israeli settlers burned cars in Huwara following the killing of two Israelis.",
			[]string{"ASSAULT arson Israeli settlers>@Huwara"}},
		{"a relative clause on a side is that side's act, with its own weapon and places",
			"Israel struck Hezbollah, which fired rockets at Haifa on Monday.",
			[]string{"ASSAULT airstrike Israel>Hezbollah@", "ASSAULT rocket_fire Hezbollah>@Haifa"}},
		{"an attack on a place that killed people is one act",
			"A Russian missile attack on Odesa killed eight people on Monday.",
			[]string{"ASSAULT missile_strike Russia>@Odesa"}},
		{"targets after an adjective are what was hit, no act of their own",
			"Ukraine struck military targets in Belgorod overnight.",
			[]string{"ASSAULT airstrike Ukraine>@Belgorod"}},
		{"a participle of a sentence whose subject is an event tells more of it",
			"Russia launched a wave of drone strikes on Kharkiv overnight. The strikes lasted four hours, hitting power stations.",
			[]string{"ASSAULT drone_strike Russia>@Kharkiv"}},
		{"a strike repeated 'again' is a second strike",
			"Russia shelled Kharkiv on Monday. Hours later, Russia shelled Kharkiv again.",
			[]string{"ASSAULT artillery Russia>@Kharkiv", "ASSAULT artillery Russia>@Kharkiv"}},
		{"a second report of the same strike adds to it",
			"Russia shelled Kharkiv on Monday. The Russian shelling of Kharkiv killed three people.",
			[]string{"ASSAULT artillery Russia>@Kharkiv"}},
		{"strikes over two countries joined by 'and' are one strike per country",
			"On 2 June, Turkey carried out a series of drone strikes in Iraq and Syria, targeting Kurdish militants.",
			[]string{"ASSAULT drone_strike Turkey>@Iraq", "ASSAULT drone_strike Turkey>@Syria"}},
		{"a later claim about one country's strikes joins that country's strike",
			"On 2 June, Turkey carried out drone strikes in Iraq and Syria, targeting the PKK. Turkey said it had targeted PKK positions in Syria.",
			[]string{"ASSAULT drone_strike Turkey>Kurdistan Workers' Party@Iraq", "ASSAULT drone_strike Turkey>Kurdistan Workers' Party@Syria"}},
		{"one country with two cities stays one strike",
			"Russia launched missile strikes on Kharkiv and Odesa overnight.",
			[]string{"ASSAULT missile_strike Russia>@Kharkiv,Odesa"}},
		{"a generic restatement naming the state of the body struck joins the strike",
			"On 9 March, Iran launched ballistic missile strikes on a Mossad headquarters in Erbil. Iranian state media said Iran had attacked Israel in Erbil.",
			[]string{"ASSAULT missile_strike Iran>Mossad,Israel@Erbil,Israel"}},
		{"acts said to be continuing are the ones told before",
			"On 3 May, RSF fighters massacred civilians in El Geneina. By Friday, massacres were reported to be continuing.",
			[]string{"ASSAULT killing Rapid Support Forces>civilians@El Geneina"}},
		{"acts continuing at another place are others",
			"On 3 May, RSF fighters killed dozens of civilians in El Geneina. On Friday, killings continued in Nyala.",
			[]string{"ASSAULT killing Rapid Support Forces>@El Geneina", "ASSAULT killing Rapid Support Forces>@Nyala"}},
		{"the next sentence telling how, with no target or place of its own, is the same act",
			"On 2 March, Russian forces shelled a market in Kherson. The Russian forces used howitzers and mortars to shell a crowd of shoppers.",
			[]string{"ASSAULT artillery Armed Forces of the Russian Federation>@Kherson"}},
		{"'the next day' is another act",
			"On 2 March, Russian forces shelled a market in Kherson. The next day, Russian forces shelled a crowd of shoppers.",
			[]string{"ASSAULT artillery Armed Forces of the Russian Federation>@Kherson", "ASSAULT artillery Armed Forces of the Russian Federation>@"}},
		{"explosions heard where strikes were just told are those strikes",
			"On Sunday, the Israeli military launched airstrikes on Rafah. Residents of Rafah reported hearing heavy explosions through the night.",
			[]string{"ASSAULT airstrike Israel Defense Forces>@Rafah"}},
		{"explosions heard elsewhere stay apart",
			"On Sunday, the Israeli military launched airstrikes on Rafah. Residents of Khan Younis reported hearing heavy explosions through the night.",
			[]string{"ASSAULT airstrike Israel Defense Forces>@Rafah", "ASSAULT bombing Israel Defense Forces>@Khan Yunis"}},
		{"'Russia's ground offensive' is the ground offensive told before, reaching a town of its region",
			"Russian troops launched a ground offensive in Kharkiv Oblast on 10 May. Russia's ground offensive soon reached Vovchansk.",
			[]string{"ASSAULT ground_assault Armed Forces of the Russian Federation>@Kharkiv Oblast,Vovchansk"}},
		{"a region's part is no other place",
			"The Israeli army launched a ground offensive in the Gaza Strip in May. Israel's ground offensive in northern Gaza displaced thousands.",
			[]string{"ASSAULT ground_assault Israel Defense Forces>@Gaza Strip,northern Gaza"}},
		{"the genitive offensive in another region is another offensive",
			"Russian troops launched a ground offensive in Kharkiv Oblast on 10 May. Russia's ground offensive in Zaporizhzhia Oblast began a month later.",
			[]string{"ASSAULT ground_assault Armed Forces of the Russian Federation>@Kharkiv Oblast", "ASSAULT ground_assault Russia>@Zaporizhzhia Oblast"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := eventList(t, tc.text)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}
