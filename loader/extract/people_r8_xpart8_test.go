package extract

import (
	"slices"
	"testing"

	"github.com/attache-project/attache"
)

// TestStateOfTheTeamAnOfficialLeads: "a Japanese team led by N", "the
// Korean negotiating team, led by N" give N the team's state, as "the
// Japanese delegation" does; a delegation named earlier does not reach
// past another state named before the official.
func TestStateOfTheTeamAnOfficialLeads(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text, who, want string
	}{
		{"US trade readout: the other side's team",
			"Talks on the rice quota opened in Geneva, where the U.S. delegation, headed by Ambassador Tom Reed, faced a Japanese team led by Vice Minister SATO Ichiro.",
			"SATO Ichiro", "JP"},
		{"UK release: team headed by",
			"The British delegation, led by Minister of State Ana Vell, held talks with a Chinese team headed by Vice Foreign Minister Li Wen.",
			"Li Wen", "CN"},
		{"wire: negotiating team",
			"The Canadian delegation, led by Trade Minister Paul Roy, met the Korean negotiating team, led by Deputy Minister Park Min-jun, in Ottawa.",
			"Park Min-jun", "KR"},
		{"must not fire: the delegation's own leader",
			"Talks on the rice quota opened in Geneva, where the U.S. delegation, headed by Ambassador Tom Reed, faced a Japanese team led by Vice Minister SATO Ichiro.",
			"Tom Reed", "US"},
		{"must not fire: another state named between the team and the official",
			"The U.S. team, led by Secretary Tom Reed, met Chinese officials in Beijing, including Vice Foreign Minister Li Wen.",
			"Li Wen", "CN"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Text: tc.text})
			wantOfficialStates(t, e, map[string]string{tc.who: tc.want})
		})
	}
}

// TestKoreanFamilyNameAlone: a Korean name written family name first
// ("Kim Do-hyun") is referred to later by its family name alone ("Kim
// met …"), which makes the person a party of what that sentence reports;
// the last word of other names stays the only short form, and a family
// name two people share refers to neither.
func TestKoreanFamilyNameAlone(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		pair       [2]string // want a meeting with both; empty: none wanted
		notIn      string    // a name no meeting may hold
	}{
		{name: "wire: the envoy by family name",
			text: "South Korea's trade minister, Kim Do-hyun, opened the fair in Busan on Sunday. Kim met Chinese Vice Commerce Minister Lu Wen there on Monday.",
			pair: [2]string{"Kim Do-hyun", "Lu Wen"}},
		{name: "Korean release: the minister by family name",
			text: "South Korean Foreign Minister Park Min-jun spoke to reporters on Friday. Park held talks with Peruvian Foreign Minister Marco Lino on Saturday.",
			pair: [2]string{"Park Min-jun", "Marco Lino"}},
		{name: "US readout: the counterpart by family name",
			text: "Secretary Tom Reed welcomed Defense Minister Han Ji-won of the Republic of Korea to the Pentagon. Reed and Han met for two hours on Tuesday.",
			pair: [2]string{"Tom Reed", "Han Ji-won"}},
		{name: "must not fire: two people share the family name",
			text:  "Foreign Minister Kim Do-hyun and Unification Minister Kim Ji-won briefed reporters in Seoul. Kim met Chinese Vice Commerce Minister Lu Wen on Monday.",
			notIn: "Kim Ji-won"},
		{name: "must not fire: a given name alone is no reference",
			text:  "Foreign Minister Marco Lino spoke to reporters in Lima on Friday. Marco met Chinese Vice Foreign Minister Lu Wen on Monday.",
			notIn: "Marco Lino"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Text: tc.text})
			found := false
			for _, m := range e.Meetings {
				found = found || slices.Contains(m.Participants, tc.pair[0]) && slices.Contains(m.Participants, tc.pair[1])
				if tc.notIn != "" && slices.Contains(m.Participants, tc.notIn) {
					t.Errorf("meeting %+v holds %s", m.Participants, tc.notIn)
				}
			}
			if tc.pair[0] != "" && !found {
				t.Errorf("meetings %+v, want one of %s and %s", e.Meetings, tc.pair[0], tc.pair[1])
			}
		})
	}
}

