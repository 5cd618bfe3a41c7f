// Package loader reads articles from files, folders and standard input, runs
// the extractor over them and hands the facts to a store.
package loader

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/attache-project/attache"
)

// MaxArticleBytes is the largest article accepted; larger ones are reported
// as bad input rather than loaded, so one huge file cannot stall a load.
const MaxArticleBytes = 16 << 20

// SourceError is a bad input: which file (and line, for JSON Lines) and why.
type SourceError struct {
	Path   string
	Line   int
	Reason string
	Err    error
}

func (e *SourceError) Error() string {
	loc := e.Path
	if e.Line > 0 {
		loc = fmt.Sprintf("%s:%d", e.Path, e.Line)
	}
	if e.Err != nil {
		return fmt.Sprintf("%s: %s: %v", loc, e.Reason, e.Err)
	}
	return fmt.Sprintf("%s: %s", loc, e.Reason)
}

func (e *SourceError) Unwrap() error { return e.Err }

// Item is one article read from a source, or the error that kept it from
// being read. Exactly one of Article and Err is set.
type Item struct {
	Article attache.Article
	Err     error
}

// Extensions the reader accepts in folders; a file named on the command line
// is read whatever its extension, by its content.
var articleExtensions = map[string]bool{".txt": true, ".html": true, ".htm": true, ".jsonl": true, ".ndjson": true}

// ReadSources reads every path in turn (a file, a folder read recursively, or
// "-" for JSON Lines on stdin) and calls emit with each article or bad input,
// in a stable order. It stops early when emit returns an error, and as soon
// as ctx is done, with the context's cause.
//
// In folders only regular files (or links to them) are read: a named pipe,
// socket or device with an article's extension is reported as a bad source
// and skipped, since opening a pipe blocks until someone writes to it. A
// pipe or device named on the command line is read, as the user asked (for
// example bash's <(zcat feed.jsonl.gz)). Reading from a pipe or a terminal
// cannot be interrupted, so the reading runs in a goroutine that a cancelled
// context abandons: a signal ends a load waiting on an idle stdin.
//
// An article whose id was already read in this call, from any of the paths,
// is reported as a *DuplicateError naming both places, and the first one
// read is kept.
func ReadSources(ctx context.Context, paths []string, stdin io.Reader, emit func(Item) error) error {
	items := make(chan Item)
	stop := make(chan struct{})
	defer close(stop)
	result := make(chan error, 1)
	go func() {
		defer close(items)
		seen := newIDs()
		result <- readSources(paths, stdin, func(it Item) error {
			select {
			case items <- seen.check(it):
				return nil
			case <-stop:
				return errStopped
			}
		})
	}()
	for {
		// A cancellation wins over an item that is also ready: select
		// would pick either at random.
		if ctx.Err() != nil {
			return context.Cause(ctx)
		}
		select {
		case it, ok := <-items:
			if !ok {
				return <-result
			}
			if err := emit(it); err != nil {
				return err
			}
		case <-ctx.Done():
			return context.Cause(ctx)
		}
	}
}

// errStopped ends an abandoned reader; nobody sees it.
var errStopped = errors.New("reading stopped")

// DuplicateError is an article whose id an earlier article of the same
// load already had; the earlier one is kept.
type DuplicateError struct {
	ID            string
	Source, First string // where the duplicate and the first were read
}

func (e *DuplicateError) Error() string {
	return fmt.Sprintf("%s: article id %q was already read at %s; this one is skipped", e.Source, e.ID, e.First)
}

// ids remembers where each article id was first read. It is the one
// structure of a load that must grow with the corpus (a duplicate may come
// at any point), so it holds as little as it can: 24 bytes of map slot per
// article, the id's 128-bit digest and its place packed in a word (the
// file's index in a list of each file's path once, and the line). Keeping
// the id itself and a readAt of its own cost about three times that (the
// string's header and bytes, a path header and a line: 2 MB of the
// loader's live heap at 30,000 articles, docs/BENCHMARKS.md, "The seen
// ids, the lock statement and what still grows"). Two different ids share
// a digest with a probability of about n²/2¹²⁹ (1e-29 for 60,000 ids),
// far below that of a disk error.
type ids struct {
	first   map[idDigest]uint64
	files   []string          // each file's path once
	fileIdx map[string]uint64 // index in files
	// far holds the places pack could not fit, by the article's digest;
	// the word in first is then farMark.
	far map[idDigest]string
}

// idDigest is the first 128 bits of an id's SHA-256.
type idDigest [16]byte

func digestOf(id string) idDigest {
	sum := sha256.Sum256([]byte(id))
	return idDigest(sum[:16])
}

// lineBits is how many bits of a packed place hold the line; the rest
// hold the file's index (2²⁴ files). A place that does not fit (more
// files, or a line past 2⁴⁰) is kept in far instead.
const lineBits = 40

// readAt is where an article was read: a Source of "path:line" (a JSON
// Lines row) as its path and line, any other Source as itself with line 0.
type readAt struct {
	path string
	line int
}

func newIDs() *ids {
	return &ids{first: map[idDigest]uint64{}, fileIdx: map[string]uint64{}, far: map[idDigest]string{}}
}

