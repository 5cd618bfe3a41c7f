package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/loader"
	"github.com/attache-project/attache/loader/extract"
)

func loadCommand() *command {
	return &command{
		Name:    "load",
		Summary: "extract articles and write their facts into Neo4j",
		Usage: `Usage: attache load [flags] PATH...

Reads articles (a .txt, .html or .jsonl file, a folder read recursively, or -
for JSON Lines on stdin), extracts their facts in parallel and writes each
article atomically into Neo4j. Loading the same input again changes nothing;
an interrupted load can simply be run again. Bad articles are reported with
their file, line and reason and do not stop the others; so is a second
article with an id already read (the first is kept), and named pipes and
other special files inside folders are skipped (one named on the command
line is read). The exit code is 1 when any article failed or was skipped.

When Neo4j cannot be reached the load stops after --retry-time with a
message saying so; what it wrote is whole articles, and running it again
completes it. SIGINT or SIGTERM stops the load cleanly; a second one exits
at once.

--cpuprofile and --memprofile write pprof profiles of the loader itself
(go tool pprof -sample_index=inuse_space|alloc_space FILE): the heap
profile is the one taken at the largest heap the load reached.`,
		Run: runLoad,
	}
}

// defaultLoadRetryTime bounds the driver's retries of a failed write. The
// driver's own default, 30 s per transaction, made a load whose Neo4j went
// away hang silently for half a minute; retrying with backoff (1, 2, 4 s…)
// for 5 s still rides out deadlocks between concurrent writers, and a load
// that gives up can simply be run again.
const defaultLoadRetryTime = 5 * time.Second

func runLoad(ctx context.Context, app *App, args []string) (err error) {
	fs := newFlagSet(app, "load", loadCommand().Usage)
	workers := fs.Int("workers", runtime.NumCPU(), "extraction `goroutines`")
	writers := fs.Int("writers", 1, "concurrent write `transactions` (saves about the same states take turns)")
	batchSize := fs.Int("batch-size", loader.DefaultBatchSize, "`articles` per write transaction (1 writes each article in its own)")
	dryRun := fs.Bool("dry-run", false, "extract and report what would be written, write nothing")
	quiet := fs.Bool("quiet", false, "no progress bar or progress lines")
	retryTime := fs.Duration("retry-time", defaultLoadRetryTime, "how long a failed write is retried (deadlocks, a lost Neo4j) before the load gives up")
	cpuProfile := fs.String("cpuprofile", "", "write the loader's CPU profile (pprof) to `file`")
	memProfile := fs.String("memprofile", "", "write a heap profile (pprof: inuse_space, alloc_space) taken at the load's largest heap to `file`")
	neo4jConfig := neo4jFlags(fs, app)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: name at least one file or folder (or - for stdin)", errUsage)
	}
	if *workers < 1 || *writers < 1 || *batchSize < 1 {
		return fmt.Errorf("%w: --workers, --writers and --batch-size must be at least 1", errUsage)
	}
	if *retryTime <= 0 {
		return fmt.Errorf("%w: --retry-time must be positive", errUsage)
	}
	x, err := extract.New()
	if err != nil {
		return fmt.Errorf("loading reference data: %w", err)
	}
	profiles, err := startLoadProfiles(*cpuProfile, *memProfile)
	if err != nil {
		return err
	}
	defer func() {
		if perr := profiles.finish(app); perr != nil && err == nil {
			err = perr
		}
	}()
	opt := loader.Options{Workers: *workers, Writers: *writers, BatchSize: *batchSize, DryRun: *dryRun, Logger: app.Logger}
	var sum loader.Summary
	if !*quiet {
		opt.Progress = newProgress(app.Stderr, fs.Args())
	}
	if *dryRun {
		sum, err = loader.Load(ctx, fs.Args(), app.Stdin, x, nil, opt)
	} else {
		cfg := neo4jConfig()
		cfg.MaxRetryTime = *retryTime
		db, openErr := openStoreWith(ctx, cfg, app.Logger, x)
		if openErr != nil {
			return openErr
		}
		defer db.Close(context.Background())
		store, ok := any(db).(attache.Store)
		if !ok {
			return fmt.Errorf("this build of neo4jdb cannot write articles yet")
		}
		sum, err = loader.Load(ctx, fs.Args(), app.Stdin, x, store, opt)
	}
	printSummary(app.Stdout, sum, *dryRun)
	if err != nil {
		return err
	}
	if sum.Failed > 0 || sum.Duplicates > 0 {
		return exitError{code: 1}
	}
	return nil
}