// TestOwnReleaseUnnamedHead: in a government's own release, "the Prime
// Minister" or "the President" without a name is that government's holder
// of the office, named earlier, even when a foreign holder of the same
// office was named more recently; a news agency's story keeps the most
// recently named holder.
func TestOwnReleaseUnnamedHead(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		pair               [2]string
		notPair            [2]string // no talks of these two alone
	}{
		{name: "Canadian PM's release",
			outlet:  "Prime Minister of Canada (pm.gc.ca), news release",
			text:    "Prime Minister Ana Vell spoke by telephone with President Marco Lino of Peru and then with Prime Minister Tom Reed of Australia about wheat prices.\n\nNext week the Prime Minister hosts Mexican President Luis Orvella at Rideau Hall for talks on rail.",
			pair:    [2]string{"Ana Vell", "Luis Orvella"},
			notPair: [2]string{"Tom Reed", "Luis Orvella"}},
		{name: "UK No 10 readout",
			outlet:  "Prime Minister's Office, 10 Downing Street",
			text:    "Prime Minister Ana Vell met Chancellor Karl Brandt of Germany and Prime Minister Tom Reed of Australia in London today.\n\nThe Prime Minister will also meet President Luis Orvella of Mexico on Friday.",
			pair:    [2]string{"Ana Vell", "Luis Orvella"},
			notPair: [2]string{"Tom Reed", "Luis Orvella"}},
		{name: "Kremlin release",
			outlet:  "President of Russia (kremlin.ru)",
			text:    "President Ivan Sokolov held talks with President Marco Lino of Peru and President Luis Orvella of Mexico in Moscow.\n\nThe President will then meet Prime Minister Tom Reed of Australia on Thursday.",
			pair:    [2]string{"Ivan Sokolov", "Tom Reed"},
			notPair: [2]string{"Luis Orvella", "Tom Reed"}},
		{name: "must not fire: a news agency's story",
			outlet: "Reuters",
			text:   "Prime Minister Ana Vell of Canada met Prime Minister Tom Reed of Australia on Monday.\n\nThe Prime Minister will meet Mexican President Luis Orvella in Ottawa on December 2.",
			pair:   [2]string{"Tom Reed", "Luis Orvella"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Text: tc.text})
			has := func(p [2]string) bool {
				for _, m := range e.Meetings {
					if slices.Contains(m.Participants, p[0]) && slices.Contains(m.Participants, p[1]) {
						return true
					}
				}
				return false
			}
			if !has(tc.pair) {
				t.Errorf("meetings %+v, want one of %s and %s", e.Meetings, tc.pair[0], tc.pair[1])
			}
			for _, m := range e.Meetings {
				if tc.notPair[0] != "" && len(m.Participants) == 2 && slices.Contains(m.Participants, tc.notPair[0]) && slices.Contains(m.Participants, tc.notPair[1]) {
					t.Errorf("meeting %+v, want no talks of %s with %s alone", m.Participants, tc.notPair[0], tc.notPair[1])
				}
			}
		})
	}
}

// TestMetOfficerAfterLowerCaseOffice: an officer met by the publisher's
// own official, named after a lower-case office and a rank ("met armed
// forces commander Gen. N"), is the other side, not given the
// publisher's state by default; an officer whose own words name the
// publisher's state keeps it.
func TestMetOfficerAfterLowerCaseOffice(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text, who, want string
	}{
		{"US defense press: a base tour and a call",
			"American Forces Press Service",
			"In Jakarta the secretary toured a naval base, and later Secretary Dara Quill met armed forces commander Gen. Budi Hartanto for an hour.",
			"Budi Hartanto", "ID"},
		{"US defense readout: met in the capital",
			"U.S. Department of Defense",
			"Secretary Dara Quill met army chief of staff Gen. Arturo Lino in Lima on Monday.",
			"Arturo Lino", "PE"},
		{"UK defence release",
			"Ministry of Defence (gov.uk)",
			"The Defence Secretary met navy commander Adm. Kofi Mensah in Accra on Tuesday.",
			"Kofi Mensah", "GH"},
		{"must not fire: the officer's own state named",
			"American Forces Press Service",
			"In Jakarta, Secretary Dara Quill met armed forces commander Gen. Tom Hale of the United States Pacific Command.",
			"Tom Hale", "US"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2020-05-05", Text: tc.text})
			wantOfficialStates(t, e, map[string]string{tc.who: tc.want})
		})
	}
}