// place splits a Source into a readAt that gives it back (String).
func place(source string) readAt {
	at := readAt{path: source}
	if i := strings.LastIndexByte(source, ':'); i >= 0 {
		if n, err := strconv.Atoi(source[i+1:]); err == nil && n > 0 && strconv.Itoa(n) == source[i+1:] {
			at = readAt{path: source[:i], line: n}
		}
	}
	return at
}

// pack gives the word that stands for at, adding its file to the list.
// ok is false when the place does not fit in a word.
func (seen *ids) pack(at readAt) (word uint64, ok bool) {
	f, known := seen.fileIdx[at.path]
	if !known {
		f = uint64(len(seen.files))
		seen.files = append(seen.files, at.path)
		seen.fileIdx[at.path] = f
	}
	if f >= 1<<(64-lineBits) || uint64(at.line) >= 1<<lineBits {
		return 0, false
	}
	return f<<lineBits | uint64(at.line), true
}

// unpack gives back the place pack packed.
func (seen *ids) unpack(word uint64) readAt {
	return readAt{path: seen.files[word>>lineBits], line: int(word & (1<<lineBits - 1))}
}

func (at readAt) String() string {
	if at.line == 0 {
		return at.path
	}
	return at.path + ":" + strconv.Itoa(at.line)
}

// farMark is the word of a place kept in far.
const farMark = ^uint64(0)

// check turns an article whose id was seen before into a *DuplicateError.
// Articles without an id get one from their text's hash when extracted:
// two of them with the same id have the same text and are the same article.
func (seen *ids) check(it Item) Item {
	a := it.Article
	if it.Err != nil || a.ID == "" {
		return it
	}
	d := digestOf(a.ID)
	if word, dup := seen.first[d]; dup {
		first := seen.far[d]
		if word != farMark {
			first = seen.unpack(word).String()
		}
		return Item{Err: &DuplicateError{ID: a.ID, Source: a.Source, First: first}}
	}
	word, ok := seen.pack(place(a.Source))
	if !ok {
		word = farMark
		seen.far[d] = a.Source
	}
	seen.first[d] = word
	return it
}

func readSources(paths []string, stdin io.Reader, emit func(Item) error) error {
	for _, p := range paths {
		if p == "-" {
			if err := readJSONL("-", stdin, emit); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			if err := emit(Item{Err: &SourceError{Path: p, Reason: "cannot read", Err: unwrapPathError(err)}}); err != nil {
				return err
			}
			continue
		}
		if info.IsDir() {
			err = readFolder(p, emit)
		} else {
			err = readFile(p, emit)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// readFolder reads the article files under dir, sorted by path, skipping
// with a report those that are not regular files.
func readFolder(dir string, emit func(Item) error) error {
	var files []string
	walkErr := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return emit(Item{Err: &SourceError{Path: path, Reason: "cannot read", Err: unwrapPathError(err)}})
		}
		if d.IsDir() || !articleExtensions[strings.ToLower(filepath.Ext(path))] {
			return nil
		}
		if reason := notRegular(path, d); reason != "" {
			return emit(Item{Err: &SourceError{Path: path, Reason: reason}})
		}
		files = append(files, path)
		return nil
	})
	if walkErr != nil {
		return walkErr
	}
	sort.Strings(files)
	for _, f := range files {
		if err := readFile(f, emit); err != nil {
			return err
		}
	}
	return nil
}

// notRegular says why the file at path is not read as an article file (a
// pipe, a socket, a device, a link to one), or "". Links are followed.
func notRegular(path string, d fs.DirEntry) string {
	mode := d.Type()
	if mode&fs.ModeSymlink != 0 {
		info, err := os.Stat(path)
		if err != nil {
			return fmt.Sprintf("cannot read: %v", unwrapPathError(err))
		}
		mode = info.Mode().Type()
	}
	kind := ""
	switch {
	case mode.IsRegular():
		return ""
	case mode&fs.ModeNamedPipe != 0:
		kind = "a named pipe"
	case mode&fs.ModeSocket != 0:
		kind = "a socket"
	case mode&fs.ModeDevice != 0:
		kind = "a device"
	case mode.IsDir():
		kind = "a folder"
	default:
		kind = "a special file"
	}
	return "not a regular file (" + kind + "), skipped; name it on the command line to read it"
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func readFile(path string, emit func(Item) error) error {
	ext := strings.ToLower(filepath.Ext(path))
	f, err := os.Open(path)
	if err != nil {
		return emit(Item{Err: &SourceError{Path: path, Reason: "cannot read", Err: unwrapPathError(err)}})
	}
	defer f.Close()
	if ext == ".jsonl" || ext == ".ndjson" {
		return readJSONL(path, f, emit)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxArticleBytes+1))
	if err != nil {
		return emit(Item{Err: &SourceError{Path: path, Reason: "cannot read", Err: unwrapPathError(err)}})
	}
	a := attache.Article{
		ID:     strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)),
		Source: path,
	}
	if reason := checkText(data); reason != "" {
		return emit(Item{Err: &SourceError{Path: path, Reason: reason}})
	}
	a.Text = string(data)
	if ext == ".txt" {
		a.Title = firstLine(a.Text)
	}
	return emit(Item{Article: a})
}

