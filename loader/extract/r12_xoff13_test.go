package extract

import (
	"strings"
	"testing"

	"github.com/attache-project/attache"
)

// TestRepresentedBy: the state a delegate stands for is the subject of
// "was represented by", of each gapped conjunct after it ("and Peru by
// ..."), and "his country" is the state named before it; a state after
// "by" with no "represented" before it is no cue.
func TestRepresentedBy(t *testing.T) {
	checkStateCases(t, []stateCase{
		{name: "state subject", outlet: "Reuters",
			text: "Leaders of the region met in Lima on Tuesday. Chile was represented by Foreign Minister Tomas Riquelme.",
			want: map[string]string{"Tomas Riquelme": "CL"}},
		{name: "gapped conjuncts", outlet: "Reuters",
			text: "Ecuador is represented by Deputy Foreign Minister Ana Lucero, Bolivia by Vice Minister Jorge Quispe and Peru by Trade Minister Rosa Tello.",
			want: map[string]string{"Ana Lucero": "EC", "Jorge Quispe": "BO", "Rosa Tello": "PE"}},
		{name: "his country", outlet: "Reuters",
			text: "Fijian Prime Minister Jone Waqa stayed away, and his country was represented by Foreign Minister Sai Nawaqa.",
			want: map[string]string{"Jone Waqa": "FJ", "Sai Nawaqa": "FJ"}},
		{name: "a US official in a US outlet", outlet: "U.S. Department of State",
			text: "The United States was represented by Assistant Secretary of State for African Affairs Carol Benning, and Kenya by Foreign Minister Paul Otieno.",
			want: map[string]string{"Carol Benning": "US", "Paul Otieno": "KE"}},
	})
}

// TestMeetingWithAfterAdverbials: the object of "held talks this morning
// with" or "met separately today in Geneva with" is met, so a
// government's release does not give it the publisher's own state.
func TestMeetingWithAfterAdverbials(t *testing.T) {
	checkStateCases(t, []stateCase{
		{name: "time adverbial", outlet: "UK Foreign & Commonwealth Office",
			text: "Trade Minister Alan Pike arrived in Hanoi yesterday for a three-day visit to Vietnam. " +
				"Mr Pike held talks this morning with Deputy Prime Minister Tran Van Long at the Government Office.",
			want: map[string]string{"Alan Pike": "GB", "Tran Van Long": "VN"}},
		{name: "time and place", outlet: "Ministry of Foreign Affairs of Japan",
			text: "Foreign Minister Ken Ota travelled to Ghana on May 3. " +
				"Minister Ota met separately on May 4 in Accra with Minister of Finance Kofi Mensah.",
			want: map[string]string{"Ken Ota": "JP", "Kofi Mensah": "GH"}},
	})
}

// TestFamilyNameFirstSubject: a later mention by the family name of a
// name written family name first ("Paek" of "Paek Ji-hun") is the
// subject who meets, so the one met is not the publisher's compatriot.
func TestFamilyNameFirstSubject(t *testing.T) {
	checkStateCases(t, []stateCase{
		{name: "Korean order", outlet: "Ministry of Foreign Affairs, Republic of Korea",
			text: "President Paek Ji-hun arrived in Astana on Wednesday for a visit to Kazakhstan, the first in four years. " +
				"On Friday Paek met Prime Minister Arman Seitov, who briefed him on plans for new railways.",
			want: map[string]string{"Paek Ji-hun": "KR", "Arman Seitov": "KZ"}},
	})
}

// TestOrganisationBeforeTopic: an organisation before an office's
// capitalised topic words is the office's, as a state there is ("EU Trade
// Commissioner N" as "Japan's Fisheries Minister N"): the holder serves the
// organisation, not the state of the outlet or of a neighbour.
func TestOrganisationBeforeTopic(t *testing.T) {
	x := newExtractor(t)
	e := extractText(t, x, attache.Article{ID: "x", Outlet: "Office of the United States Trade Representative", Published: "2005-12-14",
		Text: "Ambassador Ruth Calder met separately this morning with Chinese Minister of Commerce Wang Jian, EU Trade Commissioner Lars Oberg and Brazilian Foreign Minister Paulo Reis."})
	for _, o := range e.Officials {
		if o.Name == "Lars Oberg" && (o.Country != nil || o.Organization != "EU") {
			t.Errorf("Lars Oberg: country %v, organisation %q; want none and EU", o.Country, o.Organization)
		}
	}
	wantOfficialStates(t, e, map[string]string{"Wang Jian": "CN", "Paulo Reis": "BR"})
}

