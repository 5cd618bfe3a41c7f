package extract

import (
	"slices"
	"testing"

	"github.com/attache-project/attache"
)

// TestStateOfNationalBody: a state's name that needs context ("Korea",
// "Jordan", "Georgia") after a national body and "of", or after an
// envoy's office and "to", is the state even when the holder's name
// follows it ("Governor of the Bank of Korea N", "Ambassador to Korea N");
// a university of the same name, or a person's name, is no state.
func TestStateOfNationalBody(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		official, state    string // the official and their state; "" for none
		notState           string // a code that must not be among the countries
	}{
		{name: "US Treasury: a central bank governor of Korea",
			outlet:   "U.S. Department of the Treasury",
			text:     "In Seoul on Wednesday, Secretary Dale Reed met with Finance Minister Lee Jae-won and Governor of the Bank of Korea Park Sun-il.",
			official: "Park Sun-il", state: "KR"},
		{name: "wire: a central bank governor of Jordan",
			outlet:   "Reuters",
			text:     "The Governor of the Bank of Jordan Samir Haddad met Treasury Secretary Tom Reed in Washington on Monday.",
			official: "Samir Haddad", state: "JO"},
		{name: "Korean release: the governor's office with the holder after it",
			outlet:   "Ministry of Economy and Finance, Republic of Korea",
			text:     "Deputy Prime Minister Kim Do-hyun and Governor of the Bank of Korea Lee Min-jun met IMF Managing Director Ana Vell in Seoul on 3 March.",
			official: "Lee Min-jun", state: "KR"},
		{name: "Korean release: an ambassador to Korea before the name",
			outlet:   "Ministry of Foreign Affairs, Republic of Korea",
			text:     "Attending the meeting were Vice Minister Kim Do-hyun on the Korean side, and German Ambassador to Korea Petra Lange on the German side.",
			official: "Petra Lange", state: "DE"},
		{name: "US State: an ambassador to Georgia before the name",
			outlet:   "U.S. Department of State",
			text:     "U.S. Ambassador to Georgia Tom Reed met Prime Minister Irakli Beridze in Tbilisi on Monday.",
			official: "Irakli Beridze", state: "GE"},
		{name: "a university of Georgia names no state",
			outlet:   "Reuters",
			text:     "The University of Georgia Bulldogs won on Saturday, and Michael Jordan watched from the stands.",
			notState: "GE"},
	}
	for _, tc := range tests {
		e := extractText(t, x, attache.Article{ID: "x", Outlet: tc.outlet, Published: "2021-03-04", Text: tc.text})
		if tc.official != "" {
			wantOfficialStates(t, e, map[string]string{tc.official: tc.state})
		}
		if tc.notState != "" && slices.Contains(countryCodes(e), tc.notState) {
			t.Errorf("%s: countries %v hold %s", tc.name, countryCodes(e), tc.notState)
		}
	}
}
