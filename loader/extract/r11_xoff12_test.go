package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestOfficeNotThere: general knowledge of offices overrules a state read
// off the words around a person. A monarchy has no president, a
// presidential republic no prime minister, the US no ministers; and a
// state whose one seat of an office another person holds by the text's
// own word is not the unmarked holder's, who is then the publisher's own.
func TestOfficeNotThere(t *testing.T) {
	checkStateCases(t, []stateCase{
		{name: "a monarchy's release: the president is the guest's", outlet: "Ministry of Foreign Affairs of Japan",
			text: "Foreign Minister Taro Ando met Mr. Ramon Cruz, Secretary of Foreign Affairs of the Philippines, in Tokyo on March 3. " +
				"The two ministers reviewed maritime cooperation between Japan and the Philippines. " +
				"Secretary Cruz conveyed a message from President Elena Bautista.",
			want: map[string]string{"Taro Ando": "JP", "Ramon Cruz": "PH", "Elena Bautista": "PH"}},
		{name: "the other vice president is the publisher's", outlet: "The White House",
			text: "During the visit Vice President Tom Hale will co-chair with Ghana's Vice President Ama Owusu a meeting of the U.S.-Ghana commission in Accra.",
			want: map[string]string{"Tom Hale": "US", "Ama Owusu": "GH"}},
		{name: "the guest's foreign minister holds the seat", outlet: "Ministry of Foreign Affairs of Japan",
			text: "On May 2, Foreign Minister Ken Mori received a courtesy call from Mr. Jone Rabuka, Minister for Foreign Affairs of Fiji. " +
				"Minister Mori welcomed the visit and noted Japan's ties with Fiji.",
			want: map[string]string{"Ken Mori": "JP", "Jone Rabuka": "FJ"}},
	})
}

// TestClosedComplement: a marked office whose complement the lexicon does
// not know to its end ("for Defence Industry", "to the peace process",
// "of the former Yugoslav Republic of Macedonia") still sets off its
// holder when a comma closes the complement and a full name follows; a
// private body's words keep the name out.
func TestClosedComplement(t *testing.T) {
	checkOfficeCases(t, []officeCase{
		{name: "a portfolio word after the known ones", outlet: "Prime Minister of Australia",
			text: "Ms Lee met the Minister for Defence Industry, Anna Lind, and the Minister for Trade, Tom Ward, in Manila.",
			want: map[string]bool{"Anna Lind": true, "Tom Ward": true}},
		{name: "a lower-case destination", outlet: "U.S. Department of State",
			text: "The Deputy Secretary spoke by telephone on Monday with Norway's special envoy to the peace process, Erik Dahl, and reviewed the talks.",
			want: map[string]bool{"Erik Dahl": true}},
		{name: "a state's long name", outlet: "Reuters",
			text: "He also met the Foreign Minister of the former Yugoslav Republic of Macedonia, Goran Petrov, in Skopje.",
			want: map[string]bool{"Goran Petrov": true}},
		{name: "an acronym after a special coordinator", outlet: "Minister for Foreign Affairs of Australia",
			text: "I will meet the Prime Minister, Joses Kilo, and the Special Coordinator of RAMSI, Jon Petty, in Honiara.",
			want: map[string]bool{"Jon Petty": true}},
		{name: "a firm's chairman is none", outlet: "Reuters",
			text: "He later met the chairman of the Andes Mining Company, Luis Vera, in Lima.",
			want: map[string]bool{"Luis Vera": false}},
	})
}

// TestBareOfficeAfterUnnamedFull: "the chairman" after "The chairman of
// the Joint Chiefs of Staff" told with no name is that unnamed holder,
// not the named holder of another office with the same head.
func TestBareOfficeAfterUnnamedFull(t *testing.T) {
	x := newExtractor(t)
	e := extractText(t, x, attache.Article{ID: "x", Outlet: "American Forces Press Service", Published: "2004-02-18",
		Text: "WASHINGTON, Feb. 18, 2004 -- The chairman of the Joint Chiefs of Staff praised Peru's army today. " +
			"Air Force Gen. Dan Reed met here with Peru's chairman of the Joint Chiefs of Staff Committee, Gen. Luis Vera. " +
			"A spokesman said the chairman would visit Chile next month."})
	wantOfficialStates(t, e, map[string]string{"Dan Reed": "US", "Luis Vera": "PE"})
	for _, m := range e.Meetings {
		if m.Kind == attache.KindVisit && containsStr(m.Participants, "Luis Vera") {
			t.Errorf("the bare chairman's visit went to the other office's holder: %+v", m)
		}
	}
}

// TestClosedComplementState: a state the closed complement names is the
// office's, not a neighbour's in the list.
func TestClosedComplementState(t *testing.T) {
	checkStateCases(t, []stateCase{
		{name: "a state's long name", outlet: "Reuters",
			text: "He also met the Foreign Minister of the former Yugoslav Republic of Macedonia, Goran Petrov, and Croatian Foreign Minister Ivo Maric in Skopje.",
			want: map[string]string{"Goran Petrov": "MK", "Ivo Maric": "HR"}},
	})
}
