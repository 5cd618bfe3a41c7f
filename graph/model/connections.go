package model

import (
	"context"

	"github.com/attache-project/attache"
)

// Counter computes a list's total size; connections call it only when a
// query asks for totalCount.
type Counter func(ctx context.Context) (int, error)

// MeetingConnection is a page of meetings.
type MeetingConnection struct {
	Edges    []*MeetingEdge
	PageInfo *PageInfo
	Count    Counter
}

// MeetingEdge is one meeting and its cursor.
type MeetingEdge struct {
	Cursor string
	Node   *attache.MeetingView
}

// OfficialConnection is a page of officials.
type OfficialConnection struct {
	Edges    []*OfficialEdge
	PageInfo *PageInfo
	Count    Counter
}

// OfficialEdge is one official and its cursor.
type OfficialEdge struct {
	Cursor string
	Node   *attache.OfficialView
}

// CountryConnection is a page of countries.
type CountryConnection struct {
	Edges    []*CountryEdge
	PageInfo *PageInfo
	Count    Counter
}

// CountryEdge is one country and its cursor.
type CountryEdge struct {
	Cursor string
	Node   *attache.Country
}

// ArticleConnection is a page of articles.
type ArticleConnection struct {
	Edges    []*ArticleEdge
	PageInfo *PageInfo
	Count    Counter
}

// ArticleEdge is one article and its cursor.
type ArticleEdge struct {
	Cursor string
	Node   *attache.ArticleInfo
}

// OfficialMetConnection is a page of officials who met a state's officials.
type OfficialMetConnection struct {
	Edges    []*OfficialMetEdge
	PageInfo *PageInfo
	Count    Counter
}

// OfficialMetEdge is one official who met and its cursor.
type OfficialMetEdge struct {
	Cursor string
	Node   *attache.OfficialMet
}
