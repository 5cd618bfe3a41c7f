package extract

import "testing"

// TestPluralOfficeLists: the names a plural office announces are its
// holders, one per state, whether the list follows a counted group ("of
// four Western Balkan countries:"), pairs with the states of the office's
// complement in order ("the presidents of X, Y and Z – A, B and C"), or
// binds each name to its state in the next sentence ("The ministers met
// ... Taking part were X's A, B of Y, C of Z").
func TestPluralOfficeLists(t *testing.T) {
	checkStateCases(t, []stateCase{
		{name: "counted group and colon", outlet: "UK Foreign & Commonwealth Office",
			text: "The Foreign Secretary hosted a working lunch for the foreign ministers of four Western Balkan countries: " +
				"Tomas Vrenko of Serbia, Lena Maric of Croatia, Edon Kraja of Albania and Pavle Dodik of Montenegro.",
			want: map[string]string{"Tomas Vrenko": "RS", "Lena Maric": "HR", "Edon Kraja": "AL", "Pavle Dodik": "ME"}},
		{name: "numeral group", outlet: "Reuters",
			text: "The foreign ministers of the 3 Baltic states, Rasa Kalnina of Latvia, Jonas Petraitis of Lithuania and Mart Tamm of Estonia, met in Riga.",
			want: map[string]string{"Rasa Kalnina": "LV", "Jonas Petraitis": "LT", "Mart Tamm": "EE"}},
		{name: "complement states then dash", outlet: "President of Russia",
			text: "The treaty will be signed in Minsk on October 10, at a summit which the presidents of Russia, Belarus and Kazakhstan – " +
				"Oleg Tarasov, Ivan Kuzmich and Nurlan Bekov – will also attend.",
			want: map[string]string{"Oleg Tarasov": "RU", "Ivan Kuzmich": "BY", "Nurlan Bekov": "KZ"}},
		{name: "bound names after the office's sentence", outlet: "Voice of America",
			text: "The ministers met for most of Sunday behind closed doors. Taking part were Angola's Paulo Matondo, " +
				"Jonas Banda of Zambia, Petrus Hamutenya of Namibia and Farai Moyo of Zimbabwe.",
			want: map[string]string{"Paulo Matondo": "AO", "Jonas Banda": "ZM", "Petrus Hamutenya": "NA", "Farai Moyo": "ZW"}},
	})
}

// TestStateBoundListNeedsOffice: names bound to states make officials only
// under a plural office nearby, and only three or more of them.
func TestStateBoundListNeedsOffice(t *testing.T) {
	checkStateCases(t, []stateCase{
		{name: "no office", outlet: "Voice of America",
			text: "The festival opened on Sunday. Taking part were Angola's Paulo Matondo, Jonas Banda of Zambia and Petrus Hamutenya of Namibia.",
			want: map[string]string{"Paulo Matondo": "", "Jonas Banda": "", "Petrus Hamutenya": ""}},
		{name: "office two sentences back", outlet: "Voice of America",
			text: "The ministers met on Sunday. The festival opened later. Taking part were Angola's Paulo Matondo, Jonas Banda of Zambia and Petrus Hamutenya of Namibia.",
			want: map[string]string{"Paulo Matondo": "", "Jonas Banda": ""}},
		{name: "two names", outlet: "Voice of America",
			text: "The ministers met on Sunday. Taking part were Jonas Banda of Zambia and Petrus Hamutenya of Namibia.",
			want: map[string]string{"Jonas Banda": ""}},
	})
}
