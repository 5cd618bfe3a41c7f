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

// PlanningStore is a BatchStore that can do the part of a save that reads
// nothing stored (checking an extraction and turning it into rows) apart
// from the write transaction. The loader then plans each article on its
// extraction workers, beside the writes, rather than between two
// transactions, where the save's Go code and Neo4j's statements take
// turns. SavePlanned(ctx, docs, plans), with plans[i] =
// PlanExtraction(docs[i]), must be SaveExtractions(ctx, docs): the same
// writes, results and errors.
type PlanningStore interface {
	BatchStore
	PlanExtraction(doc *attache.Extraction) any
	SavePlanned(ctx context.Context, docs []*attache.Extraction, plans []any) ([]attache.SaveResult, error)
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

// Failure is an article that could not be read, extracted or written, or
// that was skipped as a duplicate (Err is then a *DuplicateError).
type Failure struct {
	Source string
	Err    error
}

// Summary is what a load did.
type Summary struct {
	Read, Loaded, Unchanged, Failed int
	// Duplicates counts articles skipped because an earlier article of the
	// load had their id.
	Duplicates int
	// Unwritten counts articles read but neither written nor failed,
	// because the load stopped (Neo4j went away, a signal).
	Unwritten            int
	NodesCreated         int
	RelationshipsCreated int
	PropertiesSet        int
	// Facts found, for --dry-run and the log.
	Officials, Countries, Meetings, Issues int
	Failures                               []Failure
	Elapsed                                time.Duration
}

type job struct {
	seq     int // position in the reading order
	article attache.Article
	doc     *attache.Extraction // nil: the article failed before writing
	planned any                 // PlanningStore.PlanExtraction(doc), or nil
}

type numberedItem struct {
	Item
	seq int
}

// Load reads the sources, extracts each article in parallel and writes each
// article's facts to the store in its own transaction (or a batch of them).
// A bad article is counted and reported, never fatal to the others. Load
// returns an error only when the load itself could not go on (ctx cancelled,
// the store unreachable); per-article failures are in the summary. Every
// stage watches ctx, so a cancelled load returns promptly, even while its
// reader waits on an idle pipe.
func Load(ctx context.Context, paths []string, stdin io.Reader, x Extractor, store attache.Store, opt Options) (Summary, error) {
	start := time.Now()
	opt = opt.withDefaults()
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	t := &tally{opt: opt}

	items := make(chan numberedItem, opt.Workers*4)
	readDone := make(chan error, 1)
	opt.Logger.Debug("load started", "paths", paths, "workers", opt.Workers, "writers", opt.Writers, "batch", opt.BatchSize)
	go func() {
		defer close(items)
		readDone <- readNumbered(ctx, paths, stdin, items)
	}()
	planner, _ := store.(PlanningStore)
	if opt.DryRun {
		planner = nil
	}
	extracted, extractors := extractAll(ctx, t, x, planner, items)
	batches := make(chan []job)
	go batchInOrder(ctx, extracted, batches, opt.BatchSize, opt.FlushAfter)
	writeAll(ctx, t, store, batches, cancel)
	// Extractors that were stopped may be finishing an article; they
	// still count it.
	extractors.Wait()
	readErr := <-readDone

	sum := t.sum
	sum.Unwritten = sum.Read - sum.Loaded - sum.Unchanged - sum.Failed - sum.Duplicates
	if opt.Progress != nil {
		opt.Progress.Finish()
	}
	sum.Elapsed = time.Since(start)
	if cause := context.Cause(ctx); cause != nil {
		return sum, cause
	}
	return sum, readErr
}

func (opt Options) withDefaults() Options {
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
	return opt
}

// tally adds up a load's outcome from the goroutines of every stage.
type tally struct {
	opt Options
	mu  sync.Mutex
	sum Summary
}

func (t *tally) read() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.sum.Read++
}

// fail records an article that could not be read, extracted or written, or
// a duplicate, which is counted apart.
func (t *tally) fail(source string, err error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	var dup *DuplicateError
	if errors.As(err, &dup) {
		t.sum.Duplicates++
		t.opt.Logger.Warn("duplicate article skipped", "source", source, "id", dup.ID, "first", dup.First)
	} else {
		t.sum.Failed++
		t.opt.Logger.Warn("article failed", "source", source, "err", err)
	}
	t.sum.Failures = append(t.sum.Failures, Failure{Source: source, Err: err})
	if t.opt.Progress != nil {
		t.opt.Progress.Add(1)
	}
}

