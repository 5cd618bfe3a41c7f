package neo4jdb

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// An official folded one batch at a time from what its node holds must be
// the official recomputed from all its mentions, whatever their order.
func TestFoldingOfficialsEqualsRecomputing(t *testing.T) {
	names := []string{"Antonia Velmont", "Antonia J. Velmont", "Velmont", "A. Velmont", ""}
	titles := []string{"", "", "Deputy Secretary", "Secretary of State", "Ambassador"}
	levels := []string{"", "deputy", "minister", "ambassador"}
	dates := []string{"", "2024-01-01", "2024-01-02", "2024-02", "2023"}
	countries := []string{"", "US", "US", "GB"}
	orgs := []string{"", "", "NATO", "UN"}
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	for trial := range 500 {
		ms := make([]officialMention, 1+rng.IntN(8))
		for i := range ms {
			ms[i] = officialMention{
				Article: string(rune('a' + i)), Published: pick(dates), Name: pick(names), Title: pick(titles),
				Level: pick(levels), Country: pick(countries), Organization: pick(orgs),
			}
			if rng.IntN(3) == 0 {
				ms[i].Aliases = []string{"Secretary " + pick(names)}
			}
		}
		want := aggregateOfficial(ms)

		shuffled := append([]officialMention(nil), ms...)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := aggregateOfficial(shuffled); !reflect.DeepEqual(got, want) {
			t.Fatalf("trial %d: mentions in another order give\n%+v\nwant\n%+v", trial, got, want)
		}

		// Stored after the first k mentions (only what the node and its
		// REPRESENTS edges keep), then the rest folded in.
		k := rng.IntN(len(shuffled) + 1)
		stored := aggregateOfficial(shuffled[:k])
		s := officialState{
			Name: stored.Name, Aliases: stored.Aliases, Title: stored.Title, Level: stored.Level,
			Organization: stored.Organization, TitleKey: stored.TitleKey, LevelKey: stored.LevelKey,
			Countries: stored.Countries, Claims: stored.Claims, FirstSeen: stored.FirstSeen, LastSeen: stored.LastSeen,
		}
		for _, m := range shuffled[k:] {
			s.add(m)
		}
		if s.Aliases == nil {
			s.Aliases = []string{}
		}
		if s.Countries == nil {
			s.Countries = []string{}
		}
		if s.Claims == nil {
			s.Claims = []string{}
		}
		if !reflect.DeepEqual(s, want) {
			t.Fatalf("trial %d: %d mentions stored, %d folded in give\n%+v\nwant\n%+v", trial, k, len(shuffled)-k, s, want)
		}
	}
}

// A state claimed by fewer than half as many mentions as the most claimed
// one is an article's mistake; a state claimed about as often is a
// namesake's, whose mentions stay apart.
func TestPlacementOfMentions(t *testing.T) {
	claims := []string{"CA=1", "GB=2", "US=4"}
	tests := []struct {
		id, claim string
		tokens    []string
		want      string
	}{
		{"CA:velmont antonia", "CA", []string{"antonia", "velmont"}, "US:velmont antonia"},
		{"GB:velmont antonia", "GB", []string{"antonia", "velmont"}, "GB:velmont antonia"},
		{"US:velmont antonia", "US", []string{"antonia", "velmont"}, "US:velmont antonia"},
		{"US:velmont antonia", "CA", []string{"antonia", "velmont"}, "US:velmont antonia"},
		{"US:velmont antonia", "GB", []string{"antonia", "velmont"}, "GB:velmont antonia"},
		{"US:velmont antonia", "", []string{"antonia", "velmont"}, "US:velmont antonia"},
		{"US:velmont antonia", "CA", []string{"velmont"}, "CA:velmont"},
		{"US:velmont antonia", "US", []string{"velmont"}, "US:velmont antonia"},
	}
	for _, tt := range tests {
		if got := placement(tt.id, tt.id[3:], tt.claim, tt.tokens, claims); got != tt.want {
			t.Errorf("placement(%s, claim %q, %v) = %s, want %s", tt.id, tt.claim, tt.tokens, got, tt.want)
		}
	}
	// A full name that an article gave no state goes where the claims are;
	// one no article places stays apart.
	for _, tt := range []struct {
		claims []string
		want   string
	}{{claims, "US:velmont antonia"}, {nil, "unknown:velmont antonia"}} {
		if got := placement("unknown:velmont antonia", "velmont antonia", "", []string{"antonia", "velmont"}, tt.claims); got != tt.want {
			t.Errorf("placement of a stateless mention with claims %v = %s, want %s", tt.claims, got, tt.want)
		}
	}
	for id, want := range map[string]string{"US:velmont antonia": "velmont antonia", "unknown:velmont antonia": "velmont antonia",
		"US:velmont": "", "un:velmont antonia": "", "united nations:velmont antonia": ""} {
		if got, _ := personKeyOfID(id); got != want {
			t.Errorf("personKeyOfID(%s) = %q, want %q", id, got, want)
		}
	}
	if got := destination([]string{"CA=1", "US=1"}, "US"); got != "US" {
		t.Errorf("a tie keeps each state's mentions: %s", got)
	}
}

// A save reads only the mentions placement may move: on the node of the
// most claimed state, those claiming a namesake's state; on a node that
// an article's mistake made, all of them.
func TestMovableMentions(t *testing.T) {
	claims := map[string][]string{"velmont antonia": {"CA=1", "GB=2", "US=4"}}
	rows := movableRows([]string{"US:velmont antonia", "CA:velmont antonia", "GB:velmont antonia", "unknown:velmont antonia"}, claims)
	want := []map[string]any{
		{"id": "US:velmont antonia", "moving": []string{"GB"}, "claimless": false},
		{"id": "CA:velmont antonia", "moving": []string{"CA", "GB", "US"}, "claimless": true},
		{"id": "GB:velmont antonia", "moving": []string{"CA", "US"}, "claimless": true},
		{"id": "unknown:velmont antonia", "moving": []string{"CA", "GB", "US", "unknown"}, "claimless": true},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("movableRows =\n%v\nwant\n%v", rows, want)
	}
}
