package extract

import (
	"slices"
	"sort"
	"testing"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/identity"
)

func newExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return x
}

func extractText(t testing.TB, x *Extractor, a attache.Article) *attache.Extraction {
	t.Helper()
	e, err := x.Extract(a)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return e
}

func countryCodes(e *attache.Extraction) []string {
	var out []string
	for _, c := range e.Countries {
		out = append(out, c.Code)
	}
	sort.Strings(out)
	return out
}

// officialNamed finds the official of e whose name folds like name
// (case and diacritics aside).
func officialNamed(e *attache.Extraction, name string) (attache.OfficialFact, bool) {
	for _, o := range e.Officials {
		if slices.Equal(identity.Fold(o.Name), identity.Fold(name)) {
			return o, true
		}
	}
	return attache.OfficialFact{}, false
}

// wantOfficialStates checks the state of each official of want, by name;
// a name wanted with the state "" must be no official at all.
func wantOfficialStates(t *testing.T, e *attache.Extraction, want map[string]string) {
	t.Helper()
	for name, state := range want {
		o, ok := officialNamed(e, name)
		if state == "" {
			if ok {
				t.Errorf("%s is an official (%+v), want none", name, o)
			}
			continue
		}
		if !ok {
			t.Errorf("%s not found among %+v", name, e.Officials)
			continue
		}
		if o.Country == nil || *o.Country != state {
			t.Errorf("%s: state %v, want %q", name, o.Country, state)
		}
	}
}

// wantMeetingOf checks that some meeting of e holds both a and b.
func wantMeetingOf(t *testing.T, e *attache.Extraction, a, b string) {
	t.Helper()
	for _, m := range e.Meetings {
		if containsStr(m.Participants, a) && containsStr(m.Participants, b) {
			return
		}
	}
	t.Errorf("no meeting holds %s and %s: %+v", a, b, e.Meetings)
}

// meetingStatesCase is an article text with the states of each engagement
// wanted from it (meetingStates).
type meetingStatesCase struct {
	name, outlet, text string
	want               []string
}

// checkMeetingStates extracts each case's text, published 2021-06-02,
// and compares the states of its engagements.
func checkMeetingStates(t *testing.T, x *Extractor, cases []meetingStatesCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: "2021-06-02", Outlet: tc.outlet, Text: tc.text})
			if got := meetingStates(e); !slices.Equal(got, tc.want) {
				t.Errorf("engagements got %q, want %q", got, tc.want)
			}
		})
	}
}

func officialNames(e *attache.Extraction) []string {
	var names []string
	for _, o := range e.Officials {
		names = append(names, o.Name)
	}
	return names
}

// dateCase is a sentence and the dates findDates should read in it, in order.
type dateCase struct {
	text string
	want []string
}

// checkFindDates runs findDates on each case's sentence with ref as the
// publication day.
func checkFindDates(t *testing.T, p *dateParser, ref date, cases []dateCase) {
	t.Helper()
	for _, tc := range cases {
		toks := tokenize(tc.text, 0, len(tc.text), nil)
		var got []string
		for _, dm := range p.findDates(toks, ref) {
			got = append(got, dm.value.String())
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// wantOneMention checks that a pass found exactly one official in text,
// with this name, title and state.
func wantOneMention(t *testing.T, text string, found officialsFound, name, title, country string) {
	t.Helper()
	if len(found.mentions) != 1 {
		t.Fatalf("%q: %d mentions, want 1", text, len(found.mentions))
	}
	m := found.mentions[0]
	if m.name != name || m.title.title != title || m.country != country {
		t.Errorf("%q: %q %q %q, want %q %q %q", text, m.name, m.title.title, m.country, name, title, country)
	}
}