// readNumbered numbers the articles of the sources in reading order.
func readNumbered(ctx context.Context, paths []string, stdin io.Reader, items chan<- numberedItem) error {
	seq := 0
	return ReadSources(ctx, paths, stdin, func(it Item) error {
		select {
		case items <- numberedItem{Item: it, seq: seq}:
			seq++
			return nil
		case <-ctx.Done():
			return context.Cause(ctx)
		}
	})
}

// extractAll runs opt.Workers extractors over the items, each also
// planning what it extracted when planner is not nil; the returned channel
// is closed when they have all stopped.
func extractAll(ctx context.Context, t *tally, x Extractor, planner PlanningStore, items <-chan numberedItem) (<-chan job, *sync.WaitGroup) {
	extracted := make(chan job, t.opt.Workers*4)
	var extractors sync.WaitGroup
	for range t.opt.Workers {
		extractors.Add(1)
		go func() {
			defer extractors.Done()
			for {
				var it numberedItem
				var ok bool
				select {
				case it, ok = <-items:
				case <-ctx.Done():
					return
				}
				if !ok {
					return
				}
				// Failures travel on too, so the batcher knows their place
				// in the reading order is taken.
				select {
				case extracted <- extractOne(t, x, planner, it):
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
	return extracted, &extractors
}

func extractOne(t *tally, x Extractor, planner PlanningStore, it numberedItem) job {
	t.read()
	j := job{seq: it.seq, article: it.Article}
	if it.Err != nil {
		t.fail(sourceOf(it.Err), it.Err)
		return j
	}
	doc, err := ExtractArticle(x, it.Article)
	if err != nil {
		t.fail(it.Article.Source, err)
		return j
	}
	j.doc = doc
	if planner != nil {
		j.planned = planner.PlanExtraction(doc)
	}
	return j
}

// ExtractArticle runs x on one article. Its error, or a panic of the
// extractor, becomes an error that names the article: where it was read
// and its id.
func ExtractArticle(x Extractor, a attache.Article) (*attache.Extraction, error) {
	doc, err := safeExtract(x, a)
	if err != nil {
		return nil, fmt.Errorf("%s: extracting: %w", articleName(a), err)
	}
	return doc, nil
}

// safeExtract turns a panic of the extractor into the article's error, so
// that one article never ends a load (the extractor recovers its own; this
// covers any other).
func safeExtract(x Extractor, a attache.Article) (doc *attache.Extraction, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("the extractor failed on this text: %v", r)
		}
	}()
	return x.Extract(a)
}

// articleName names an article in messages: where it was read, and its id.
func articleName(a attache.Article) string {
	switch {
	case a.ID == "":
		return a.Source
	case a.Source == "":
		return fmt.Sprintf("article %q", a.ID)
	}
	return fmt.Sprintf("%s (id %q)", a.Source, a.ID)
}

// writeAll runs opt.Writers writers over the batches until there are no
// more. A batch that finds the store unavailable stops the load: its
// articles, and those not yet written, are counted as unwritten, since
// running the load again writes them.
func writeAll(ctx context.Context, t *tally, store attache.Store, batches <-chan []job, cancel context.CancelCauseFunc) {
	var writers sync.WaitGroup
	for range t.opt.Writers {
		writers.Add(1)
		go func() {
			defer writers.Done()
			for batch := range batches {
				if err := t.written(ctx, batch, write(ctx, store, batch, t.opt.DryRun)); err != nil {
					t.opt.Logger.Warn("load stopped", "err", err)
					cancel(err)
				}
			}
		}()
	}
	writers.Wait()
}

// written records the outcome of a batch; it returns the store's error when
// the store is unavailable.
func (t *tally) written(ctx context.Context, batch []job, results []writeResult) (unavailable error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for i, j := range batch {
		r := results[i]
		switch {
		case r.err != nil && attache.ErrorCode(r.err) == attache.EUNAVAILABLE:
			unavailable = r.err
			continue
		case r.err != nil && ctx.Err() != nil:
			continue // stopped, not failed
		case r.err != nil:
			a := j.article
			a.ID = j.doc.Article.ID // given by the extractor when the source had none
			t.sum.Failed++
			t.sum.Failures = append(t.sum.Failures, Failure{Source: a.Source,
				Err: fmt.Errorf("%s: writing: %w", articleName(a), r.err)})
			t.opt.Logger.Warn("article not written", "source", j.article.Source, "err", r.err)
			continue
		}
		countFacts(&t.sum, j.doc)
		if r.Changed {
			t.sum.Loaded++
		} else {
			t.sum.Unchanged++
		}
		t.sum.NodesCreated += r.NodesCreated
		t.sum.RelationshipsCreated += r.RelationshipsCreated
		t.sum.PropertiesSet += r.PropertiesSet
	}
	if t.opt.Progress != nil {
		t.opt.Progress.Add(len(batch))
	}
	return unavailable
}

// batchInOrder cuts the extracted articles into batches of consecutive
// articles, put back in the order they were read (extraction workers finish
// out of turn), so one writer saves them in reading order: where the store's
// matching depends on order (ambiguous reports, docs/GRAPH_MODEL.md), a rerun
// after a crash meets the same order as a clean run. Articles that failed
// (no doc) keep their place and are dropped. A source that trickles (a feed
// piped to stdin) must not keep what it gave unwritten until a batch fills:
// a batch is due flushAfter after its first article, and goes as soon as a
// writer takes it. Until one does, a due batch goes on filling (up to
// size): when the writers are busy, a batch that fell due while extraction
// was slow would otherwise go with the few articles it held when its timer
// fired, and every batch after it too (on a busy machine, 23 saves instead
// of 20 for 10,000 articles).
func batchInOrder(ctx context.Context, in <-chan job, out chan<- []job, size int, flushAfter time.Duration) {
	defer close(out)
	b := batcher{size: size, due: time.NewTimer(flushAfter), flushAfter: flushAfter, waiting: map[int]job{}}
	b.due.Stop()
	b.batch = make([]job, 0, size)
	for {
		var ready chan<- []job // nil, so never chosen, unless a batch is due
		if b.overdue && len(b.batch) > 0 {
			ready = out
		}
		select {
		case j, ok := <-in:
			if !ok {
				if len(b.batch) > 0 {
					b.send(ctx, out)
				}
				return
			}
			if !b.take(ctx, j, out) {
				return
			}
		case ready <- b.batch:
			b.sent()
		case <-b.due.C:
			b.armed, b.overdue = false, true
		case <-ctx.Done():
			return
		}
	}
}

// batcher is the state of batchInOrder.
type batcher struct {
	size           int
	batch          []job
	waiting        map[int]job // finished ahead of their turn
	next           int         // the reading order's next article
	due            *time.Timer
	flushAfter     time.Duration
	armed, overdue bool
}

// take adds j, and every article it was keeping waiting, to the batch in
// reading order, sending each batch that fills; false when ctx ended.
func (b *batcher) take(ctx context.Context, j job, out chan<- []job) bool {
	b.waiting[j.seq] = j
	for {
		j, ok := b.waiting[b.next]
		if !ok {
			break
		}
		delete(b.waiting, b.next)
		b.next++
		if j.doc == nil {
			continue
		}
		b.batch = append(b.batch, j)
		if len(b.batch) >= b.size && !b.send(ctx, out) {
			return false
		}
	}
	if len(b.batch) > 0 && !b.armed && !b.overdue {
		b.due.Reset(b.flushAfter)
		b.armed = true
	}
	return true
}

// send waits for a writer to take the batch; false when ctx ended first.
func (b *batcher) send(ctx context.Context, out chan<- []job) bool {
	select {
	case out <- b.batch:
		b.sent()
		return true
	case <-ctx.Done():
		return false
	}
}

// sent starts the next batch.
func (b *batcher) sent() {
	b.batch = make([]job, 0, b.size)
	b.due.Stop()
	b.armed, b.overdue = false, false
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
		saved, err := saveBatch(ctx, bs, batch)
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
		if err := results[i].err; attache.ErrorCode(err) == attache.EUNAVAILABLE || ctx.Err() != nil {
			// The store is gone or the load was stopped: the articles left
			// would each retry for nothing.
			for k := i + 1; k < len(batch); k++ {
				results[k].err = err
			}
			break
		}
	}
	return results
}

// saveBatch saves a batch in one transaction, from what the extraction
// workers planned of its articles when they did.
func saveBatch(ctx context.Context, bs BatchStore, batch []job) ([]attache.SaveResult, error) {
	docs := make([]*attache.Extraction, len(batch))
	plans := make([]any, len(batch))
	planned := true
	for i, j := range batch {
		docs[i], plans[i] = j.doc, j.planned
		planned = planned && j.planned != nil
	}
	if ps, ok := bs.(PlanningStore); ok && planned {
		return ps.SavePlanned(ctx, docs, plans)
	}
	return bs.SaveExtractions(ctx, docs)
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
	doc, err := safeExtract(x, a)
	if err != nil {
		return nil, attache.SaveResult{}, fmt.Errorf("extracting: %w", err)
	}
	res, err := store.SaveExtraction(ctx, doc)
	if err != nil {
		return doc, res, fmt.Errorf("writing article %s: %w", doc.Article.ID, err)
	}
	return doc, res, nil
}
