package graph

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/99designs/gqlgen/graphql"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/graph/model"
)

// The fast path writes scalars itself; each must be byte for byte what
// gqlgen's marshallers (and model.MarshalDate) write.
func TestFastWriterScalarsAsGqlgen(t *testing.T) {
	gqlgen := func(m graphql.Marshaler) string {
		var b bytes.Buffer
		m.MarshalGQL(&b)
		return b.String()
	}
	strs := []string{"", "Foreign Minister Ali Sani of Niger", `say "yes"`, `back\slash`, "tab\tcr\rnl\n",
		"\x00\x01\x1f\x7f", "Bogotá – Niamey ✓", "bad \xff\xfe utf-8 \xc3", "end\\", "\"", "emoji 🙂 \u2028",
		"Trade & Industry <Niger>", "sep\u2029para\u2028", "cut \xe2\x80", "cut \xe2", "\xe2\x80\xa8", "’quoted’ … —", "a&&b<<c>>"}
	// What the answer holds once writeResponse has escaped it.
	htmlEscaped := func(b string) string {
		var out bytes.Buffer
		json.HTMLEscape(&out, []byte(b))
		return out.String()
	}
	for _, s := range strs {
		w := &fastWriter{}
		w.str(s)
		if got, want := w.buf.String(), htmlEscaped(gqlgen(graphql.MarshalString(s))); got != want {
			t.Errorf("str(%q) = %s, want %s", s, got, want)
		}
	}
	for _, n := range []int{0, 1, -1, 42, 1 << 40, -(1 << 62)} {
		w := &fastWriter{}
		w.integer(n)
		if got, want := w.buf.String(), gqlgen(graphql.MarshalInt(n)); got != want {
			t.Errorf("integer(%d) = %s, want %s", n, got, want)
		}
	}
	for _, b := range []bool{true, false} {
		w := &fastWriter{}
		w.boolean(b)
		if got, want := w.buf.String(), gqlgen(graphql.MarshalBoolean(b)); got != want {
			t.Errorf("boolean(%v) = %s, want %s", b, got, want)
		}
	}
	for _, d := range []attache.Date{"", "2005", "2005-08", "2005-08-18", `odd"date`} {
		w := &fastWriter{}
		w.date(d)
		if got, want := w.buf.String(), gqlgen(model.MarshalDate(d)); got != want {
			t.Errorf("date(%q) = %s, want %s", d, got, want)
		}
	}
	// Values are appended, not written over what the buffer holds.
	w := &fastWriter{}
	w.buf.WriteString("[")
	w.integer(7)
	w.buf.WriteString(",")
	w.date("2001")
	if got := w.buf.String(); got != `[7,"2001"` {
		t.Errorf("appended %s", got)
	}
}
