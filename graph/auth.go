package graph

import (
	"context"
	"strings"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/graph/model"
)

type authKey struct{}

// WithAuthenticated marks a request as carrying the API token; the HTTP
// layer checks the token, the mutation only reads the mark.
func WithAuthenticated(ctx context.Context) context.Context {
	return context.WithValue(ctx, authKey{}, true)
}

// Authenticated reports whether the request carried the API token.
func Authenticated(ctx context.Context) bool {
	ok, _ := ctx.Value(authKey{}).(bool)
	return ok
}

// ingestArticle runs the mutation: the same extraction and write as
// `attache load`, then the stored article for the answer.
func (r *Resolver) ingestArticle(ctx context.Context, in model.IngestArticleInput) (*model.IngestResult, error) {
	if r.Ingest == nil {
		return nil, attache.Errorf(attache.EUNAUTHORIZED, "mutations are off on this server: start it with ATTACHE_API_TOKEN set")
	}
	if !Authenticated(ctx) {
		return nil, attache.Errorf(attache.EUNAUTHORIZED, "ingestArticle needs the header Authorization: Bearer <ATTACHE_API_TOKEN>")
	}
	if strings.TrimSpace(in.Text) == "" {
		return nil, attache.Errorf(attache.EINVALID, "the article's text is empty")
	}
	res, err := r.Ingest.Ingest(ctx, attache.Article{
		ID: deref(in.ID), Title: deref(in.Title), URL: deref(in.URL), Outlet: deref(in.Outlet),
		Published: deref(in.Published), Text: in.Text, Source: "ingestArticle",
	})
	if err != nil {
		return nil, err
	}
	out := &model.IngestResult{ArticleID: res.ArticleID, Changed: res.Changed, Meetings: []*model.ExtractedMeeting{}}
	if a, err := r.Read.Articles(ctx, []string{res.ArticleID}); err == nil {
		if info, ok := a[res.ArticleID]; ok {
			out.Article = &info
		}
	}
	for _, m := range res.Meetings {
		em := &model.ExtractedMeeting{Kind: m.Kind, Status: m.Status, Date: m.Date,
			Participants: nonNil(m.Participants), Countries: nonNil(m.Countries), Issues: nonNil(m.Issues), Evidence: []string{}}
		for _, e := range m.Evidence {
			em.Evidence = append(em.Evidence, e.Sentence)
		}
		out.Meetings = append(out.Meetings, em)
	}
	return out, nil
}

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}