// TestGuestWelcomedToThePlace: an official welcomed, invited or hosted
// "to"/"in" a place is that place's guest, not of its state; in a US
// outlet, a guest welcomed to Washington is no US official by default.
// An official of the place welcomed there keeps its state when the text
// says so.
func TestGuestWelcomedToThePlace(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text, who, notWant, want string
	}{
		{name: "White House statement: welcoming a president to Washington",
			outlet: "The White House",
			text:   "Statement on the Ecuadorian elections\n\nEcuador held free and fair elections on Sunday. We congratulate the winner and will be welcoming President Luis Orvella to Washington in the spring.",
			who:    "Luis Orvella", notWant: "US", want: "EC"},
		{name: "Canadian release: invited to Ottawa",
			outlet: "Prime Minister of Canada (pm.gc.ca), news release",
			text:   "The Prime Minister will host President Luis Orvella of Mexico in Ottawa on Friday. He also invited President Marco Lino to Ottawa next year.",
			who:    "Marco Lino", notWant: "CA"},
		{name: "Japanese release: hosting a premier in Tokyo",
			outlet: "Ministry of Foreign Affairs of Japan",
			text:   "Vietnam and Japan will deepen their partnership. Prime Minister SATO will host Prime Minister Tran Van Minh in Tokyo next month.",
			who:    "Tran Van Minh", notWant: "JP"},
		{name: "must not fire: a US official welcomed by name of state",
			outlet: "The White House",
			text:   "President Reed welcomed U.S. Secretary of State Tom Hale to the Oval Office on Monday.",
			who:    "Tom Hale", want: "US"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2020-05-05", Text: tc.text})
			o, ok := officialNamed(e, tc.who)
			if !ok {
				t.Fatalf("officials %+v, want %s", e.Officials, tc.who)
			}
			got := ""
			if o.Country != nil {
				got = string(*o.Country)
			}
			if tc.notWant != "" && got == tc.notWant {
				t.Errorf("%s: country %s, want another", tc.who, got)
			}
			if tc.want != "" && got != tc.want {
				t.Errorf("%s: country %q, want %s", tc.who, got, tc.want)
			}
		})
	}
}

// TestHeAfterOwnUnnamedHead: in a government's own release, "he"/"she"
// after a sentence that names no person but the release's own head as
// "the Prime Minister" is that head, so the unmarked office holder they
// meet is the other side, not of the publisher's state.
func TestHeAfterOwnUnnamedHead(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text, who, notWant, want string
	}{
		{"Japanese readout",
			"Ministry of Foreign Affairs of Japan",
			"Prime Minister SATO Taro visited Malaysia and Singapore from May 3 to 8.\n\nIn Singapore, the Prime Minister delivered a speech on regional trade. He held a meeting with Prime Minister Goh Wei Lin on May 7.",
			"Goh Wei Lin", "JP", ""},
		{"UK No 10 readout",
			"Prime Minister's Office, 10 Downing Street",
			"Prime Minister Ana Vell is visiting Malaysia and Thailand this week.\n\nIn Bangkok, the Prime Minister opened a rice research centre. She then held talks with Prime Minister Somsak Charoen.",
			"Somsak Charoen", "GB", ""},
		{"Australian PM release",
			"Prime Minister of Australia, media release",
			"Prime Minister Tom Reed arrived in Singapore on Sunday.\n\nIn Singapore, the Prime Minister toured the port. He then held a meeting with Prime Minister Goh Wei Lin.",
			"Goh Wei Lin", "AU", ""},
		{"must not fire: a compatriot who joins the head is no other side",
			"Ministry of Foreign Affairs of Japan",
			"Prime Minister SATO Taro visited Singapore from May 3 to 8.\n\nIn Singapore, the Prime Minister delivered a speech on regional trade. He was joined at the dinner by Minister for Foreign Affairs Kenji Ota.",
			"Kenji Ota", "", "JP"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2020-05-05", Text: tc.text})
			o, ok := officialNamed(e, tc.who)
			if !ok {
				t.Fatalf("officials %+v, want %s", e.Officials, tc.who)
			}
			got := ""
			if o.Country != nil {
				got = string(*o.Country)
			}
			if tc.notWant != "" && got == tc.notWant {
				t.Errorf("%s: country %s, want the other side's", tc.who, tc.notWant)
			}
			if tc.want != "" && got != tc.want {
				t.Errorf("%s: country %q, want %s", tc.who, got, tc.want)
			}
		})
	}
}
