package extract

import (
	"strings"
	"testing"

	"github.com/attache-project/attache"
)

// TestR12DateMatrix is a coverage matrix of date expressions: for each
// form, an invented sentence with one engagement, the article's
// publication day and the date GUIDELINES.md gives the engagement
// (relative dates against the dateline or publication day; coarse ones at
// the finest unit that is certain). Publication day: Thursday 2025-12-04.
func TestR12DateMatrix(t *testing.T) {
	const thu = "2025-12-04"
	const wire = "Wikinews"
	tests := []struct {
		form, outlet, published, text string
		want                          []string
		// gap says why a form still fails and how often the read
		// splits and the corpus write it; such a case is skipped while it
		// fails and reported when it starts to pass.
		gap string
	}{
		{"yesterday", wire, thu, "Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru yesterday in Lima.", []string{"meeting held 2025-12-03"}, ""},
		{"this morning", wire, thu, "Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru this morning in Lima.", []string{"meeting held 2025-12-04"}, ""},
		{"last night", wire, thu, "Foreign Minister Ana Vidal of Chile spoke by telephone with Foreign Minister Jorge Paz of Peru last night.", []string{"call held 2025-12-03"}, ""},
		{"on Tuesday, past", wire, thu, "Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru on Tuesday in Lima.", []string{"meeting held 2025-12-02"}, ""},
		{"on Tuesday, future", wire, thu, "Foreign Minister Ana Vidal of Chile will meet Foreign Minister Jorge Paz of Peru on Tuesday in Lima.", []string{"meeting scheduled 2025-12-09"}, ""},
		{"on Friday, future", wire, thu, "Foreign Minister Ana Vidal of Chile is due to meet Foreign Minister Jorge Paz of Peru on Friday in Lima.", []string{"meeting scheduled 2025-12-05"}, ""},
		{"last Tuesday", wire, thu, "Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru last Tuesday in Lima.", []string{"meeting held 2025-12-02"}, ""},
		{"earlier this week", wire, thu, "Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru earlier this week in Lima.", []string{"meeting held 2025-12"}, ""},
		{"earlier this month", wire, thu, "Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru earlier this month in Lima.", []string{"meeting held 2025-12"}, ""},
		{"last week", wire, thu, "Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru last week in Lima.", []string{"meeting held 2025-11"}, ""},
		{"this week", wire, thu, "Foreign Minister Ana Vidal of Chile will meet Foreign Minister Jorge Paz of Peru this week in Lima.", []string{"meeting scheduled 2025-12"}, ""},
		{"on the 14th, future", wire, thu, "Foreign Minister Ana Vidal of Chile will meet Foreign Minister Jorge Paz of Peru on the 14th in Lima.", []string{"meeting scheduled 2025-12-14"}, ""},
		{"on the 2nd, past", wire, thu, "Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru on the 2nd in Lima.", []string{"meeting held 2025-12-02"}, ""},
		{"Dec. 3", wire, thu, "Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru on Dec. 3 in Lima.", []string{"meeting held 2025-12-03"}, ""},
		{"3 December", wire, thu, "Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru on 3 December in Lima.", []string{"meeting held 2025-12-03"}, ""},
		{"December 3rd", wire, thu, "Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru on December 3rd in Lima.", []string{"meeting held 2025-12-03"}, ""},
		{"3rd of December", wire, thu, "Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru on the 3rd of December in Lima.", []string{"meeting held 2025-12-03"}, ""},
		{"Wednesday 3 December", wire, thu, "Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru on Wednesday 3 December in Lima.", []string{"meeting held 2025-12-03"}, ""},
		{"Wednesday, December 3", wire, thu, "Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru on Wednesday, December 3, in Lima.", []string{"meeting held 2025-12-03"}, ""},
		{"the day before", wire, thu, "The regional summit opened in Lima on 3 December. The day before, Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru.", []string{"meeting held 2025-12-02"}, ""},
		{"the following day", wire, thu, "Foreign Minister Ana Vidal of Chile arrived in Lima on 1 December. The following day she met Foreign Minister Jorge Paz of Peru.", []string{"meeting held 2025-12-02"}, ""},
		{"two days later", wire, thu, "Foreign Minister Ana Vidal of Chile arrived in Lima on 1 December. Two days later she met Foreign Minister Jorge Paz of Peru.", []string{"meeting held 2025-12-03"}, "spanAfter (settle.go) reads a span in days told in words as loose, to the month; no read split or corpus article writes \"N days later\" of an engagement"},
		{"on the eve of", wire, thu, "The regional summit opened in Lima on 3 December. On the eve of the summit, Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru.", []string{"meeting held 2025-12-02"}, "\"the eve of\" is no span: the meeting takes the summit day itself; written of an engagement in no read split or corpus article"},
		{"at the end of last month", wire, thu, "Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru at the end of last month in Lima.", []string{"meeting held 2025-11"}, ""},
		{"in mid-March, past", wire, thu, "Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru in mid-March in Lima.", []string{"meeting held 2025-03"}, ""},
		{"in mid-March, future", wire, thu, "Foreign Minister Ana Vidal of Chile will visit Peru in mid-March.", []string{"visit scheduled 2026-03"}, ""},
		{"early this year", wire, thu, "Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru early this year in Lima.", []string{"meeting held 2025"}, ""},
		{"late last year", wire, thu, "Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru late last year in Lima.", []string{"meeting held 2024"}, ""},
		{"ISO date in the text", wire, thu, "Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru on 2025-12-03 in Lima.", []string{"meeting held 2025-12-03"}, ""},
		{"wire dateline with a parenthesised day", wire, thu, "TOKYO (Dec 3) - Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru yesterday in Tokyo.", []string{"meeting held 2025-12-02"}, "parseDateline drops \"(Dec 3)\" as an agency mark; no read split or corpus article has such a dateline"},
		{"dotted day.month.year dateline", wire, "", "3.12.2025\n\nForeign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru yesterday in Lima.", []string{"meeting held 2025-12-02"}, ""},
		{"ISO dateline", wire, "", "2025-12-03\n\nForeign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru yesterday in Lima.", []string{"meeting held 2025-12-02"}, ""},
		{"month-day-year dateline with a dash", wire, "", "December 3, 2025 — Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru yesterday in Lima.", []string{"meeting held 2025-12-02"}, "a mixed-case dateline needs a city before the date; no read split or corpus article opens a paragraph with \"Month D, YYYY —\""},
		{"Later Friday, future", wire, thu, "Foreign Minister Ana Vidal of Chile arrived in Lima on Thursday. Later Friday, she will meet Foreign Minister Jorge Paz of Peru.", []string{"meeting scheduled 2025-12-05"}, ""},
		{"Earlier Tuesday, past", wire, thu, "Earlier Tuesday, Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru in Lima.", []string{"meeting held 2025-12-02"}, ""},
		{"earlier Tuesday after the verb", wire, thu, "Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru earlier Tuesday in Lima.", []string{"meeting held 2025-12-02"}, ""},
		{"sidelines of a gathering dated before", wire, thu, "The foreign ministers of the region met in Lima on 2 December for the annual forum. On the margins of the meeting, Foreign Minister Ana Vidal of Chile met separately with Foreign Minister Jorge Paz of Peru.", []string{"meeting held 2025-12-02"}, ""},
		{"a year alone", wire, thu, "Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru in Lima in 2019.", []string{"meeting held 2019"}, ""},
		{"a past season", wire, thu, "Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru in Lima last spring.", []string{"meeting held 2025"}, ""},
		{"a coming season", wire, thu, "Foreign Minister Ana Vidal of Chile will visit Peru next summer.", []string{"visit scheduled 2026"}, ""},
		{"the edge of a gathering told before takes its day, not the readout's", "Ministry of Foreign Affairs of Chile (press release)", "2025-12-06", "Minister Vidal in Lima\n\nForeign Minister Ana Vidal has spent three days in Lima for the Andean ministerial meeting.\n\nOn Thursday Ms Vidal attended the Andean Foreign Ministers Meeting, which discussed climate finance and trade.\n\nOn the margins of the meeting, the Foreign Minister met separately with Peru's Minister of Foreign Affairs, Jorge Paz, and with Bolivia's Minister of Foreign Affairs, Luis Mamani.", []string{"meeting held 2025-12-04", "meeting held 2025-12-04", "summit held 2025-12-04"}, ""},
		{"a weekday carried to the next sentence", wire, thu, "On Monday Foreign Minister Ana Vidal of Chile arrived in Lima. She met Foreign Minister Jorge Paz of Peru to discuss trade.", []string{"meeting held 2025-12-01"}, ""},
		{"a stay's first day carried into it", wire, thu, "Foreign Minister Ana Vidal of Chile began a visit to Peru on 3 May. During the visit, she met Foreign Minister Jorge Paz of Peru.", []string{"meeting held 2025-05-03"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.form, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: attache.Date(tc.published), Text: tc.text})
			got := strings.Join(engagementSummary(e), "; ")
			want := strings.Join(tc.want, "; ")
			switch {
			case tc.gap != "" && got == want:
				t.Logf("passes now; drop its gap: %s", tc.gap)
			case tc.gap != "":
				t.Skipf("known gap: %s (got %s)", tc.gap, got)
			case got != want:
				t.Errorf("%s: got %s, want %s", tc.form, got, want)
			}
		})
	}
}

