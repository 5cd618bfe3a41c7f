package attache

// Answers written from the store's records (issue 14). A read service that
// returns views (OfficialMet, MeetingView, Report) makes the API decode the
// driver's records into them and then write the views out as JSON: for
// officialsWhoMet's usual answer (some 44 KB) building the views was a
// third of the Go time between the statement's end and the answer. A
// WhoMetVisitor is handed each row as the store decoded it instead, and
// writes it out directly.

// Fields are the fields of one node of a read, by GraphQL field name, as
// the store read them: only those the caller's selection asked for. A value
// is a string, an int64, a bool, nil, a []any of values, or a
// map[string]any: a nested node, read with Node or FieldsOf. A field absent
// or of another type reads as its zero value; normalising values (a
// state's name defaulting to its code, a meeting's precision to its
// date's) is the reader's.
type Fields map[string]any

// FieldsOf is v as Fields: nil unless v is a node (map[string]any).
func FieldsOf(v any) Fields {
	m, _ := v.(map[string]any)
	return m
}

// Str is the string field name; "" when absent or not a string.
func (f Fields) Str(name string) string {
	s, _ := f[name].(string)
	return s
}

// Int is the integer field name; 0 when absent or not a number.
func (f Fields) Int(name string) int {
	switch n := f[name].(type) {
	case int64:
		return int(n)
	case float64:
		return int(n)
	}
	return 0
}

// List is the list field name; nil when absent or not a list.
func (f Fields) List(name string) []any {
	l, _ := f[name].([]any)
	return l
}

// Node is the nested node name; nil when absent or not a node.
func (f Fields) Node(name string) Fields {
	return FieldsOf(f[name])
}

// OfficialMetRow is one foreign official of an officialsWhoMet page as the
// store read it. Official and each element of Counterparts hold an
// official's selected fields ("country" a node with "code" and "name");
// each element of Meetings a meeting's ("countries" a list of such nodes,
// "reports" a list of reports' fields, each with its "article" node).
type OfficialMetRow struct {
	Cursor              string
	MeetingCount        int
	FirstDate, LastDate Date
	Official            Fields
	Counterparts        []any
	Meetings            []any
}

// WhoMetVisitor is told the rows of an officialsWhoMet page in order, one
// call per row, as the store decodes its records. The row and what it
// holds are the store's: read them during the call, and keep no reference.
type WhoMetVisitor interface {
	VisitOfficialMet(row *OfficialMetRow)
}
