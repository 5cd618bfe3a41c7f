package extract

import (
	"reflect"
	"testing"

	"github.com/attache-project/attache"
)

// FuzzExtract runs the whole extractor on arbitrary text and checks its
// invariants: no panic, evidence inside the cleaned text and equal to it,
// every participant a listed official, the same input the same output. Its
// seeds are the built-in texts below, the regression inputs in
// testdata/fuzz/FuzzExtract, and the lines, sentences and fragments of the
// shared corpus (all of them under -fuzz, a sample as a plain test).
func FuzzExtract(f *testing.F) {
	for _, seed := range []string{
		"",
		"NIAMEY, Niger, Sept. 3, 2011 – Interior Secretary Jane Roe plans to sit down here today with Nigerien President Ada Obi and her new interior minister.",
		"Trade Secretary Jane Roe and Beninese Trade Minister Ali Sani talked tariffs over breakfast in Boston, Mass., today. They also covered port fees.",
		"<html><body><nav>Menu</nav><article><h1>Talks</h1><p>President Ada Obi of Nigeria and President Paul Tano of Benin signed the pact on Sunday.</p></article></body></html>",
		"1. The ministers gathered. 2. A further summit is planned before 2030.",
		"Mr. Ali Bako dos Santos, Angola's Head of State, sees the Laotian Head of State Mr. Vong Sa Li later today.",
		"\xff\xfe\x00 U.S. U.N. Gen. Adm. Aug. Dr. Mr. St. No. 5",
		"Presidents Ada Obi of Nigeria and Paul Tano of Benin, Prime Minister X of Y, the Secretary, his defense minister, Marco Lino, Peru's new defense minister.",
	} {
		f.Add(seed, "U.S. Department of State", "2022-07-28")
	}
	stride := 25
	if fuzzing() {
		stride = 1
	}
	for _, s := range corpusSeeds(f, stride) {
		f.Add(s.text, s.outlet, s.published)
	}
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, outlet, published string) {
		a := attache.Article{ID: "fuzz", Text: text, Outlet: outlet, Published: attache.Date(published)}
		e1, err1 := x.Extract(a)
		e2, err2 := x.Extract(a)
		if (err1 == nil) != (err2 == nil) {
			t.Fatalf("errors differ: %v / %v", err1, err2)
		}
		if err1 != nil {
			if attache.ErrorCode(err1) != attache.EINVALID {
				t.Fatalf("error without a code: %v", err1)
			}
			return
		}
		checkInvariants(t, e1)
		if !reflect.DeepEqual(e1, e2) {
			t.Fatal("same input, different output")
		}
	})
}
