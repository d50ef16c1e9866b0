package loader

import (
	"os"
	"testing"
	"testing/fstest"
)

// testDict is a small dictionary in the shape of data/, so pipeline tests do
// not depend on the size or the wording of the built-in one.
func testDict(t *testing.T) *Dictionary {
	t.Helper()
	grammar, err := os.ReadFile("data/grammar.tsv")
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		"actors.tsv": {Data: []byte("# test\nid\tname\tkind\tcountry\tpart_of\trole\taliases\tdemonyms\n" +
			"isr\tIsrael\tstate\tISR\t\t\t\tIsraeli\n" +
			"idf\tIsrael Defense Forces\tmilitary\tISR\tisr\t\tIDF|Israeli military|Israeli army|Israeli forces\t\n" +
			"hamas\tHamas\tarmed_group\tPSE\t\t\t\t\n" +
			"hzb\tHezbollah\tarmed_group\tLBN\t\t\tHizbullah\t\n" +
			"lbn\tLebanon\tstate\tLBN\t\t\t\tLebanese\n" +
			"ukr\tUkraine\tstate\tUKR\t\t\tKyiv\tUkrainian\n" +
			"rus\tRussia\tstate\tRUS\t\t\tMoscow|Kremlin\tRussian\n" +
			"rsf\tRapid Support Forces\tarmed_group\tSDN\t\t\tRSF\t\n" +
			"saf\tSudanese Armed Forces\tmilitary\tSDN\tsdn\t\tSAF|Sudanese army\t\n" +
			"sdn\tSudan\tstate\tSDN\t\t\t\tSudanese\n" +
			"zel\tVolodymyr Zelensky\tperson\tUKR\tukr\tPresident of Ukraine\tZelensky|Zelenskyy\t\n")},
		"titles.tsv":          {Data: []byte("title\tkind\nspokesman\tperson\nDefense Minister\tperson\ncommander\tperson\nPresident\tperson\n")},
		"place-stopwords.txt": {Data: []byte("# test\nmay\n")},
		"gazetteer.tsv": {Data: []byte("name\tkind\tcountry\tlat\tlon\tparent\tpopulation\taliases\tgeonameid\n" +
			"Kharkiv\tcity\tUKR\t49.98\t36.25\t\t1400000\tKharkov\t1\n" +
			"El Fasher\tcity\tSDN\t13.63\t25.35\t\t260000\tAl-Fashir\t2\n" +
			"Haifa\tcity\tISR\t32.79\t34.99\t\t270000\t\t3\n" +
			"May\ttown\tUSA\t1\t1\t\t600\t\t4\n")},
		"places.tsv": {Data: []byte("name\tkind\tcountry\tlat\tlon\tparent\tpopulation\taliases\tgeonameid\n" +
			"Israel\tcountry\tISR\t31\t35\t\t\t\t\n" +
			"Lebanon\tcountry\tLBN\t33.9\t35.9\t\t\t\t\n" +
			"Ukraine\tcountry\tUKR\t49\t32\t\t\t\t\n" +
			"Gaza Strip\tregion\tPSE\t31.4\t34.4\t\t\tGaza\t\n" +
			"southern Lebanon\tregion\tLBN\t33.3\t35.4\t\t\tsouth Lebanon\t\n")},
		"triggers.tsv": {Data: []byte("forms\tpos\ttype\tmode\tobj\tof\tdefault\n" +
			"fire|fires|fired|firing\tverb\tASSAULT\t-\tnone\t-\tshooting\n" +
			"strike|strikes|struck|striking\tverb\tASSAULT\t-\ttarget\t-\tairstrike\n" +
			"strike|strikes\tnoun\tASSAULT\t-\t-\ttarget\tairstrike\n" +
			"airstrike|airstrikes\tnoun\tASSAULT\tairstrike\t-\ttarget\t-\n" +
			"attack|attacks|attacked|attacking\tverb\tASSAULT\t-\ttarget\t-\t-\n" +
			"attack|attacks\tnoun\tASSAULT\t-\t-\ttarget\t-\n" +
			"shell|shells|shelled|shelling\tverb\tASSAULT\tartillery\ttarget\t-\t-\n" +
			"kill|kills|killed|killing\tverb\tASSAULT\tkilling\ttarget\t-\t-\n" +
			"retaliate|retaliated|retaliating\tverb\tASSAULT\t-\tnone\t-\t-\n" +
			"meet|met|meets|meeting\tverb\tCONSULT\tmeeting\ttarget\t-\t-\n")},
		"weapons.tsv": {Data: []byte("forms\tmode\nrocket|rockets\trocket_fire\nmissile|missiles\tmissile_strike\ndrone|drones\tdrone_strike\nartillery\tartillery\n")},
		"cues.tsv": {Data: []byte("phrase\tkind\nin retaliation for\tretaliation\nin response to\tretaliation\nin response\tretaliation\nretaliated\tretaliation\n" +
			"said\tspeech\nsays\tspeech\naccording to\tspeech\nwarned\tspeech\ncould\tthreat\nvowed to\tthreat\nthreatened to\tthreat\nnot\tnegation\ndenied\tnegation\n")},
		"grammar.tsv": {Data: grammar},
	}
	d, err := LoadDictionary(fsys)
	if err != nil {
		t.Fatalf("LoadDictionary: %v", err)
	}
	return d
}
