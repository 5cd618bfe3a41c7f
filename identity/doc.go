// Package identity holds the rules that decide when two mentions are one
// person: how names fold (case, diacritics, punctuation, transliteration
// variants), which words around a name are not part of it (honorifics,
// offices, initials, generational suffixes), which given names are forms
// of one another, and which keys make "Taro Yamada" and "YAMADA Taro" one
// person. It is pure (standard library and x/text), so the extractor and
// the store apply one set of rules, and it is tested without Neo4j.
//
// The rules of a meeting's kind and date live on the root's MeetingKind
// and Date types.
package identity
