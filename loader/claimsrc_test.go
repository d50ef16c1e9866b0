package loader

import "testing"

// TestClaimSources: who is the source of a statement, with the built-in
// dictionaries.
func TestClaimSources(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "speaker: fragment" each claim must match, in order
	}{
		{"the words before a speaker whose verb has only when and where after it",
			"Soldiers killed 25 civilians in central Mali last week, Human Rights Watch said in a report on Wednesday.",
			[]string{"Human Rights Watch: Soldiers killed 25 civilians"}},
		{"unnamed officials after the words are no speaker, nor is the subject of the words",
			"Al-Shabaab fighters stormed a military base near Jowhar on Sunday, officials said. Al-Shabaab said in a statement that it had seized the base.",
			[]string{"al-Shabaab: it had seized the base"}},
		{"according to a resident named after a role word",
			"Shelling resumed near the market at dawn, according to local resident Idris Kamara.",
			[]string{"Idris Kamara: Shelling resumed near the market"}},
		{"according to a witness, then his surname after a quotation",
			"Two boats sank off the coast, according to fisherman Tomas Ndiaye. “We heard the engines. Then nothing,” said Ndiaye.",
			[]string{"Tomas Ndiaye: Two boats sank", "Tomas Ndiaye: We heard the engines"}},
		{"a person named inside a quotation does not take the speaker's pronoun",
			"“Nothing will change soon,” said analyst Mark Lowe. “The blockade continues. President Putin remains hostile to any deal, and he has said that the war will go on. “Part of the problem is trust,” he added.",
			[]string{"Mark Lowe: Nothing will change", "Vladimir Putin: the war will go on", "Mark Lowe: Part of the problem is trust"}},
		{"an unnamed official speaks for the body named in the phrase",
			"A senior Pentagon official told reporters that Houthi drones had struck the tanker.",
			[]string{"United States Department of Defense: Houthi drones had struck the tanker"}},
		{"an unnamed official of a country",
			"An Israeli security official told the newspaper that Hezbollah fired the rockets.",
			[]string{"Israel: Hezbollah fired the rockets"}},
		{"a quotation over two sentences before an unnamed official",
			"\"Khartoum can still return to the talks. It must stop the shelling first,\" a senior State Department official told reporters on Monday.",
			[]string{"United States Department of State: Khartoum can still return to the talks. It must stop the shelling"}},
		{"an apposition that is a name is the speaker",
			"The military government of Mali, the Transitional Council, declared its support for the Wagner deployment.",
			[]string{"Transitional Council: its support"}},
		{"a coordinated promise to act belongs to the statement before it",
			"Putin denounced the mutiny as treason and pledged to crush the rebellion.",
			[]string{"Vladimir Putin: the mutiny as treason; to crush the rebellion"}},
		{"a coordinated demand is a statement of its own",
			"Putin denounced the mutiny as treason and demanded that Wagner surrender.",
			[]string{"Vladimir Putin: the mutiny as treason", "Vladimir Putin: Wagner surrender"}},
		{"unnamed people are no speaker, not even an actor named before them",
			"Tigray is Ethiopia's northern region, where members of the Irob minority say they face abuses.", nil},
		{"inverted unnamed people",
			"The real test, say some analysts, is whether Sudan keeps the ports open.", nil},
		{"a body's unnamed officials still speak for it",
			"Hamas officials said the talks had failed.",
			[]string{"Hamas: the talks had failed"}},
		{"the official refers back to the unnamed official before",
			"An Israeli security official told reporters that Hezbollah fired the rockets. The official added that more launches were expected.",
			[]string{"Israel: Hezbollah fired the rockets", "Israel: more launches were expected"}},
		{"the official without an unnamed official before is no speaker",
			"Zelensky said the front was holding. The official added that more drones were expected.",
			[]string{"Volodymyr Zelensky: the front was holding"}},
		{"an apposition in two parts before the verb",
			"Miriam Osei, a researcher on Sahel security, and author of a report on Mali, says the juntas will keep Wagner.",
			[]string{"Miriam Osei: the juntas will keep Wagner"}},
		{"a name at the end of the reported clause is no inverted speaker",
			"The war goes on, says the analyst, and the companies will return to Russia.", nil},
		{"estimate that reports a statement",
			"Hamas officials estimate that 300 people remain under the rubble in Rafah.",
			[]string{"Hamas: 300 people remain under the rubble"}},
		{"an estimate as a noun is no statement",
			"The estimate that Hamas gave was lower.", nil},
		{"a sentence opened by a speech participle",
			"Saying the truce was over, Hezbollah fired rockets at Haifa.",
			[]string{"Hezbollah: the truce was over"}},
		{"an opening participle without a named subject",
			"Claiming the town was safe, gunmen entered it at night.", nil},
		{"a phrasal verb with called is no statement",
			"The Sudanese army called in heavy air strikes on the RSF positions.", nil},
		{"neither is calling off talks",
			"Hamas called off the talks in Cairo.", nil},
		{"the spokesperson is the spokesman who just spoke",
			"Army spokesman Nabil Khoury said 40 fighters were killed. The military spokesperson said the army had cleared the camp.",
			[]string{"Nabil Khoury: 40 fighters were killed", "Nabil Khoury: the army had cleared the camp"}},
		{"the minister is not the president who just spoke",
			"Zelensky said the front was holding. The defence minister said more drones were expected.",
			[]string{"Volodymyr Zelensky: the front was holding"}},
		{"a quotation opened after 'But' continues the speaker before",
			"“Moscow wants time,” Zelensky said. But “the Russian army is losing men, and everyone knows it.”",
			[]string{"Volodymyr Zelensky: Moscow wants time", "Volodymyr Zelensky: the Russian army is losing men"}},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range extractDefault(t, tt.text).Claims {
			got = append(got, c.Speaker+": "+c.Text)
		}
		checkClaims(t, tt.name, got, tt.want)
	}
}
