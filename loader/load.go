package loader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"github.com/attache-project/attache"
)

// Extractor is what the loader needs of the extraction stage.
type Extractor interface {
	Extract(a attache.Article) (*attache.Extraction, error)
}

// BatchStore is implemented by stores that can commit several articles in
// one transaction; the loader uses it when --batch-size is above one. Each
// article in a batch is still all or nothing, since the batch is.
type BatchStore interface {
	SaveExtractions(ctx context.Context, docs []*attache.Extraction) ([]attache.SaveResult, error)
}

// DefaultBatchSize is how many articles one write transaction carries
// unless told otherwise. A batch costs about as many statements as one
// article, so large batches load many times faster (docs/BENCHMARKS.md:
// 58 articles/s one by one; with batches of 500, 330 on a freshly started
// server and 990 on a warm one); each article is still all or nothing, and
// a batch the store rejects is retried article by article.
const DefaultBatchSize = 500

// DefaultFlushAfter bounds how long a read article waits for its batch to
// fill when the source goes quiet.
const DefaultFlushAfter = time.Second

// Options tune a load.
type Options struct {
	// Workers is the number of extraction goroutines (default: the number of CPUs).
	Workers int
	// Writers is the number of concurrent write transactions (default 1).
	// Saves that touch the same states take turns on their locks, so more
	// writers help only when articles are about disjoint states; one writer
	// also saves articles in the order they were read.
	Writers int
	// BatchSize is how many articles one write transaction carries
	// (default DefaultBatchSize).
	BatchSize int
	// FlushAfter is how long a part-filled batch waits for more articles
	// before it is written anyway (default DefaultFlushAfter).
	FlushAfter time.Duration
	// DryRun extracts everything and reports what would be written, writing nothing.
	DryRun bool
	// Progress, when set, is told about every article as it finishes.
	Progress Progress
	Logger   *slog.Logger
}

// Progress follows a load as it goes.
type Progress interface {
	Add(n int)
	Finish()
}

// Failure is an article that could not be read, extracted or written.
type Failure struct {
	Source string
	Err    error
}

// Summary is what a load did.
type Summary struct {
	Read, Loaded, Unchanged, Failed int
	NodesCreated                    int
	RelationshipsCreated            int
	PropertiesSet                   int
	// Facts found, for --dry-run and the log.
	Officials, Countries, Meetings, Issues int
	Failures                               []Failure
	Elapsed                                time.Duration
}

type job struct {
	seq     int // position in the reading order
	article attache.Article
	doc     *attache.Extraction // nil: the article failed before writing
}

type numberedItem struct {
	Item
	seq int
}