// TestOfficesOfManyGovernments: offices of governments other than the
// usual few, from general knowledge, make their holders officials, with
// the state the sentence gives, before or after the name.
func TestOfficesOfManyGovernments(t *testing.T) {
	checkStateCases(t, []stateCase{
		{name: "union minister after the name", outlet: "Ministry of Foreign Affairs of Japan",
			text: "Also attending were Mr. Sok Vanna, Senior Minister of Cambodia; U Kyaw Min Thein, Union Minister for International Cooperation of Myanmar; and Minister Somchai Rak of Thailand.",
			want: map[string]string{"Sok Vanna": "KH", "U Kyaw Min Thein": "MM", "Somchai Rak": "TH"}},
		{name: "union minister before the name", outlet: "Reuters",
			text: "He met India's Union Minister of Commerce Rajiv Menon in Delhi.",
			want: map[string]string{"Rajiv Menon": "IN"}},
		{name: "coordinating minister", outlet: "Reuters",
			text: "He met Indonesian Coordinating Minister for Economic Affairs Agus Wirahadi in Jakarta.",
			want: map[string]string{"Agus Wirahadi": "ID"}},
		{name: "chief adviser", outlet: "Reuters",
			text: "He met Bangladesh's Chief Adviser Mohammad Karim in Dhaka.",
			want: map[string]string{"Mohammad Karim": "BD"}},
		{name: "hyphenated attorney-general", outlet: "Reuters",
			text: "He met Fijian Prime Minister Jone Naqa and Attorney-General Sami Khan in Suva.",
			want: map[string]string{"Jone Naqa": "FJ", "Sami Khan": "FJ"}},
		{name: "permanent representative", outlet: "Reuters",
			text: "He met Kenya's Permanent Representative to the United Nations Jane Wanjiru in New York.",
			want: map[string]string{"Jane Wanjiru": "KE"}},
		{name: "minister without portfolio", outlet: "Reuters",
			text: "In Prague he met Czech officials, among them the Minister without Portfolio, Jan Novak.",
			want: map[string]string{"Jan Novak": "CZ"}},
	})
}

// TestJoinedInitials: initials written together ("A.K.", "L.P.") stand
// in a name when a name word follows them; a state's ("U.S.") does not.
func TestJoinedInitials(t *testing.T) {
	checkStateCases(t, []stateCase{
		{name: "initials first", outlet: "American Forces Press Service",
			text: "The secretary's meeting with Indian Defence Minister A.K. Raghavan will take place in New Delhi on June 5.",
			want: map[string]string{"A.K. Raghavan": "IN"}},
		{name: "initials inside", outlet: "Reuters",
			text: "He met Indonesian Foreign Minister Retno L.P. Sulistyo in Jakarta on Monday.",
			want: map[string]string{"Retno L.P. Sulistyo": "ID"}},
	})
	x := newExtractor(t)
	e := extractText(t, x, attache.Article{ID: "x", Outlet: "Reuters", Published: "2021-03-04",
		Text: "The U.S. delegation met U.N. envoy Lars Berg in Geneva on Monday."})
	for _, o := range e.Officials {
		if strings.Contains(o.Name, ".") {
			t.Errorf("a state's or organisation's initials read into a name: %q", o.Name)
		}
	}
}

// TestRankedNameApposition: a rank names no state, so an office set off
// after a ranked name gives it one, also through an armed force that
// belongs to one state by name.
func TestRankedNameApposition(t *testing.T) {
	checkStateCases(t, []stateCase{
		{name: "one state's army", outlet: "American Forces Press Service",
			text: "The delegation was led by Lt. Gen. Zhou Wen, deputy chief of the People's Liberation Army General Staff. Hale met with Zhou for an hour.",
			want: map[string]string{"Zhou Wen": "CN"}},
		{name: "one state's guard corps", outlet: "U.S. Department of the Treasury",
			text: "Among those designated today is Brigadier General Reza Karimi, a deputy commander of the Islamic Revolutionary Guard Corps Aerospace Force, who oversaw the purchases.",
			want: map[string]string{"Reza Karimi": "IR"}},
		{name: "a state named in the office", outlet: "American Forces Press Service",
			text: "Gen. Omar Haddad, commander of the Jordanian armed forces, met Hale in Amman.",
			want: map[string]string{"Omar Haddad": "JO"}},
	})
}
