package extract

import "testing"

// Lists that give the parties of an engagement (issue 11, class K2 of
// docs/HELDOUT-DIAGNOSIS.md), read by the one list reader (listGap,
// joinerAt, onlyJoiners), and lists that must not become parties. Every
// example is invented.
func TestUnseenLists(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"UK style: taking part were, a semicolon list of offices with names",
			"Ministers of the region met in Lome on Monday. Taking part were the Minister of Foreign Affairs of Ghana, Kofi Mensah; the Minister of Trade of Togo, Ali Sani; and the Minister of Finance of Benin, Paul Houn.",
			[]string{"Ali Sani+Kofi Mensah+Paul Houn|BJ-GH-TG"}},
		{"EU style: participating were, four offices",
			"The Council of ministers met in Brussels on Monday. Participating were the Minister for Trade of Ireland, Sean Dolan; the Minister for Finance of Malta, Joe Vella; the Minister for Economy of Estonia, Mart Kask; and the Minister for Industry of Latvia, Janis Berzins.",
			[]string{"Janis Berzins+Joe Vella+Mart Kask+Sean Dolan|EE-IE-LV-MT"}},
		{"Kremlin style: attending the talks were, a comma list",
			"Talks were held in the Kremlin on Tuesday. Attending the talks were Foreign Minister Ivan Orlov of Russia, Foreign Minister Aibek Nurlan of Kazakhstan and Foreign Minister Rustam Aliev of Tajikistan.",
			[]string{"Aibek Nurlan+Ivan Orlov+Rustam Aliev|KZ-RU-TJ"}},
		{"Japanese style: joining the meeting were",
			"The trilateral meeting was held in Tokyo on Monday. Joining the meeting were Foreign Minister Taro Ikeda of Japan, Foreign Minister Min-ho Park of South Korea, and Foreign Minister Li Wen of China.",
			[]string{"Li Wen+Min-ho Park+Taro Ikeda|CN-JP-KR"}},
		{"wire style: states joined by as well as",
			"President Ali Sani of Niger met in Accra on Monday with the leaders of Ghana and Togo as well as Benin.",
			[]string{"Ali Sani|BJ-GH-NE-TG"}},
		{"wire style: a state added by along with",
			"President Ali Sani of Niger met in Accra on Monday with the leaders of Ghana and Togo, along with Benin.",
			[]string{"Ali Sani|BJ-GH-NE-TG"}},
		{"Commonwealth style: a state added by together with",
			"New Zealand Prime Minister Jane Hollis held talks in Wellington on Friday with the leaders of Fiji and Samoa together with Tonga.",
			[]string{"Jane Hollis|FJ-NZ-TO-WS"}},
		{"Kremlin style: as well as after a comma list",
			"President Ivan Orlov of Russia met in Minsk on Tuesday with the presidents of Belarus, Armenia as well as Kyrgyzstan.",
			[]string{"Ivan Orlov|AM-BY-KG-RU"}},
		{"a list of six states in an office's complement",
			"The meeting in Accra on Monday brought together the foreign ministers of Ghana, Togo, Benin, Niger, Mali and Senegal.",
			[]string{"|BJ-GH-ML-NE-SN-TG"}},
		{"not parties: a list of topics",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Kofi Mensah of Ghana in Accra on Monday. They discussed Togo, Benin and Mali.",
			[]string{"Ali Sani+Kofi Mensah|GH-NE"}},
		{"not parties: donors who pledged",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Kofi Mensah of Ghana in Accra on Monday. Japan, Korea and Australia pledged funds for the project.",
			[]string{"Ali Sani+Kofi Mensah|GH-NE"}},
		{"not parties: states that welcomed it",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Kofi Mensah of Ghana in Accra on Monday. Togo, Benin and Mali welcomed the agreement.",
			[]string{"Ali Sani+Kofi Mensah|GH-NE"}},
		{"not an inversion: taking part as an adverbial clause",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Kofi Mensah of Ghana in Accra on Monday. Taking part in a later forum, Trade Minister Paul Houn of Benin spoke on tariffs.",
			[]string{"Ali Sani+Kofi Mensah|GH-NE"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMeetingKeys(t, x, "2019-03-05", tc.text, tc.want)
		})
	}
}

// A meeting whose clause opens on the edge of a gathering ("On the
// sidelines, ...", "In the margins of the forum, ...") is its own
// encounter, not the named gathering told before (class K3). Every
// example is invented.
func TestSidelineClauseBeforeTrigger(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"wire style: on the sidelines, the gathering told before",
			"Foreign Minister Ali Sani of Niger attended the Sahel Dialogue in Lome on Monday. On the sidelines he met Foreign Minister Kofi Mensah of Ghana. Taking part in the Dialogue were the foreign ministers of Togo, Benin and Mali.",
			[]string{"Ali Sani+Kofi Mensah|GH-NE", "Ali Sani|BJ-ML-NE-TG"}},
		{"UK style: in the margins of the forum, with its name",
			"The Foreign Secretary, Jane Hollis, attended the Lome Dialogue on Tuesday. Taking part were the foreign ministers of Togo and Benin. In the margins of the Dialogue, she held talks with Foreign Minister Ali Sani of Niger.",
			[]string{"Ali Sani+Jane Hollis|GB-NE", "Jane Hollis|BJ-GB-TG"}},
		{"Korean style: on the fringes, a bilateral beside the named conference",
			"Foreign Minister Min-ho Park of South Korea attended the Jakarta Ocean Dialogue with the foreign ministers of Indonesia and Vietnam on Friday. On the fringes of the Dialogue, Park met Foreign Minister Taro Ikeda of Japan.",
			[]string{"Min-ho Park+Taro Ikeda|JP-KR", "Min-ho Park|ID-KR-VN"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMeetingKeys(t, x, "2019-03-05", tc.text, tc.want)
		})
	}
}

