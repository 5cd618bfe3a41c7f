package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// officialsCase is an invented sentence and the officials' names and
// titles it must yield (want) or must not yield (not).
type officialsCase struct {
	name, text string
	want, not  []string
	title      string // the title of want[0], if checked
}

func runOfficialsCases(t *testing.T, tests []officialsCase) {
	t.Helper()
	x := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Text: tc.text})
			for i, w := range tc.want {
				o, ok := officialNamed(e, w)
				if !ok {
					t.Fatalf("officials %+v, want %s", e.Officials, w)
				}
				if i == 0 && tc.title != "" && o.Title != tc.title {
					t.Errorf("title %q, want %q", o.Title, tc.title)
				}
			}
			for _, n := range tc.not {
				if _, ok := officialNamed(e, n); ok {
					t.Errorf("officials %+v, want no %s", e.Officials, n)
				}
			}
		})
	}
}

// TestNamesWithParticlesOfDescent: "Said" before an Arabic particle of
// descent is the given name, not the verb; "e" joins Portuguese family
// names; a hyphenated word after a particle is a name's part only when
// capitalised.
func TestNamesWithParticlesOfDescent(t *testing.T) {
	runOfficialsCases(t, []officialsCase{
		{name: "wire: comma apposition, Said bin … al-",
			text: "Kuwait's oil minister, Said bin Omar al-Qasimi, will open the refinery with the visiting Indian minister on Sunday.",
			want: []string{"Said bin Omar al-Qasimi"}},
		{name: "US readout: office before the name, state after it",
			text: "Secretary Reed met Foreign Minister Said bin Ahmed al-Rashidi of Oman in Washington on Monday.",
			want: []string{"Said bin Ahmed al-Rashidi", "Reed"}},
		{name: "UK release: ibn in a minister's name",
			text: "The Minister for the Middle East met Minister of Commerce Said ibn Nasser al-Kindi of Oman in London.",
			want: []string{"Said ibn Nasser al-Kindi"}},
		{name: "Brazilian name joined by e",
			text: "The minister held talks in Brasilia with Brazil's foreign minister, Antonio de Souza e Melo, on trade.",
			want: []string{"Antonio de Souza e Melo"}},
		{name: "must not fire: the verb said in lower case before bin",
			text: "Foreign Minister Tom Reed said bin collections would resume in the capital.",
			want: []string{"Tom Reed"}, not: []string{"Tom Reed said bin"}},
		{name: "must not fire: a lower-case word after a particle's hyphen",
			text: "Prime Minister Ana Vell de-escalated the dispute with Chile on Monday.",
			want: []string{"Ana Vell"}, not: []string{"Ana Vell de-escalated"}},
		{name: "must not fire: e-mailed after a name",
			text: "Prime Minister Ana Vell e-mailed her Peruvian counterpart on Monday.",
			want: []string{"Ana Vell"}, not: []string{"Ana Vell e-mailed"}},
	})
}

// TestOfficeForTwoCompassRegions: "and" joins two compass words of the
// region an office covers even after an earlier institution word, so the
// name after the office is read; "and" after a name still ends it.
func TestOfficeForTwoCompassRegions(t *testing.T) {
	runOfficialsCases(t, []officialsCase{
		{name: "US defense office",
			text: "Deputy Assistant Secretary of Defense for South and Southeast Asia Mary Tolland will lead the talks in Hanoi next week.",
			want: []string{"Mary Tolland"}, title: "Deputy Assistant Secretary of Defense for South and Southeast Asia"},
		{name: "US State office with Asian Affairs",
			text: "Assistant Secretary of State for South and Central Asian Affairs Mary Tolland arrived in Dhaka on Friday.",
			want: []string{"Mary Tolland"}},
		{name: "UN envoy, comma apposition",
			text: "The UN Special Representative for West and Central Africa, Amadou Kone, met President Rosa Tello of Chile.",
			want: []string{"Amadou Kone", "Rosa Tello"}},
		{name: "must not fire: and after a name before another office",
			text: "Secretary of Defense Tom Reed and South Korean Defense Minister Kim Do-hyun met in Seoul.",
			want: []string{"Tom Reed", "Kim Do-hyun"}},
	})
}

// TestNameBetweenOfficeAndItsInstitution: a name after an office's
// complement and before "of the <institution>" is the holder's, not more
// of the office; with no name there the complement goes on.
func TestNameBetweenOfficeAndItsInstitution(t *testing.T) {
	runOfficialsCases(t, []officialsCase{
		{name: "US trade readout: Japanese name in capitals, family name first",
			text: "Director-General for Trade Policy SATO Ichiro of the Ministry of Economy received the Chilean delegation in Tokyo.",
			want: []string{"SATO Ichiro"}},
		{name: "Korean release: hyphenated given name",
			text: "Deputy Minister for Trade Negotiations Park Min-jun of the Ministry of Trade met the Chilean delegation in Seoul on Monday.",
			want: []string{"Park Min-jun"}},
		{name: "UK release: a minister of state and her department",
			text: "Minister of State for Trade Policy Ana Vell of the Department for Business met Peruvian Foreign Minister Marco Lino in London.",
			want: []string{"Ana Vell", "Marco Lino"}},
		{name: "must not fire: no name before the institution",
			text: "The Director-General for Trade Policy of the Ministry of Economy, SATO Ichiro, received the Chilean delegation.",
			want: []string{"SATO Ichiro"}, not: []string{"Finance"}},
		{name: "must not fire: the state after the name is no institution",
			text: "Minister for Foreign Affairs Ana Vell of Chile met Secretary of State Tom Reed in Washington.",
			want: []string{"Ana Vell", "Tom Reed"}},
	})
}

