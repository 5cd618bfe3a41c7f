package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/attache-project/attache"
)

// kindStates writes each engagement as "kind:status:A-B" (states sorted),
// the list sorted.
func kindStates(e *attache.Extraction) []string {
	var out []string
	for _, m := range e.Meetings {
		cs := slices.Clone(m.Countries)
		slices.Sort(cs)
		out = append(out, string(m.Kind)+":"+string(m.Status)+":"+strings.Join(cs, "-"))
	}
	slices.Sort(out)
	return out
}

// checkKindStates extracts each sentence (published 2021-06-02) and
// compares its engagements' kinds, statuses and states.
func checkKindStates(t *testing.T, cases []struct {
	text string
	want []string
}) {
	t.Helper()
	x := newExtractor(t)
	for _, tc := range cases {
		e := extractText(t, x, attache.Article{ID: "t", Published: "2021-06-02", Text: tc.text})
		if got := kindStates(e); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// The forms an engagement between states is told in, each with the
// engagement it states (GUIDELINES: "held talks", "hosted", "received",
// a phone or video call, a courtesy call), and forms that tell none:
// an invitation not taken up, a wish, a condition, a meeting of a
// state's own body, of a company or of private people.
func TestR12EngagementForms(t *testing.T) {
	checkKindStates(t, []struct {
		text string
		want []string
	}{
		{"Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Hugo Sol of Argentina in Santiago on Monday.", []string{"meeting:held:AR-CL"}},
		{"President Ana Ruiz of Chile had a telephone conversation with President Hugo Sol of Argentina on Monday.", []string{"call:held:AR-CL"}},
		{"Foreign Minister Ana Ruiz of Chile exchanged views with Foreign Minister Hugo Sol of Argentina on Monday.", []string{"meeting:held:AR-CL"}},
		{"Foreign Minister Ana Ruiz of Chile and Foreign Minister Hugo Sol of Argentina exchanged views on regional security on Monday.", []string{"meeting:held:AR-CL"}},
		{"President Ana Ruiz of Chile hosted a working lunch for President Hugo Sol of Argentina on Monday.", []string{"meeting:held:AR-CL"}},
		{"Ambassador Ana Ruiz of Chile paid a courtesy call on President Hugo Sol of Argentina on Monday.", []string{"meeting:held:AR-CL"}},
		{"President Hugo Sol of Argentina was received in audience by King Carl Berg of Sweden on Monday.", []string{"meeting:held:AR-SE"}},
		{"Foreign Minister Ana Ruiz of Chile paid a call on President Hugo Sol of Argentina on Monday.", []string{"meeting:held:AR-CL"}},
		{"Foreign Minister Ana Ruiz of Chile co-chaired the joint commission with Foreign Minister Hugo Sol of Argentina on Monday.", []string{"talks:held:AR-CL"}},
		{"President Ana Ruiz of Chile hosted a dinner for President Hugo Sol of Argentina on Monday.", []string{"meeting:held:AR-CL"}},
		{"President Ana Ruiz of Chile held a videoconference with President Hugo Sol of Argentina on Monday.", []string{"call:held:AR-CL"}},
		{"President Ana Ruiz of Chile talked by phone with President Hugo Sol of Argentina on Monday.", []string{"call:held:AR-CL"}},
		{"President Ana Ruiz of Chile and President Hugo Sol of Argentina talked by phone on Monday.", []string{"call:held:AR-CL"}},
		{"At the leaders' meeting on Monday, President Ana Ruiz of Chile and President Hugo Sol of Argentina agreed to open the border.", []string{"meeting:held:AR-CL"}},
		{"At the two ministers' meeting on Monday, Foreign Minister Ana Ruiz of Chile and Foreign Minister Hugo Sol of Argentina agreed to open the border.", []string{"meeting:held:AR-CL"}},
		{"Foreign Minister Ana Ruiz of Chile held a video call with Foreign Minister Hugo Sol of Argentina on Monday.", []string{"call:held:AR-CL"}},
		{"Foreign Minister Ana Ruiz of Chile conferred with Foreign Minister Hugo Sol of Argentina on Monday.", []string{"meeting:held:AR-CL"}},
		{"Foreign Minister Ana Ruiz of Chile held consultations with Foreign Minister Hugo Sol of Argentina on Monday.", []string{"talks:held:AR-CL"}},
		{"Foreign Minister Ana Ruiz of Chile sat down with Foreign Minister Hugo Sol of Argentina on Monday.", []string{"meeting:held:AR-CL"}},
		// not engagements
		{"President Ana Ruiz of Chile invited President Hugo Sol of Argentina to visit Santiago.", nil},
		{"President Ana Ruiz of Chile said she looks forward to meeting President Hugo Sol of Argentina.", nil},
		{"President Ana Ruiz of Chile declined an invitation to visit Argentina.", nil},
		{"President Ana Ruiz of Chile hopes to visit Argentina next year.", nil},
		{"President Ana Ruiz of Chile chaired a meeting of the National Security Council on Monday to discuss relations with Argentina.", nil},
		{"President Ana Ruiz of Chile met executives of Argentina's largest oil company on Monday.", nil},
		{"Argentina has hosted meetings of the Bolivian opposition since 2019.", nil},
		{"President Ana Ruiz of Chile met with representatives of non-governmental organisations from Argentina on Monday.", nil},
	})
}

// What an appeal or an offer asks for is no engagement until it is taken
// up, also when the engagement noun is the object of the infinitive the
// appeal governs ("urged A to resume talks", "invited the two to open
// dialogue", "called on B to engage in an inclusive dialogue"), as it was
// when the infinitive was the trigger itself ("urged A to meet"). The
// state the appeal addresses is no party of the engagement told beside
// it. Fixes t7b-05 (eu), corpus 048 (wikinews), t7a-17 (voa) a little;
// t3a-14 keeps its states.
func TestR12AppealedEngagementIsNone(t *testing.T) {
	checkKindStates(t, []struct {
		text string
		want []string
	}{
		{"The EU calls on the authorities of Bolivia to engage in an inclusive national dialogue and to end their dependence on support from Peru.", nil},
		{"The two leaders invited Peru and Bolivia to open dialogue on the border.", nil},
		{"Foreign Minister Ana Ruiz of Chile met Foreign Minister Hugo Sol of Argentina on Monday and asked him to encourage Bolivia to resume talks with Peru.", []string{"meeting:held:AR-CL"}},
		{"President Ana Ruiz of Chile offered to host talks between Argentina and Bolivia.", nil},
		{"The Secretary urged Peru and Bolivia to return to the negotiating table.", nil},
		// must stay: taken up, or a verb of its own after the appeal
		{"Foreign Minister Ana Ruiz of Chile pressed the consulate to act and spoke with Foreign Minister Hugo Sol of Argentina about the case.", []string{"call:held:AR-CL"}},
		{"President Ana Ruiz of Chile and President Hugo Sol of Argentina agreed on Monday to resume talks on the border next month.", []string{"talks:scheduled:AR-CL"}},
	})
}
