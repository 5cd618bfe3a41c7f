package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/synth"
)

func genCommand() *command {
	return &command{
		Name:    "gen",
		Summary: "write a synthetic corpus with known truth, for tests and benchmarks",
		Usage: `Usage: attache gen [-n 10000] [-seed 1] [-reports 3] [-o FILE|-] [--truth FILE] [--gold DIR]

Writes N synthetic news articles as JSON Lines (id, title, url, outlet,
published, text), the format 'attache load' and 'attache extract' read. The
officials are invented, the states real; each engagement is reported by
about -reports articles in different words, some before it (scheduled) and
some after (held). With --truth, what a perfect extractor would find (the
officials, and every engagement with the ids of the articles reporting it)
is written to FILE as JSON. With --gold, each article's annotation in the
evaluation's format is written to DIR/ID.json, so that

    attache gen -n 500 -o c.jsonl --gold gold/
    attache extract --out pred/ c.jsonl
    go run ../shared/eval/score.go -gold gold/ -pred pred/

measures the extractor on officials it has never seen. The same seed always
gives the same corpus.`,
		Run: runGen,
	}
}

func runGen(ctx context.Context, app *App, args []string) error {
	fs := newFlagSet(app, "gen", genCommand().Usage)
	n := fs.Int("n", 10000, "number of `articles`")
	seed := fs.Int64("seed", 1, "random `seed`; the same seed gives the same corpus")
	reports := fs.Int("reports", 3, "average number of articles reporting one engagement")
	out := fs.String("o", "-", "write the articles to `FILE` (- for standard output)")
	truthPath := fs.String("truth", "", "also write the truth as JSON to `FILE`")
	goldDir := fs.String("gold", "", "also write each article's gold annotation to `DIR`/ID.json")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	if *n < 0 || *reports < 1 {
		return fmt.Errorf("%w: -n must be at least 0 and -reports at least 1", errUsage)
	}
	cfg := synth.Config{Articles: *n, Seed: *seed, ReportsPerMeeting: *reports}
	if *goldDir != "" {
		if err := os.MkdirAll(*goldDir, 0o755); err != nil {
			return fmt.Errorf("creating the gold folder: %w", err)
		}
	}

	var w io.Writer = app.Stdout
	var file *os.File
	if *out != "-" {
		f, err := os.Create(*out)
		if err != nil {
			return fmt.Errorf("creating the corpus file: %w", err)
		}
		defer f.Close() // a second close after the checked one below is harmless
		file, w = f, f
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	truth, err := synth.StreamGold(cfg, func(a attache.Article, g synth.Gold) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if *goldDir != "" {
			if err := writeJSONFile(filepath.Join(*goldDir, a.ID+".json"), g); err != nil {
				return err
			}
		}
		return enc.Encode(a)
	})
	if err != nil {
		return fmt.Errorf("writing the corpus: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing the corpus: %w", err)
	}
	if file != nil {
		if err := file.Close(); err != nil {
			return fmt.Errorf("writing the corpus: %w", err)
		}
	}
	if *truthPath != "" {
		if err := writeJSONFile(*truthPath, truth); err != nil {
			return err
		}
	}
	if *out != "-" {
		fmt.Fprintf(app.Stderr, "attache gen: %d articles reporting %d engagements of %d officials written to %s\n",
			*n, len(truth.Meetings), len(truth.Officials), *out)
	}
	return nil
}

func writeJSONFile(path string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding %s: %w", path, err)
	}
	if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
