package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/attache-project/attache"
)

// Round 13 (xnoeng15): a sentence with no event of its own that tells who
// led or represented one side ("X's delegation, led by N, ...", "The EU
// delegation was led by N", "X was represented at the council by N") adds
// its official to the gathering just told, even when the official's state
// is none of the gathering's parties yet; a bilateral aside told since
// is not the gathering it refers back to. Every sentence and name is
// invented; want lists the pairs the guidelines give.
func TestR13DelegationSides(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a delegation's head set off by commas joins the summit, not the aside told since",
			"Leaders of the member states of the Association of Southeast Asian Nations met in Jakarta on Thursday for their annual summit.\n\nOn the margins of the summit, Thai Prime Minister Arun Sukjai and Cambodian Prime Minister Sok Dara held their first meeting since the border clashes.\n\nPhilippine President Mario Lacson and Indonesian President Adi Pratama held a separate meeting on Thursday evening.\n\nLaos's delegation, led by Foreign Minister Boun Keo, pressed for faster progress on the regional power grid.",
			[]string{"meeting:Adi Pratama,Mario Lacson", "meeting:Arun Sukjai,Sok Dara", "summit:Boun Keo"}},
		{"the head of a side told in the paragraph after the council",
			"The ninth meeting of the EU-Moldova Cooperation Council was held in Brussels today at ministerial level.\n\nThe European Union delegation was led by Mr Jan Peeters, Minister for Foreign Affairs of Belgium. The Moldovan delegation was led by Ms Elena Rusu, Prime Minister of Moldova.",
			[]string{"meeting:Elena Rusu,Jan Peeters"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: "Wire", Published: attache.Date("2025-05-06"), Text: tc.text})
			got, want := strings.Join(sidesTold(e), " "), strings.Join(tc.want, " ")
			if got != want {
				t.Errorf("got %s\nwant %s\nengagements %v", got, want, engagementSummary(e))
			}
		})
	}
}

// sidesTold lists each engagement's kind and participants, sorted.
func sidesTold(e *attache.Extraction) []string {
	var out []string
	for _, m := range e.Meetings {
		p := slices.Clone(m.Participants)
		slices.Sort(p)
		out = append(out, string(m.Kind)+":"+strings.Join(p, ","))
	}
	slices.Sort(out)
	return out
}

// The clause tests: which sentences tell a side's composition.
func TestR13CompositionClause(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Chile's delegation, led by Foreign Minister Ana Soto, pressed for a binding text.", true},
		{"The Dutch delegation was led by Minister Piet de Vries.", true},
		{"Norway was represented at the council by Deputy Foreign Minister Ola Berg.", true},
		{"Norway was represented by Deputy Foreign Minister Ola Berg.", true},
		{"The delegation, which arrived on Monday, was led by Ola Berg.", false},
		{"Norway was represented, officials said, by its ambassador.", false},
	}
	for _, tc := range tests {
		if got := compositionClause(tokenize(tc.text, 0, len(tc.text), nil)); got != tc.want {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}
