package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// officeCase is an invented article and the officials it must (true) or
// must not (false) yield.
type officeCase struct {
	name, outlet, text string
	want               map[string]bool
}

func checkOfficeCases(t *testing.T, cases []officeCase) {
	t.Helper()
	x := newExtractor(t)
	for _, tc := range cases {
		e := extractText(t, x, attache.Article{ID: "x", Outlet: tc.outlet, Published: "2021-03-04", Text: tc.text})
		for name, want := range tc.want {
			if _, got := officialNamed(e, name); got != want {
				t.Errorf("%s: official %q found=%v, want %v (officials %v)", tc.name, name, got, want, officialNames(e))
			}
		}
	}
}

// TestOfficesOfInternationalBodies: the head or deputy head of an
// intergovernmental body that the lexicon knows is an official whether the
// office comes before the name, after it, or set off by commas; a firm's
// managing director is not.
func TestOfficesOfInternationalBodies(t *testing.T) {
	checkOfficeCases(t, []officeCase{
		{name: "Australian first person: a regional forum's head in apposition",
			outlet: "Minister for Foreign Affairs",
			text:   "While in Apia I will also meet the Secretary General of the Pacific Islands Forum, Mele Taufa, to discuss the Leaders' Meeting.",
			want:   map[string]bool{"Mele Taufa": true}},
		{name: "US Treasury: a fund's deputy head after the name",
			outlet: "U.S. Department of the Treasury",
			text:   "Secretary Dale Reed met Finance Minister Lee Jae-won in Seoul on Monday. He was joined by Ina Vessel, First Deputy Managing Director of the International Monetary Fund, who briefed Korean officials.",
			want:   map[string]bool{"Ina Vessel": true, "Lee Jae-won": true, "Managing": false}},
		{name: "EU: an economic body's head before the name",
			outlet: "European External Action Service",
			text:   "High Representative Anna Lind met OECD Secretary-General Paul Moreau in Brussels on Tuesday.",
			want:   map[string]bool{"Paul Moreau": true, "Anna Lind": true}},
		{name: "wire: a firm's managing director is no official",
			outlet: "Reuters",
			text:   "Kenyan Trade Minister Peter Otieno met investors in Nairobi on Monday. The Managing Director of Lakeside Holdings, Paul Hale, said the firm would bid.",
			want:   map[string]bool{"Peter Otieno": true, "Paul Hale": false}},
	})
}

// TestOfficeAtInstitution: "Minister of State at the Foreign Office" and
// "State Secretary at the Ministry of Defence" name the institution the
// office sits in, and the name follows it as it follows "of the ...";
// "at the" before a place or after a name opens no office.
func TestOfficeAtInstitution(t *testing.T) {
	checkOfficeCases(t, []officeCase{
		{name: "UK: apposition after an office at an institution",
			outlet: "Foreign and Commonwealth Office",
			text:   "The Minister of State at the Foreign Office, Mr Alan Brisk, has postponed his visit to Ghana, which was due to begin on 2 June.",
			want:   map[string]bool{"Alan Brisk": true}},
		{name: "Korean release: a German minister of state among a delegation",
			outlet: "Ministry of Foreign Affairs, Republic of Korea",
			text:   "Vice Minister Kim Do-hyun met Minister of State at the Federal Foreign Office Jonas Keller in Seoul on 3 March.",
			want:   map[string]bool{"Jonas Keller": true, "Kim Do-hyun": true}},
		{name: "Nordic: a state secretary at a ministry",
			outlet: "Government of Norway",
			text:   "State Secretary at the Ministry of Defence Lars Holm met his Danish counterpart Mette Dahl in Oslo on Friday.",
			want:   map[string]bool{"Lars Holm": true}},
		{name: "wire: at the before a place opens no office",
			outlet: "Reuters",
			text:   "Foreign Minister Ali Sani of Niger arrived at the Foreign Office at noon and met Secretary Dale Reed at the State Department on Monday.",
			want:   map[string]bool{"Ali Sani": true, "Dale Reed": true, "Foreign Office": false}},
	})
}
