package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/loader"
	"github.com/attache-project/attache/loader/extract"
)

func extractCommand() *command {
	return &command{
		Name:    "extract",
		Summary: "print the facts found in articles, without touching Neo4j",
		Usage: `Usage: attache extract [--format json|text] [--out DIR] PATH...

Extracts officials, countries, engagements and policy issues, each with the
sentence that states it, from articles and prints them. PATH is a .txt, .html
or .jsonl file, a folder (read recursively), or - for JSON Lines on stdin.
JSON follows the evaluation format (shared/eval/FORMAT.md) with ids and
evidence added. With --out, one ID.json per article is written to DIR.

A bad article (unreadable, not extractable, a second article with an id
already read, an id that cannot name a file in DIR) is reported with its
file and line and skipped; the others are extracted, and the exit code is 1.
Named pipes and other special files inside folders are skipped; one named
on the command line is read.`,
		Run: runExtract,
	}
}

func runExtract(ctx context.Context, app *App, args []string) error {
	fs := newFlagSet(app, "extract", extractCommand().Usage)
	format := fs.String("format", "json", "output `format`: json or text")
	outDir := fs.String("out", "", "write one ID.json per article into `DIR` instead of printing")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *format != "json" && *format != "text" {
		return fmt.Errorf("%w: --format must be json or text, not %q", errUsage, *format)
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: name at least one file or folder (or - for stdin)", errUsage)
	}
	if *outDir != "" {
		if err := os.MkdirAll(*outDir, 0o755); err != nil {
			return fmt.Errorf("creating output folder: %w", err)
		}
	}
	x, err := extract.New()
	if err != nil {
		return fmt.Errorf("loading reference data: %w", err)
	}
	app.Logger.Debug("extract started", "paths", fs.Args())
	var failed, done int
	err = loader.ReadSources(ctx, fs.Args(), app.Stdin, func(it loader.Item) error {
		if it.Err != nil {
			failed++
			fmt.Fprintf(app.Stderr, "attache extract: %v\n", it.Err)
			return nil
		}
		doc, err := loader.ExtractArticle(x, it.Article)
		if err != nil {
			failed++
			fmt.Fprintf(app.Stderr, "attache extract: %v\n", err)
			return nil
		}
		if *outDir != "" {
			if problem := fileNameProblem(doc.Article.ID); problem != "" {
				failed++
				fmt.Fprintf(app.Stderr, "attache extract: %s: article id %q cannot name a file in %s: %s; skipped\n",
					it.Article.Source, doc.Article.ID, *outDir, problem)
				return nil
			}
		}
		done++
		return writeExtraction(app.Stdout, *outDir, *format, doc)
	})
	if err != nil {
		return err
	}
	if *outDir != "" || failed > 0 {
		where := "extracted"
		if *outDir != "" {
			where = "written to " + *outDir
		}
		fmt.Fprintf(app.Stderr, "attache extract: %d articles %s, %d failed or skipped\n", done, where, failed)
	}
	if failed > 0 {
		return exitError{code: 1}
	}
	return nil
}

// maxFileNameBytes leaves room for the extension under the 255 bytes most
// file systems allow in a name.
const maxFileNameBytes = 200

