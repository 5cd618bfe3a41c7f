package extract

import (
	"strings"
	"testing"
)

// TestNavigationLines: a menu bar, a breadcrumb or a toolbar is page
// furniture by its shape (short items between one separator), so it
// neither starts the body nor hides the date line under it; an item that
// is a date alone is the lead date.
func TestNavigationLines(t *testing.T) {
	cases := []struct {
		name, raw, wantHeadline, wantLead string
		wantInText, wantNotInText         string
	}{
		{name: "long menu above the headline and the date",
			raw:          "Office of the Prime Minister\nHome | Media | Transcripts | Media Releases | Speeches | Contact\nJoint press conference - Valletta, Malta\nTuesday 14 March 2023\n\nPRIME MINISTER: I met the President of Malta this morning and we agreed to deepen our cooperation.",
			wantHeadline: "Joint press conference - Valletta, Malta", wantLead: "2023-03-14",
			wantInText: "I met the President of Malta", wantNotInText: "Transcripts"},
		{name: "breadcrumb and toolbar with a date item",
			raw:        "Home > Press > Press Releases\nMinister receives envoy of Peru\n2009-05-04 | Print | List\nThe Minister of Foreign Affairs received the Ambassador of Peru at the ministry on Monday and discussed trade.",
			wantLead:   "2009-05-04",
			wantInText: "received the Ambassador of Peru", wantNotInText: "Print"},
		{name: "a sentence with a bar is prose",
			raw:        "Talks in Oslo\nThe ministers met in Oslo on Monday and discussed the fisheries agreement | its renewal | and the quota rules that apply to the northern waters, officials said.",
			wantInText: "| its renewal |"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := clean(tc.raw, "", "", newDateParser())
			if tc.wantHeadline != "" && d.headline != tc.wantHeadline {
				t.Errorf("headline = %q, want %q", d.headline, tc.wantHeadline)
			}
			if tc.wantLead != "" && d.leadDate.String() != tc.wantLead {
				t.Errorf("lead date = %v, want %s", d.leadDate, tc.wantLead)
			}
			if !strings.Contains(d.text, tc.wantInText) {
				t.Errorf("text lost %q:\n%s", tc.wantInText, d.text)
			}
			if tc.wantNotInText != "" && strings.Contains(d.text, tc.wantNotInText) {
				t.Errorf("text keeps %q:\n%s", tc.wantNotInText, d.text)
			}
		})
	}
}

// TestRepeatedHeadlineAndSidebar: the page's own print of the headline,
// however long, does not start the body, and a "Related articles" box
// before any prose is a sidebar, not the page's end.
func TestRepeatedHeadlineAndSidebar(t *testing.T) {
	raw := "Island leaders agree to pool their coast guards against illegal fishing at the regional forum in Apia\n\n" +
		"Monday, August 7, 2017\n\nRelated articles\n • 3 May 2017: Storm hits the northern atolls\n\n" +
		"The leaders of Samoa, Tonga and Fiji met in Apia on Saturday and agreed to pool their patrol boats."
	d := clean(raw, "Island leaders agree to pool their coast guards against illegal fishing at the regional forum in Apia", "", newDateParser())
	if got := d.leadDate.String(); got != "2017-08-07" {
		t.Errorf("lead date = %s, want 2017-08-07", got)
	}
	if !strings.Contains(d.text, "met in Apia on Saturday") {
		t.Errorf("the body was cut at the sidebar:\n%s", d.text)
	}
	if strings.Count(d.text, "pool their coast guards") != 1 {
		t.Errorf("the headline is read twice:\n%s", d.text)
	}
}