// TestRegionOrHeadlineVerbIsNoName: a region's name before ", the <office>"
// ("On the Middle East, the Foreign Secretary") and a title-case
// headline's verb after an office ("Secretary Leads …") are no person's
// names; a real name before ", the <office>" still is.
func TestRegionOrHeadlineVerbIsNoName(t *testing.T) {
	runOfficialsCases(t, []officialsCase{
		{name: "UK readout: a region before the unnamed Prime Minister",
			text: "As for the Indo-Pacific, the Prime Minister said Britain would send a second frigate next year.",
			not:  []string{"Indo-Pacific"}},
		{name: "EU statement: a region before the High Representative",
			text: "On the Middle East, the High Representative said the ceasefire must hold.",
			not:  []string{"Middle East"}},
		{name: "Japanese readout: a region before the Prime Minister",
			text: "Regarding Latin America, the Prime Minister stated that Japan would deepen its engagement.",
			not:  []string{"Latin America"}},
		{name: "US headline in title case",
			text: "Energy Secretary Leads Solar Power Delegation to Chile and Peru",
			not:  []string{"Leads Solar Power", "Leads Solar", "Leads"}},
		{name: "must not fire: a person's name before the office",
			text: "Ana Vell, the Prime Minister, welcomed the growing cooperation between the two navies.",
			want: []string{"Ana Vell"}},
		{name: "must not fire: wire apposition with a state",
			text: "Marco Lino, the foreign minister of Peru, arrived in Tokyo on Monday.",
			want: []string{"Marco Lino"}},
	})
}

// TestRankBeforePortfolio: a rank between a state and an office written
// with its portfolio ("Japan's deputy trade minister, N", "South Korea's
// chief nuclear negotiator, N") still gives the holder the state, and a
// deputy of a minister is titled so; a rank with no state before it names
// no one by itself.
func TestRankBeforePortfolio(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text, who, country, title string
	}{
		{"wire: deputy trade minister", "Japan's deputy trade minister, Kenji Ota, told reporters in Manila that the tariff cut would come in April.",
			"Kenji Ota", "JP", "Deputy Minister of Trade"},
		{"wire: chief nuclear negotiator", "South Korea's chief climate negotiator, Yoon Ha-rin, said in Geneva that the draft was weak.",
			"Yoon Ha-rin", "KR", ""},
		{"UK release: vice trade minister", "The Minister for Trade met Vietnam's vice trade minister, Tran Van Minh, in London on Tuesday.",
			"Tran Van Minh", "VN", "Vice Minister of Trade"},
		{"Kremlin: top climate envoy", "Russia's top climate envoy, Pavel Orlov, met the EU delegation in Moscow on Monday.",
			"Pavel Orlov", "RU", ""},
		{"must stay: deputy foreign minister is its own office", "Japan's deputy foreign minister, Kenji Ota, told reporters in Manila that the tariff cut would come in April.",
			"Kenji Ota", "JP", "Deputy Foreign Minister"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Text: tc.text})
			o, ok := officialNamed(e, tc.who)
			if !ok {
				t.Fatalf("officials %+v, want %s", e.Officials, tc.who)
			}
			if o.Country == nil || string(*o.Country) != tc.country {
				t.Errorf("country %v, want %s", o.Country, tc.country)
			}
			if tc.title != "" && o.Title != tc.title {
				t.Errorf("title %q, want %q", o.Title, tc.title)
			}
		})
	}
	// No state, no name after a comma: nothing to read.
	e := extractText(t, x, attache.Article{ID: "t", Text: "A deputy trade minister said on Monday that the talks would resume."})
	if len(e.Officials) != 0 {
		t.Errorf("officials %+v, want none", e.Officials)
	}
}

// TestCommandNamedForItsPlace: "U.S. Forces Korea" is a command, so its
// place is no person after an office; a surname that is a state's form
// after an office's own institution word still is one.
func TestCommandNamedForItsPlace(t *testing.T) {
	runOfficialsCases(t, []officialsCase{
		{name: "US defense release",
			text: "The secretary was joined in Seoul by Gen. Tom Hale, commander of U.S. Forces Korea, who briefed him on the drills.",
			want: []string{"Tom Hale"}, not: []string{"Korea"}},
		{name: "wire: commander title before the command",
			text: "Commander of U.S. Forces Japan Lt. Gen. Tom Hale met Defense Minister Kenji Ota in Tokyo.",
			want: []string{"Kenji Ota"}, not: []string{"Japan"}},
		{name: "must not fire: a surname after Secretary of State",
			text: "Secretary of State Jordan met Foreign Minister Marco Lino of Peru in Lima.",
			want: []string{"Jordan", "Marco Lino"}},
	})
}