func printSummary(w io.Writer, s loader.Summary, dryRun bool) {
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(s.Loaded+s.Unchanged) / s.Elapsed.Seconds()
	}
	verb := "loaded"
	if dryRun {
		verb = "would load"
	}
	var also strings.Builder
	if s.Duplicates > 0 {
		fmt.Fprintf(&also, ", %d duplicates skipped", s.Duplicates)
	}
	if s.Unwritten > 0 {
		fmt.Fprintf(&also, ", %d not written (the load stopped; run it again to write them)", s.Unwritten)
	}
	fmt.Fprintf(w, "%d articles read: %d %s, %d unchanged, %d failed%s in %s (%.0f articles/s)\n",
		s.Read, s.Loaded, verb, s.Unchanged, s.Failed, also.String(), s.Elapsed.Round(time.Millisecond), rate)
	fmt.Fprintf(w, "facts: %d officials, %d countries, %d engagements, %d issues\n", s.Officials, s.Countries, s.Meetings, s.Issues)
	if !dryRun {
		// Neo4j's counters of each write: what a later write of the same
		// load replaced (a meeting re-keyed, a report moved) counts too,
		// so they vary with where batches end while the graph does not
		// (docs/GRAPH_MODEL.md); compare graphs by their contents.
		fmt.Fprintf(w, "graph: %d nodes and %d relationships created, %d properties set (by each write, also what later writes replaced: not the graph's size)\n",
			s.NodesCreated, s.RelationshipsCreated, s.PropertiesSet)
	}
	for _, f := range s.Failures {
		var dup *loader.DuplicateError
		if errors.As(f.Err, &dup) {
			fmt.Fprintf(w, "duplicate: %v\n", f.Err)
		} else {
			fmt.Fprintf(w, "failed: %v\n", f.Err)
		}
	}
}

// progress shows a bar on a terminal and a line every few seconds elsewhere.
type progress struct {
	bar *progressbar.ProgressBar
}

func (p progress) Add(n int) { _ = p.bar.Add(n) }
func (p progress) Finish()   { _ = p.bar.Finish() }

func newProgress(w io.Writer, paths []string) loader.Progress {
	total := countArticles(paths)
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		return progress{bar: progressbar.NewOptions(total,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("loading"),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionShowIts(),
			progressbar.OptionShowCount(),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)}
	}
	return &lineProgress{w: w, total: total, start: time.Now(), last: time.Now()}
}

// lineProgress writes a plain progress line every five seconds, for logs.
type lineProgress struct {
	w           io.Writer
	total, done int
	start, last time.Time
}

func (p *lineProgress) Add(n int) {
	p.done += n
	if time.Since(p.last) < 5*time.Second {
		return
	}
	p.last = time.Now()
	rate := float64(p.done) / time.Since(p.start).Seconds()
	if p.total > 0 {
		eta := time.Duration(float64(p.total-p.done)/rate) * time.Second
		fmt.Fprintf(p.w, "loading: %d/%d articles (%.0f/s, ETA %s)\n", p.done, p.total, rate, eta.Round(time.Second))
	} else {
		fmt.Fprintf(p.w, "loading: %d articles (%.0f/s)\n", p.done, rate)
	}
}

func (p *lineProgress) Finish() {}

// countArticles counts what the sources hold, cheaply, so the bar can show
// an ETA; -1 (unknown) when reading stdin.
func countArticles(paths []string) int {
	n := 0
	err := loader.CountSources(paths, func(k int) { n += k })
	if err != nil {
		return -1
	}
	return n
}