// TestR12DateOfParticiple: a date that completes a past participle
// modifying a noun after the engagement's clause has its verb (a reduced
// relative clause: "welcomed the outlook adopted in June", an apposition
// "the accord, confirmed in Quito in 2019,") dates what the participle
// tells, not the engagement. The main verb after an apposition ("The
// round, involving A and B, ended in August"), a participle modifying the
// trigger itself ("the talks held in June") and a second verb after "and"
// keep their dates. Invented releases and wire copy.
func TestR12DateOfParticiple(t *testing.T) {
	tests := []struct {
		name, outlet, published, text string
		want                          []string
	}{
		{"the object of a trigger verb, modified", "Ministry of Foreign Affairs of Japan", "2025-08-05",
			"Foreign Minister Attends the Meetings (Overview)\n\n1. Japan-Singapore Foreign Ministers' Meeting (August 1)\n\nAt the Japan-Singapore Foreign Ministers' Meeting, Minister Taro Ueda welcomed the regional outlook adopted in June and confirmed cooperation with Ms. Mei Tan, Minister for Foreign Affairs of Singapore.",
			[]string{"meeting held 2025-08-01"}},
		{"an apposition closed by its comma", "Council of the European Union (press release)", "2025-12-04",
			"Press release\n\nLima, 4 December 2025\n\nForeign ministers of the Andean states met at Lima today for an informal ministerial meeting hosted by Peru. The meeting was chaired by Peruvian Foreign Minister Jorge Paz.\n\nOpening the session, Mr Paz said that the accord, confirmed in Quito in 2019, \"is a promise\".\n\nOn the margins of the meeting, Mr Paz met separately with Chilean Foreign Minister Ana Vidal and with Bolivian Foreign Minister Luis Mamani.",
			[]string{"meeting held 2025-12-04", "meeting held 2025-12-04", "summit held 2025-12-04"}},
		{"must not fire: the main verb after an apposition", "Wikinews", "2025-12-04",
			"The first round of talks, involving Chile, Peru and Bolivia, ended in Lima in August without agreement.",
			[]string{"talks held 2025-08"}},
		{"must not fire: the trigger modified itself", "Wikinews", "2025-12-04",
			"Foreign Minister Ana Vidal of Chile recalled the talks held in June with Foreign Minister Jorge Paz of Peru.",
			[]string{"talks held 2025-06"}},
		{"must not fire: a second verb after and", "Wikinews", "2025-12-04",
			"Foreign Minister Ana Vidal of Chile met Foreign Minister Jorge Paz of Peru in Lima and focused on trade on Tuesday.",
			[]string{"meeting held 2025-12-02"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: attache.Date(tc.published), Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}