// fileNameProblem says why an article id cannot name its file in --out
// (it would leave the folder, hide the file or be refused), or "".
func fileNameProblem(id string) string {
	switch {
	case strings.TrimSpace(id) == "":
		return "it is empty"
	case id == "." || id == "..":
		return "it names a folder"
	case strings.ContainsAny(id, `/\`):
		return "it contains a path separator"
	case strings.IndexFunc(id, unicode.IsControl) >= 0:
		return "it contains a control character"
	case strings.HasPrefix(id, "."):
		return "it starts with a dot (a hidden file)"
	case len(id) > maxFileNameBytes:
		return fmt.Sprintf("it is longer than %d bytes", maxFileNameBytes)
	}
	return ""
}

func writeExtraction(stdout io.Writer, outDir, format string, doc *attache.Extraction) error {
	w := stdout
	if outDir != "" {
		name := doc.Article.ID
		if format == "text" {
			name += ".txt"
		} else {
			name += ".json"
		}
		if problem := fileNameProblem(doc.Article.ID); problem != "" {
			return fmt.Errorf("article id %q cannot name a file: %s", doc.Article.ID, problem)
		}
		f, err := os.Create(filepath.Join(outDir, name))
		if err != nil {
			return fmt.Errorf("writing extraction: %w", err)
		}
		defer f.Close()
		w = f
	}
	var err error
	if format == "text" {
		err = writeExtractionText(w, doc)
	} else {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		err = enc.Encode(doc)
	}
	if err != nil && !errors.Is(err, os.ErrClosed) {
		return fmt.Errorf("writing extraction of %s: %w", doc.Article.ID, err)
	}
	return nil
}

// writeExtractionText prints the facts for a person: who, what, when, about
// what, and the sentence each engagement rests on.
func writeExtractionText(w io.Writer, doc *attache.Extraction) error {
	var b strings.Builder
	title := doc.Headline
	if title == "" {
		title = doc.Article.Title
	}
	fmt.Fprintf(&b, "== %s", doc.Article.ID)
	if title != "" {
		fmt.Fprintf(&b, ": %s", title)
	}
	b.WriteString("\n")
	if doc.Byline != "" {
		fmt.Fprintf(&b, "Byline:   %s\n", doc.Byline)
	}
	if d := doc.Dateline; d != nil {
		fmt.Fprintf(&b, "Dateline: %s", strings.Trim(d.City+", "+d.Country, ", "))
		if d.Date != "" {
			fmt.Fprintf(&b, " (%s)", d.Date)
		}
		b.WriteString("\n")
	}
	codes := make([]string, 0, len(doc.Countries))
	for _, c := range doc.Countries {
		codes = append(codes, c.Code)
	}
	fmt.Fprintf(&b, "Countries: %s\n", orNone(strings.Join(codes, " ")))
	fmt.Fprintf(&b, "Officials (%d):\n", len(doc.Officials))
	for _, o := range doc.Officials {
		state := o.Organization
		if o.Country != nil {
			state = *o.Country
		}
		fmt.Fprintf(&b, "  - %s — %s [%s, %s]", o.Name, orNone(o.Title), orNone(state), orNone(string(o.Level)))
		if len(o.Aliases) > 0 {
			fmt.Fprintf(&b, " aka %s", strings.Join(o.Aliases, "; "))
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "Engagements (%d):\n", len(doc.Meetings))
	for _, m := range doc.Meetings {
		date := "date unknown"
		if m.Date != nil {
			date = string(*m.Date)
		}
		fmt.Fprintf(&b, "  - %s, %s, %s: %s", m.Kind, m.Status, date, strings.Join(m.Countries, "–"))
		if m.Location != nil {
			var at []string
			if m.Location.City != nil {
				at = append(at, *m.Location.City)
			}
			if m.Location.Country != nil {
				at = append(at, *m.Location.Country)
			}
			if len(at) > 0 {
				fmt.Fprintf(&b, " in %s", strings.Join(at, ", "))
			}
		}
		b.WriteString("\n")
		if len(m.Participants) > 0 {
			fmt.Fprintf(&b, "      with %s\n", strings.Join(m.Participants, ", "))
		}
		if len(m.Issues) > 0 {
			fmt.Fprintf(&b, "      about %s\n", strings.Join(m.Issues, ", "))
		}
		for _, ev := range m.Evidence {
			fmt.Fprintf(&b, "      « %s » [%d:%d %s]\n", ev.Sentence, ev.Start, ev.End, ev.Rule)
		}
	}
	ids := make([]string, 0, len(doc.Issues))
	for _, is := range doc.Issues {
		ids = append(ids, is.ID)
	}
	fmt.Fprintf(&b, "Issues: %s\n\n", orNone(strings.Join(ids, ", ")))
	_, err := io.WriteString(w, b.String())
	return err
}

func orNone(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
