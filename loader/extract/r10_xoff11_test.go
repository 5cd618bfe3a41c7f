package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// stateCase is an invented article and the states its officials serve.
type stateCase struct {
	name, outlet, text string
	want               map[string]string
}

func checkStateCases(t *testing.T, cases []stateCase) {
	t.Helper()
	x := newExtractor(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "x", Outlet: tc.outlet, Published: "2021-03-04", Text: tc.text})
			wantOfficialStates(t, e, tc.want)
		})
	}
}

// TestSideStates: officials listed by side ("on the Chinese side", "from
// the Japanese side") serve that side's state, whether the side opens the
// list or closes it.
func TestSideStates(t *testing.T) {
	checkStateCases(t, []stateCase{
		{name: "side opens the sentence", outlet: "President of Russia",
			text: "The talks were held in Moscow. On the Chinese side, Vice Premier Li Wei and Foreign Minister Zhang Bo took part in the expanded session.",
			want: map[string]string{"Li Wei": "CN", "Zhang Bo": "CN"}},
		{name: "sides close their groups after names", outlet: "Ministry of Foreign Affairs, Republic of Korea",
			text: "Attending were First Vice Minister KIM Do-hyun on the Korean side, and Minister of State Hans Vogel and Ambassador Eva Roth on the German side.",
			want: map[string]string{"KIM Do-hyun": "KR", "Hans Vogel": "DE", "Eva Roth": "DE"}},
		{name: "sides close appositions", outlet: "Ministry of Foreign Affairs of Japan",
			text: "The meeting was attended by Mr. SATO Ken, Minister for Foreign Affairs, and Mr. ITO Jiro, Minister of Defense, from the Japanese side, and by Senator the Hon Ann Lee, Minister for Foreign Affairs, and the Hon Tom Ward MP, Minister for Defence, from the Australian side.",
			want: map[string]string{"SATO Ken": "JP", "ITO Jiro": "JP", "Ann Lee": "AU", "Tom Ward": "AU"}},
		{name: "a side after a common noun opens", outlet: "The White House",
			text: "The representative from the Chinese side will be Liu Bo, a Vice Premier, and the representative from the U.S. side will be Treasury Secretary Ann Gray.",
			want: map[string]string{"Liu Bo": "CN", "Ann Gray": "US"}},
	})
}

// TestSecondOfficeAfterAnd: "and" before a capitalised office starts a
// second official, and the first office's state does not run on to it.
func TestSecondOfficeAfterAnd(t *testing.T) {
	checkStateCases(t, []stateCase{
		{name: "own release: co-chairs", outlet: "Ministry of Foreign Affairs of Japan",
			text: "The talks were co-chaired by Mr. Juan Perez, Secretary of Foreign Affairs of the Philippines, and Foreign Minister Tanaka. Minister Tanaka thanked him.",
			want: map[string]string{"Juan Perez": "PH", "Tanaka": "JP"}},
		{name: "a list of portfolios goes on", outlet: "Reuters",
			text: "Ana Vell, Minister for Women, Children, and Refugees of Kenya, met Japanese Foreign Minister Ken Sato on Monday.",
			want: map[string]string{"Ana Vell": "KE", "Ken Sato": "JP"}},
	})
}

// TestMinistryPortfolios: the portfolios of many governments' ministries
// close an office's complement, so the name after them is read.
func TestMinistryPortfolios(t *testing.T) {
	checkOfficeCases(t, []officeCase{
		{name: "overseas territories", outlet: "Reuters",
			text: "Reed met French Minister for Overseas Territories Claire Masson on Monday in Suva.",
			want: map[string]bool{"Claire Masson": true}},
		{name: "education and training", outlet: "Foreign Office",
			text: "In Hanoi Mr Reed and Vice Minister of Education and Training Ana Vell signed a memorandum.",
			want: map[string]bool{"Ana Vell": true}},
		{name: "labour", outlet: "Reuters",
			text: "Minister of Labour Tomas Ruiz of Chile met Peruvian officials in Lima.",
			want: map[string]bool{"Tomas Ruiz": true}},
	})
}

// TestStateOverAList: a state written before the first office of a list
// goes to every unmarked office the list's commas and "and" join to it,
// not to an office with a body of its own after the comma.
func TestStateOverAList(t *testing.T) {
	checkStateCases(t, []stateCase{
		{name: "comma list", outlet: "Voice of America",
			text: "Mr. Reed held talks in Beijing on Monday with Chinese President Zhou Ming, Premier Qiao Wen and Foreign Minister Tang Bo. He urged China to press North Korea and spoke of North Korea's tests and North Korea's leaders.",
			want: map[string]string{"Zhou Ming": "CN", "Qiao Wen": "CN", "Tang Bo": "CN"}},
		{name: "comma and", outlet: "European Commission",
			text: "Commissioner Ana Lind was in Ankara, where she met Turkey's Minister for EU Affairs, Ali Demir, and Minister of Interior Kemal Oz.",
			want: map[string]string{"Ali Demir": "TR", "Kemal Oz": "TR"}},
	})
}