// An engagement noun as the subject of a verb that says whom it brought
// together ("The summit gathered the leaders of A, B and C") is one
// engagement: the verb's list goes to the engagement the sentence names
// (classes K2 and K3). Every example is invented.
func TestGatheringSubject(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"wire style: the summit told before gathered the leaders",
			"Foreign Minister Ali Sani of Niger attended the Sahel Summit in Lome on Monday. The summit gathered the leaders of Togo, Benin and Mali.",
			[]string{"Ali Sani|BJ-ML-NE-TG"}},
		{"Kremlin style: the summit convened the presidents, with place and day between",
			"The Caspian Summit in Astana on Tuesday convened the presidents of Kazakhstan, Russia, Iran and Azerbaijan.",
			[]string{"|AZ-IR-KZ-RU"}},
		{"EU style: the meeting gathered the ministers of five states",
			"The ministerial meeting in Brussels on Monday gathered the trade ministers of Ireland, Malta, Estonia, Latvia and Cyprus.",
			[]string{"|CY-EE-IE-LV-MT"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMeetingKeys(t, x, "2019-03-05", tc.text, tc.want)
		})
	}
}

// "Counterparts from A, B and C" are one bilateral each (GUIDELINES)
// unless a joint meeting is stated: met at one gathering they are one
// engagement; on a gathering's edge, or with no gathering, they stay
// apart. Every example is invented.
func TestCounterpartsAtGathering(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"US style: at a meeting of the group's leaders",
			"President Ali Sani of Niger met his counterparts from Ghana, Togo and Benin at a meeting of the group's leaders in Accra on Monday.",
			[]string{"Ali Sani|BJ-GH-NE-TG"}},
		{"UK style: hosted counterparts for a named dialogue",
			"The Foreign Secretary, Jane Hollis, hosted counterparts from Canada, Australia and New Zealand for the Five Nations Dialogue in London on Monday.",
			[]string{"Jane Hollis|AU-CA-GB-NZ"}},
		{"Japanese style: during a ministerial",
			"Foreign Minister Taro Ikeda of Japan met his counterparts from Cambodia, Laos and Thailand during the Mekong Ministerial in Bangkok on Monday.",
			[]string{"Taro Ikeda|JP-KH-LA-TH"}},
		{"still apart: no gathering named",
			"President Ali Sani of Niger met his counterparts from Ghana, Togo and Benin in Accra on Monday.",
			[]string{"Ali Sani|BJ-NE", "Ali Sani|GH-NE", "Ali Sani|NE-TG"}},
		{"still apart: a gathering told only as a time",
			"Foreign Minister Taro Ikeda of Japan met his counterparts from Cambodia, Laos and Thailand in Bangkok on Monday, the day before the summit.",
			[]string{"Taro Ikeda|JP-KH", "Taro Ikeda|JP-LA", "Taro Ikeda|JP-TH"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMeetingKeys(t, x, "2019-03-05", tc.text, tc.want)
		})
	}
}

// A name in parentheses after each member of a list of states ("the
// ministers of A (N1), B (N2) and C (N3)") does not end the list. Every
// example is invented.
func TestListWithParentheticalNames(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"wire style: the ministers of A (N1), B (N2) and C (N3)",
			"The ministers of Ghana (Kofi Mensah), Togo (Ali Sani) and Benin (Paul Houn) met in Lome on Monday.",
			[]string{"|BJ-GH-TG"}},
		{"EU style: four foreign ministers from, each named",
			"Foreign ministers from Ireland (Sean Dolan), Malta (Joe Vella), Estonia (Mart Kask) and Latvia (Janis Berzins) met in Brussels on Monday.",
			[]string{"|EE-IE-LV-MT"}},
		{"Korean style: the vice ministers of A (N1) and B (N2) with a third",
			"The vice foreign ministers of Japan (Taro Ikeda), China (Li Wen) and South Korea (Min-ho Park) met in Seoul on Friday.",
			[]string{"|CN-JP-KR"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMeetingKeys(t, x, "2019-03-05", tc.text, tc.want)
		})
	}
}

// A definite reference that names an engagement by its city or its day
// gives its list to that engagement, not to the nearest one told (class
// K3). Every example is invented.
func TestListNamesEngagementBySetting(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"wire style: present at the talks in the city of the first",
			"Foreign Minister Ali Sani of Niger held talks in Lome on Monday. On Tuesday he met Foreign Minister Kofi Mensah of Ghana in Accra. Present at the talks in Lome were the foreign ministers of Togo, Benin and Mali.",
			[]string{"Ali Sani+Kofi Mensah|GH-NE", "Ali Sani|BJ-ML-NE-TG"}},
		{"UK style: the meeting in Nairobi, after a visit elsewhere",
			"The Foreign Secretary, Jane Hollis, held a meeting in Nairobi on Monday. On Tuesday she met President Ali Sani of Niger in Niamey. Taking part in the meeting in Nairobi were the foreign ministers of Kenya, Uganda and Tanzania.",
			[]string{"Ali Sani+Jane Hollis|GB-NE", "Jane Hollis|GB-KE-TZ-UG"}},
		{"Japanese style: the talks of a day",
			"Foreign Minister Taro Ikeda of Japan held talks in Hanoi on 4 March. On 5 March he met Foreign Minister Li Wen of China in Beijing. The talks on 4 March were attended by the foreign ministers of Vietnam, Laos and Cambodia.",
			[]string{"Li Wen+Taro Ikeda|CN-JP", "Taro Ikeda|JP-KH-LA-VN"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMeetingKeys(t, x, "2019-03-05", tc.text, tc.want)
		})
	}
}
