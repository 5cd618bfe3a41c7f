package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/attache-project/attache"
)

// participantPairs are the unordered pairs of participants that share an
// engagement of e, "A+B" with A < B: what the scorer's pairs part counts.
func participantPairs(e *attache.Extraction) []string {
	var out []string
	for _, m := range e.Meetings {
		for i, a := range m.Participants {
			for _, b := range m.Participants[i+1:] {
				p := []string{a, b}
				slices.Sort(p)
				if k := strings.Join(p, "+"); !slices.Contains(out, k) {
					out = append(out, k)
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// Round 12 (xpart13): the pairs of officials who engaged, in the forms
// rules find hard. Every sentence and name is invented; want lists the
// pairs the guidelines give. A case marked gap is a form not read yet:
// it is logged, not failed, so the table shows what remains.
func TestR12PairsForms(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
		gap        bool
	}{
		{"a side's delegation listed in the next paragraph joins the engagement",
			"President Ivan Orlov of Russia held talks in Beijing on Monday with President Li Wenhua of China.\n\nThe Russian delegation at the expanded session included Foreign Minister Pyotr Sokolov and Defence Minister Gleb Marin.",
			[]string{"Gleb Marin+Ivan Orlov", "Gleb Marin+Li Wenhua", "Gleb Marin+Pyotr Sokolov", "Ivan Orlov+Li Wenhua", "Ivan Orlov+Pyotr Sokolov", "Li Wenhua+Pyotr Sokolov"}, false},
		{"on the other side: the host's members of the expanded session",
			"President Ivan Orlov of Russia held talks in Beijing on Monday with President Li Wenhua of China. The talks continued in an expanded format.\n\nThe Russian delegation included Foreign Minister Pyotr Sokolov. On the Chinese side, Vice Premier Gu Lanfeng took part in the expanded session.",
			[]string{"Ivan Orlov+Li Wenhua", "Gu Lanfeng+Ivan Orlov", "Gu Lanfeng+Li Wenhua"}, false},
		{"those taking part, listed with a relative clause naming the meeting, join the gathering told before",
			"Foreign Minister Anna Berg of Sweden today joined her counterparts from the region at the Nordic Foreign Ministers Meeting in Oslo.\n\nMinisters taking part included Norway's Foreign Minister Erik Dahl, who chaired the meeting, and Finland's Foreign Minister Mika Laine.",
			[]string{"Anna Berg+Erik Dahl", "Anna Berg+Mika Laine", "Erik Dahl+Mika Laine"}, false},
		{"a state represented by its minister, after the heads of delegation",
			"Six-party talks on the peninsula resumed in Beijing on Tuesday.\n\nThe U.S. delegation is led by Assistant Secretary of State Carl Hobson. South Korea is represented by Deputy Foreign Minister Park Min-ho, and Japan by Director-General Sato Ken.",
			[]string{"Carl Hobson+Park Min-ho", "Carl Hobson+Sato Ken", "Park Min-ho+Sato Ken"}, false},
		{"a delegation at a named meeting is left to the meeting it names",
			"Foreign Minister Anna Berg of Sweden met Foreign Minister Jan Novak of the Czech Republic in Prague on Monday. Canada's delegation at the Ottawa meeting included Minister Paul Roy.",
			[]string{"Anna Berg+Jan Novak"}, false},
		{"pronoun subject: she stands for the last named official",
			"Foreign Minister Anna Berg of Sweden arrived in Oslo on Monday. She later met Norway's Foreign Minister Erik Dahl.",
			[]string{"Anna Berg+Erik Dahl"}, false},
		{"passive: received by",
			"Foreign Minister Anna Berg of Sweden was received by President Jan Novak of the Czech Republic in Prague on Monday.",
			[]string{"Anna Berg+Jan Novak"}, false},
		{"passive: talks were held between",
			"Talks were held in Prague on Monday between Foreign Minister Anna Berg of Sweden and Foreign Minister Jan Novak of the Czech Republic.",
			[]string{"Anna Berg+Jan Novak"}, false},
		{"engagement noun: a meeting between A and B",
			"A meeting between Foreign Minister Anna Berg of Sweden and Foreign Minister Jan Novak of the Czech Republic took place in Prague on Monday.",
			[]string{"Anna Berg+Jan Novak"}, false},
		{"engagement noun: A's talks with B",
			"Swedish Foreign Minister Anna Berg's talks with Czech Foreign Minister Jan Novak in Prague on Monday focused on energy.",
			[]string{"Anna Berg+Jan Novak"}, false},
		{"engagement noun: B's visit to A, received by its leader",
			"Swedish Foreign Minister Anna Berg's visit to Prague on Monday began with a meeting with Czech President Jan Novak.",
			[]string{"Anna Berg+Jan Novak"}, false},
		{"lead-in list of bilaterals: one pair per counterpart",
			"On the margins of the summit, Foreign Minister Anna Berg of Sweden held bilateral meetings with her counterparts from Norway, Finland and Denmark, Erik Dahl, Mika Laine and Lars Holm.",
			[]string{"Anna Berg+Erik Dahl", "Anna Berg+Lars Holm", "Anna Berg+Mika Laine"}, false},
		{"a delegation led by a minister visits and meets the host",
			"A delegation led by Swedish Trade Minister Anna Berg visited Prague on Monday and met Czech Prime Minister Jan Novak.",
			[]string{"Anna Berg+Jan Novak"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: "2019-03-05", Text: tc.text})
			got := participantPairs(e)
			missing := slices.DeleteFunc(slices.Clone(tc.want), func(p string) bool { return slices.Contains(got, p) })
			switch {
			case len(missing) > 0 && tc.gap:
				t.Logf("known gap: pairs %q missing (got %q)", missing, got)
			case len(missing) > 0:
				t.Errorf("pairs %q missing\n got %q", missing, got)
			case tc.gap:
				t.Errorf("marked gap but all pairs found: clear the mark")
			}
		})
	}
}
