package extract

import "testing"

func TestSpeakerLabel(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		text, name, title, country string
	}{
		{"ALI SANI, PRIME MINISTER: Well, it is good to see you.", "Ali Sani", "Prime Minister", ""},
		{"JEAN-LUC MARCEAU, PRESIDENT OF FRANCE: Thank you, Prime Minister.", "Jean-Luc Marceau", "President", "FR"},
		{"PRESIDENT SANI: We discussed trade.", "Sani", "President", ""},
		{"Mr. SANI Ali, Minister for Foreign Affairs: With regard to the visit, we agreed.", "SANI Ali", "Foreign Minister", ""},
		{"QUESTION: Can you talk about the meetings?", "", "", ""},
		{"Today: the minister met his counterpart.", "", "", ""},
	}
	for _, tc := range tests {
		os, _, _ := oneSentence(t, x, tc.text)
		var found officialsFound
		colon := x.speakerLabel(os, &found)
		if tc.name == "" {
			if colon >= 0 || len(found.mentions) > 0 {
				t.Errorf("%q: label %+v, want none", tc.text, found.mentions)
			}
			continue
		}
		wantOneMention(t, tc.text, found, tc.name, tc.title, tc.country)
	}
}

func TestNameCase(t *testing.T) {
	for in, want := range map[string]string{
		"ALI SANI":          "Ali Sani",
		"JEAN-LUC DE VILLE": "Jean-Luc De Ville",
		"SANI Ali":          "SANI Ali",
		"O'NEIL":            "O'Neil",
	} {
		if got := nameCase(in); got != want {
			t.Errorf("nameCase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTitleCaseCaps(t *testing.T) {
	for in, want := range map[string]string{
		"Minister FOR TRADE AND INDUSTRY": "Minister for Trade and Industry",
		"Foreign Minister":                "Foreign Minister",
		"Minister for the EU":             "Minister for the EU",
	} {
		if got := titleCaseCaps(in); got != want {
			t.Errorf("titleCaseCaps(%q) = %q, want %q", in, got, want)
		}
	}
}

// A transcript speaker is the "I" of their turn, up to the next label of
// anyone: "I met" in the Secretary's turn refers to the Secretary, "I" in a
// question does not.
func TestSpeakerTurnRefs(t *testing.T) {
	text := "SECRETARY ROE: Good morning.\n\nI met the minister today.\n\nQUESTION: Did I hear that right?\n\nSECRETARY ROE: Yes, I did."
	sents := splitSentences(text, 0)
	people := []person{{name: "Roe", mentions: []officialMention{{rule: "speaker-label", sent: 0}, {rule: "speaker-label", sent: 3}}}}
	speakerTurnRefs(sents, people)
	var got []int
	for _, r := range people[0].refs {
		got = append(got, r.sent)
	}
	want := []int{1, 3}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("refs in sentences %v, want %v (sentences %d)", got, want, len(sents))
	}
}
