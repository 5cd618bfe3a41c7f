package neo4jdb

import (
	"context"

	"github.com/attache-project/attache"
)

// VisitOfficialsWhoMet reads the page p of officialsWhoMet, as
// OfficialsWhoMetSelected reads it for paths, and hands each official on
// it to v as the record holds it (attache.OfficialMetRow), building no
// views; hasNext tells whether a page follows. It runs one statement; v
// is called only once the statement has succeeded.
func (s *ReadStore) VisitOfficialsWhoMet(ctx context.Context, q attache.WhoMetQuery, p attache.PageArgs, paths []string,
	v attache.WhoMetVisitor) (hasNext bool, err error) {
	c, err := whoMetRowsStatement(paths)
	if err != nil {
		return false, err
	}
	tag, params, err := whoMetPageParams(q, p)
	if err != nil {
		return false, err
	}
	recs, err := s.run(ctx, "officialsWhoMetSelected", c.cypher, params)
	if err != nil {
		return false, err
	}
	var row attache.OfficialMetRow
	for i, rec := range recs {
		if i == p.First {
			return true, nil
		}
		off, _ := rec.Get("official")
		official := attache.FieldsOf(off, c.names.Official)
		n := rInt(rec, "n")
		row = attache.OfficialMetRow{
			Cursor:       encodeCursor(tag, n, rStr(rec, "k"), official.Str("id")),
			MeetingCount: n,
			FirstDate:    attache.Date(rStr(rec, "firstDate")),
			LastDate:     attache.Date(rStr(rec, "lastDate")),
			Official:     official,
			Counterparts: rList(rec, "counterparts"),
			Meetings:     rList(rec, "meetings"),
			Names:        c.names,
		}
		v.VisitOfficialMet(&row)
	}
	return false, nil
}
