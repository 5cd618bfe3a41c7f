package attache

// Answers written from the store's records (issue 14). A read service that
// returns views (OfficialMet, MeetingView, Report) makes the API decode the
// driver's records into them and then write the views out as JSON: for
// officialsWhoMet's usual answer (some 44 KB) building the views was a
// third of the Go time between the statement's end and the answer. A
// WhoMetVisitor is handed each row as the store decoded it instead, and
// writes it out directly.

// Fields are the fields of one node of a read as the store read them:
// only those the caller's selection asked for, as a list of values (one
// Bolt list costs less to send and to decode than a map with its keys)
// with their GraphQL names beside it. A value is a string, an int64, a
// bool, nil, or a []any: a list of values, or a nested node (read with
// Node, given its names). A field absent or of another type reads as its
// zero value; normalising values (a state's name defaulting to its code,
// a meeting's precision to its date's) is the reader's.
type Fields struct {
	Names  []string
	Values []any
}

// FieldsOf is v, a node read as a list, as Fields named names.
func FieldsOf(v any, names []string) Fields {
	l, _ := v.([]any)
	return Fields{Names: names, Values: l}
}

// Value is the field name; nil when absent.
func (f Fields) Value(name string) any {
	for i, n := range f.Names {
		if n == name && i < len(f.Values) {
			return f.Values[i]
		}
	}
	return nil
}

// Str is the string field name; "" when absent or not a string.
func (f Fields) Str(name string) string {
	s, _ := f.Value(name).(string)
	return s
}

// Int is the integer field name; 0 when absent or not a number.
func (f Fields) Int(name string) int {
	switch n := f.Value(name).(type) {
	case int64:
		return int(n)
	case float64:
		return int(n)
	}
	return 0
}

// List is the list field name; nil when absent or not a list.
func (f Fields) List(name string) []any {
	l, _ := f.Value(name).([]any)
	return l
}

// Node is the nested node name, whose fields are names.
func (f Fields) Node(name string, names []string) Fields {
	return FieldsOf(f.Value(name), names)
}

// WhoMetNames name the fields of the nodes of an officialsWhoMet row, by
// the kind of node. A state (an official's "country", each of a meeting's
// "countries") is a pair: its code and its name.
type WhoMetNames struct {
	Official, Counterpart, Meeting, Report, Article []string
}

// OfficialMetRow is one foreign official of an officialsWhoMet page as the
// store read it. Official holds the official's selected fields, each
// element of Counterparts a node named by Names.Counterpart, each of
// Meetings one named by Names.Meeting ("reports" a list of nodes named by
// Names.Report, whose "article" is named by Names.Article).
type OfficialMetRow struct {
	Cursor              string
	MeetingCount        int
	FirstDate, LastDate Date
	Official            Fields
	Counterparts        []any
	Meetings            []any
	Names               *WhoMetNames
}

// WhoMetVisitor is told the rows of an officialsWhoMet page in order, one
// call per row, as the store decodes its records. The row and what it
// holds are the store's: read them during the call, and keep no reference.
type WhoMetVisitor interface {
	VisitOfficialMet(row *OfficialMetRow)
}