// checkText returns why data is not an article, or "".
func checkText(data []byte) string {
	switch {
	case len(data) > MaxArticleBytes:
		return fmt.Sprintf("article is larger than the limit of %d MiB", MaxArticleBytes>>20)
	case len(bytes.TrimSpace(data)) == 0:
		return "empty article"
	case bytes.IndexByte(data, 0) >= 0:
		return "binary content (NUL byte), not a text article"
	case !utf8.Valid(data):
		return "invalid UTF-8"
	}
	return ""
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 300 {
		return ""
	}
	return strings.TrimSpace(s)
}

// jsonlRow is one article in JSON Lines; unknown fields (license…) are ignored.
type jsonlRow struct {
	ID        *string `json:"id"`
	Title     *string `json:"title"`
	URL       *string `json:"url"`
	Outlet    *string `json:"outlet"`
	Published *string `json:"published"`
	Text      *string `json:"text"`
}

func readJSONL(path string, r io.Reader, emit func(Item) error) error {
	br := bufio.NewReaderSize(r, 1<<20)
	for line := 1; ; line++ {
		raw, err := readLine(br, MaxArticleBytes)
		if len(bytes.TrimSpace(raw)) > 0 || errors.Is(err, errLineTooLong) {
			item := parseRow(path, line, raw, err)
			if emitErr := emit(item); emitErr != nil {
				return emitErr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil && !errors.Is(err, errLineTooLong) {
			return emit(Item{Err: &SourceError{Path: path, Line: line, Reason: "cannot read", Err: err}})
		}
	}
}

var errLineTooLong = errors.New("line too long")

// readLine reads one line without its line ending. A line longer than limit
// is read to its end but not kept, and reported as errLineTooLong, so that
// the next line still parses.
func readLine(br *bufio.Reader, limit int) ([]byte, error) {
	var buf []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(chunk) > limit+1 {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			if err == nil || err == io.EOF {
				return nil, errLineTooLong
			}
			return nil, err
		}
		return bytes.TrimRight(buf, "\r\n"), err
	}
}

func parseRow(path string, line int, raw []byte, readErr error) Item {
	bad := func(reason string, err error) Item {
		return Item{Err: &SourceError{Path: path, Line: line, Reason: reason, Err: err}}
	}
	if errors.Is(readErr, errLineTooLong) {
		return bad(fmt.Sprintf("article is larger than the limit of %d MiB", MaxArticleBytes>>20), nil)
	}
	if !utf8.Valid(raw) {
		return bad("invalid UTF-8", nil)
	}
	var row jsonlRow
	if err := json.Unmarshal(raw, &row); err != nil {
		return bad("not a JSON object", err)
	}
	if row.Text == nil || strings.TrimSpace(*row.Text) == "" {
		return bad(`no "text"`, nil)
	}
	if reason := checkText([]byte(*row.Text)); reason != "" {
		return bad(reason, nil)
	}
	a := attache.Article{
		Text:   *row.Text,
		Source: fmt.Sprintf("%s:%d", path, line),
	}
	a.ID = deref(row.ID)
	a.Title = deref(row.Title)
	a.URL = deref(row.URL)
	a.Outlet = deref(row.Outlet)
	if p := deref(row.Published); p != "" {
		d := attache.Date(p)
		if _, _, ok := d.Range(); !ok {
			return bad(fmt.Sprintf("published %q is not a date (YYYY-MM-DD, YYYY-MM or YYYY)", p), nil)
		}
		a.Published = d
	}
	return Item{Article: a}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return strings.TrimSpace(*s)
}

// CountSources counts the articles the paths hold (files, and lines of JSON
// Lines files) without parsing them, for progress estimates. Standard input
// and pipes cannot be counted ahead and give an error; special files in
// folders are not counted (ReadSources skips them).
func CountSources(paths []string, add func(int)) error {
	for _, p := range paths {
		if p == "-" {
			return errors.New("standard input cannot be counted ahead")
		}
		err := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			ext := strings.ToLower(filepath.Ext(path))
			if path != p && !articleExtensions[ext] {
				return nil
			}
			if notRegular(path, d) != "" {
				if path == p {
					// Counting would consume a pipe named on the command line.
					return fmt.Errorf("%s is not a regular file and cannot be counted ahead", p)
				}
				return nil
			}
			if ext != ".jsonl" && ext != ".ndjson" {
				add(1)
				return nil
			}
			f, err := os.Open(path)
			if err != nil {
				return nil
			}
			defer f.Close()
			br := bufio.NewReaderSize(f, 1<<16)
			for {
				line, err := br.ReadSlice('\n')
				if len(bytes.TrimSpace(line)) > 0 && (err == nil || err == io.EOF) {
					add(1)
				}
				if err == io.EOF {
					return nil
				}
				if err != nil && err != bufio.ErrBufferFull {
					return nil
				}
			}
		})
		if err != nil {
			return err
		}
	}
	return nil
}