// Load reads the sources, extracts each article in parallel and writes each
// article's facts to the store in its own transaction (or a batch of them).
// A bad article is counted and reported, never fatal to the others. Load
// returns an error only when the load itself could not go on (ctx cancelled,
// the store unreachable); per-article failures are in the summary.
func Load(ctx context.Context, paths []string, stdin io.Reader, x Extractor, store attache.Store, opt Options) (Summary, error) {
	start := time.Now()
	if opt.Workers <= 0 {
		opt.Workers = runtime.NumCPU()
	}
	if opt.Writers <= 0 {
		opt.Writers = 1
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = DefaultBatchSize
	}
	if opt.FlushAfter <= 0 {
		opt.FlushAfter = DefaultFlushAfter
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	items := make(chan numberedItem, opt.Workers*4)
	extracted := make(chan job, opt.Workers*4)
	var sum Summary
	var mu sync.Mutex // guards sum
	fail := func(source string, err error) {
		mu.Lock()
		defer mu.Unlock()
		sum.Failed++
		sum.Failures = append(sum.Failures, Failure{Source: source, Err: err})
		opt.Logger.Warn("article failed", "source", source, "err", err)
		if opt.Progress != nil {
			opt.Progress.Add(1)
		}
	}

	var readErr error
	go func() {
		defer close(items)
		seq := 0
		readErr = ReadSources(paths, stdin, func(it Item) error {
			select {
			case items <- numberedItem{Item: it, seq: seq}:
				seq++
				return nil
			case <-ctx.Done():
				return context.Cause(ctx)
			}
		})
	}()

	var extractors sync.WaitGroup
	for range opt.Workers {
		extractors.Add(1)
		go func() {
			defer extractors.Done()
			for it := range items {
				mu.Lock()
				sum.Read++
				mu.Unlock()
				var doc *attache.Extraction
				if it.Err != nil {
					fail(sourceOf(it.Err), it.Err)
				} else if d, err := x.Extract(it.Article); err != nil {
					fail(it.Article.Source, fmt.Errorf("%s: extracting: %w", it.Article.Source, err))
				} else {
					doc = d
				}
				// Failures travel on too, so the batcher knows their place
				// in the reading order is taken.
				select {
				case extracted <- job{seq: it.seq, article: it.Article, doc: doc}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		extractors.Wait()
		close(extracted)
	}()

	batches := make(chan []job)
	go batchInOrder(ctx, extracted, batches, opt.BatchSize, opt.FlushAfter)

	var writers sync.WaitGroup
	for range opt.Writers {
		writers.Add(1)
		go func() {
			defer writers.Done()
			for batch := range batches {
				results := write(ctx, store, batch, opt.DryRun)
				var unavailable error
				mu.Lock()
				for i, j := range batch {
					r := results[i]
					if r.err != nil {
						sum.Failed++
						sum.Failures = append(sum.Failures, Failure{Source: j.article.Source, Err: fmt.Errorf("%s: writing: %w", j.article.Source, r.err)})
						opt.Logger.Warn("article not written", "source", j.article.Source, "err", r.err)
						if attache.ErrorCode(r.err) == attache.EUNAVAILABLE {
							unavailable = r.err
						}
						continue
					}
					countFacts(&sum, j.doc)
					if r.Changed {
						sum.Loaded++
					} else {
						sum.Unchanged++
					}
					sum.NodesCreated += r.NodesCreated
					sum.RelationshipsCreated += r.RelationshipsCreated
					sum.PropertiesSet += r.PropertiesSet
				}
				if opt.Progress != nil {
					opt.Progress.Add(len(batch))
				}
				mu.Unlock()
				if unavailable != nil {
					// Neo4j is gone: stop rather than fail every article left.
					cancel(unavailable)
				}
			}
		}()
	}
	writers.Wait()
	if opt.Progress != nil {
		opt.Progress.Finish()
	}
	sum.Elapsed = time.Since(start)
	if readErr != nil {
		return sum, readErr
	}
	if cause := context.Cause(ctx); cause != nil {
		return sum, cause
	}
	return sum, nil
}

// batchInOrder cuts the extracted articles into batches of consecutive
// articles, put back in the order they were read (extraction workers finish
// out of turn), so one writer saves them in reading order: where the store's
// matching depends on order (ambiguous reports, docs/GRAPH_MODEL.md), a rerun
// after a crash meets the same order as a clean run. Articles that failed
// (no doc) keep their place and are dropped. A source that trickles (a feed
// piped to stdin) must not keep what it gave unwritten until a batch fills:
// a batch goes as it is flushAfter after its first article.
func batchInOrder(ctx context.Context, in <-chan job, out chan<- []job, size int, flushAfter time.Duration) {
	defer close(out)
	due := time.NewTimer(flushAfter)
	due.Stop()
	armed := false
	batch := make([]job, 0, size)
	send := func() bool {
		select {
		case out <- batch:
			batch = make([]job, 0, size)
			due.Stop()
			armed = false
			return true
		case <-ctx.Done():
			return false
		}
	}
	waiting := map[int]job{} // finished ahead of their turn
	next := 0
	for {
		select {
		case j, ok := <-in:
			if !ok {
				if len(batch) > 0 {
					send()
				}
				return
			}
			waiting[j.seq] = j
			for {
				j, ok := waiting[next]
				if !ok {
					break
				}
				delete(waiting, next)
				next++
				if j.doc == nil {
					continue
				}
				batch = append(batch, j)
				if len(batch) >= size && !send() {
					return
				}
			}
			if len(batch) > 0 && !armed {
				due.Reset(flushAfter)
				armed = true
			}
		case <-due.C:
			armed = false
			if len(batch) > 0 && !send() {
				return
			}
		}
	}
}

type writeResult struct {
	attache.SaveResult
	err error
}

// write saves a batch in one transaction when the store can, else article by
// article, and returns one result per article.
func write(ctx context.Context, store attache.Store, batch []job, dryRun bool) []writeResult {
	results := make([]writeResult, len(batch))
	if dryRun {
		for i, j := range batch {
			results[i].SaveResult = attache.SaveResult{ArticleID: j.doc.Article.ID, Changed: true}
		}
		return results
	}
	if bs, ok := store.(BatchStore); ok && len(batch) > 1 {
		docs := make([]*attache.Extraction, len(batch))
		for i, j := range batch {
			docs[i] = j.doc
		}
		saved, err := bs.SaveExtractions(ctx, docs)
		if err == nil {
			for i := range results {
				results[i].SaveResult = saved[i]
			}
			return results
		}
		if attache.ErrorCode(err) == attache.EUNAVAILABLE || ctx.Err() != nil {
			for i := range results {
				results[i].err = err
			}
			return results
		}
		// The batch was rolled back whole; saving its articles one by one
		// below lets the one that broke it fail alone instead of taking the
		// others with it.
	}
	for i, j := range batch {
		results[i].SaveResult, results[i].err = store.SaveExtraction(ctx, j.doc)
	}
	return results
}

func countFacts(sum *Summary, doc *attache.Extraction) {
	sum.Officials += len(doc.Officials)
	sum.Countries += len(doc.Countries)
	sum.Meetings += len(doc.Meetings)
	sum.Issues += len(doc.Issues)
}

func sourceOf(err error) string {
	var se *SourceError
	if errors.As(err, &se) {
		if se.Line > 0 {
			return fmt.Sprintf("%s:%d", se.Path, se.Line)
		}
		return se.Path
	}
	return ""
}

// Ingest extracts one article and writes it, the same path as Load, for the
// API's ingestArticle mutation.
func Ingest(ctx context.Context, x Extractor, store attache.Store, a attache.Article) (*attache.Extraction, attache.SaveResult, error) {
	if reason := checkText([]byte(a.Text)); reason != "" {
		return nil, attache.SaveResult{}, attache.Errorf(attache.EINVALID, "%s", reason)
	}
	doc, err := x.Extract(a)
	if err != nil {
		return nil, attache.SaveResult{}, fmt.Errorf("extracting: %w", err)
	}
	res, err := store.SaveExtraction(ctx, doc)
	if err != nil {
		return doc, res, fmt.Errorf("writing article %s: %w", doc.Article.ID, err)
	}
	return doc, res, nil
}
