package extract

import "testing"

// A journey noun whose verb is "take" ("his three-nation tour also took
// him to A and B", "her trip will also take her to A and B", "his tour of
// Asia took him to A") tells one visit per place after "to", by the
// journey's possessor ("President N's", or the one "his"/"her" stands
// for). "A tour of the plant took two hours" takes no one anywhere.
func TestUnseenJourneyTakesTraveller(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"Korean briefing: the tour also took him to two states",
			"President Kim Dae-ho of Korea met Prime Minister Lars Holm of Denmark in Copenhagen on May 12. President Kim's three-nation European tour also took him to Germany and France.",
			[]string{"Kim Dae-ho+Lars Holm|DK-KR", "Kim Dae-ho|DE-KR", "Kim Dae-ho|FR-KR"}},
		{"US release: her trip will also take her to two states",
			"Secretary of State Jane Roe of the United States met President Ali Sani of Niger in Niamey on Monday. Her trip will also take her to Ghana and Togo.",
			[]string{"Ali Sani+Jane Roe|NE-US", "Jane Roe|GH-US", "Jane Roe|TG-US"}},
		{"Nordic release: a tour of a region took him to a state",
			"Prime Minister Lars Holm of Denmark met President Kim Dae-ho of Korea in Seoul on May 12. Holm's tour of Asia also took him to Japan.",
			[]string{"Kim Dae-ho+Lars Holm|DK-KR", "Lars Holm|DK-JP"}},
		{"a tour of a plant goes nowhere",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Musa Keita of Mali in Niamey on Monday. Their tour of the new solar plant took two hours.",
			[]string{"Ali Sani+Musa Keita|ML-NE"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}

// Journey verbs whose place follows "for", "into" or the verb itself
// ("left for Bamako", "departed for Mali", "flew into Lima", "will head
// to Mali", "toured Mali and Chad", "embarks on a tour of Mali") are
// visits, one per place; "toured a solar plant", "left for home" go
// nowhere. A "one-on-one" or a "working breakfast" with an official is a
// meeting.
func TestUnseenJourneyVerbPlaces(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"wire: left for a capital",
			"Foreign Minister Ali Sani of Niger left for Bamako on Monday.",
			[]string{"Ali Sani|ML-NE"}},
		{"US release: flew into a capital",
			"Secretary of State Jane Roe of the United States flew into Lima on Monday.",
			[]string{"Jane Roe|PE-US"}},
		{"EU style: will tour two states",
			"Commissioner Jonas Weber of Germany will tour Mali and Chad next week.",
			[]string{"Jonas Weber|DE-ML", "Jonas Weber|DE-TD"}},
		{"Japanese release: embarks on a tour of a list",
			"Foreign Minister Ivo Lenn of Japan embarks on a tour of Peru, Chile and Bolivia on Monday.",
			[]string{"Ivo Lenn|BO-JP", "Ivo Lenn|CL-JP", "Ivo Lenn|JP-PE"}},
		{"Australian readout: a one-on-one and a working breakfast",
			"Prime Minister Kate Rowe of Australia held a one-on-one with Prime Minister Ivo Lenn of Japan and a working breakfast with President Rui Paz of Ecuador.",
			[]string{"Ivo Lenn+Kate Rowe|AU-JP", "Kate Rowe+Rui Paz|AU-EC"}},
		{"a plant toured and a return home are no visits",
			"Foreign Minister Ali Sani of Niger toured a solar plant outside Niamey on Monday and left for home on Tuesday.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}

// A visit verb followed straight by states ("N Visits Colombia, Ecuador",
// as headlines write it) visits each of them, one visit per state, as
// "visited Ghana and Togo" does in prose.
func TestUnseenHeadlineVisitsList(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"UK headline: visits two states",
			"Minister Ana Lu Visits Ghana and Togo\n\nForeign Secretary Ana Lu of the United Kingdom arrived in Accra on Monday.",
			[]string{"Ana Lu|GB-GH", "Ana Lu|GB-TG"}},
		{"Korean headline: visits a comma list",
			"President Kim Dae-ho visits Peru, Chile\n\nPresident Kim Dae-ho of Korea arrived in Lima on Monday.",
			[]string{"Kim Dae-ho|CL-KR", "Kim Dae-ho|KR-PE"}},
		{"US defense headline: visits two states to gauge a fight",
			"Gen. Ray Lomax Visits Colombia, Ecuador to Gauge Counterdrug Fight\n\nGeneral Ray Lomax of the United States met troops in Bogota on Monday.",
			[]string{"Ray Lomax|CO-US", "Ray Lomax|EC-US"}},
		{"a visit to people names no state",
			"President Rui Paz Visits Flood Victims\n\nPresident Rui Paz of Ecuador met families in Quito on Monday.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}

// "arrives in Tokyo on June 9", "will arrive in Moscow", like "arrived in"
// and "arriving in", tell a visit by the traveller; aid or a delegation
// of no named state arriving is none.
func TestUnseenArrivesIn(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"wire: arrives in a capital on a day",
			"Foreign Minister Ana Vell of Peru arrives in Tokyo on June 9.",
			[]string{"Ana Vell|JP-PE"}},
		{"Kremlin: will arrive in Moscow on a working visit",
			"President Ali Sani of Niger will arrive in Moscow on a working visit on June 9.",
			[]string{"Ali Sani|NE-RU"}},
		{"UK release: arrives in a capital today",
			"Foreign Secretary Ana Lu of the United Kingdom arrives in Accra today for a two-day visit.",
			[]string{"Ana Lu|GB-GH"}},
		{"aid arriving is no visit",
			"The first shipment of aid from Peru arrives in Quito on Monday.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}
