package extract

import (
	"slices"
	"testing"
)

// TestGluedInitialsTokens: initials glued to a surname ("S.V.Orlov", as
// Russian releases write them) come apart into one word per initial, like
// "S. V. Orlov"; the abbreviations of states and a sentence's "U.S. and"
// stay one word.
func TestGluedInitialsTokens(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Minister S.V.Orlov met", []string{"Minister", "S.", "V.", "Orlov", "met"}},
		{"A.B.C.Dorov said", []string{"A.", "B.", "C.", "Dorov", "said"}},
		{"The U.S. and the U.K. agreed", []string{"The", "U.S.", "and", "the", "U.K.", "agreed"}},
		{"met U.S.Ambassador Reed", []string{"met", "U.S.", "Ambassador", "Reed"}},
		{"at 9 a.m. today", []string{"at", "9", "a.m.", "today"}},
	}
	for _, tc := range tests {
		var got []string
		for _, tk := range tokenize(tc.text, 0, len(tc.text), nil) {
			got = append(got, tk.text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: tokens %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestOfficeNameForms: name forms and offices that releases of several
// governments use: initials glued to a surname (Kremlin and Russian
// ministry style), a Japanese legislator written family name first with
// the office after the name, a delegate set off by commas with the
// ministry after the name, a state's chief minister; and where they must
// not make an official.
func TestOfficeNameForms(t *testing.T) {
	checkOfficeCases(t, []officeCase{
		{name: "Russian ministry: initials glued to the surname",
			outlet: "Ministry of Foreign Affairs of the Russian Federation",
			text:   "On 14 January, Deputy Minister of Foreign Affairs of the Russian Federation A.V.Petrov held consultations in Tokyo with Deputy Minister for Foreign Affairs of Japan Taro Yamada.",
			want:   map[string]bool{"A.V.Petrov": true, "Taro Yamada": true}},
		{name: "Japanese ministry: a legislator after the name, family name first",
			outlet: "Ministry of Foreign Affairs of Japan",
			text:   "On 3 March, Foreign Minister Pablo Rios of Chile called on Mr. SATO Ken, Member of the House of Representatives and Chairman of the Japan-Chile Parliamentary Friendship League.",
			want:   map[string]bool{"SATO Ken": true, "Pablo Rios": true}},
		{name: "wire: a delegate with the ministry after the name",
			outlet: "Voice of America",
			text:   "Japan's delegate, Kenji Arata of the Foreign Ministry, spoke by telephone with Assistant Secretary of State Dale Reed on Sunday.",
			want:   map[string]bool{"Kenji Arata": true, "Dale Reed": true}},
		{name: "wire: a firm after the name makes no delegate an official",
			outlet: "Reuters",
			text:   "Chile's delegate, Paul Hale of the Andes Mining Company, said the firm would bid. Foreign Minister Pablo Rios of Chile met Foreign Minister Ali Sani of Niger on Monday.",
			want:   map[string]bool{"Paul Hale": false, "Pablo Rios": true}},
		{name: "US aid release: a chief minister before the name",
			outlet: "U.S. Agency for International Development",
			text:   "In Chennai, the Administrator met Chief Minister Ravi Kumar and U.S. Consul General Dale Reed on Tuesday.",
			want:   map[string]bool{"Ravi Kumar": true, "Dale Reed": true}},
	})
}
