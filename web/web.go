// Package web serves Attaché's browser pages from files embedded in the
// binary: the graph explorer at / and GraphiQL at GET /graphql. Both come
// from web/dist, the bundle `make web` builds from web/src with npm; it is
// committed, so serving needs neither Node nor the internet.
package web

import (
	"bytes"
	"compress/gzip"
	"embed"
	"errors"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
)

//go:embed dist
var embedded embed.FS

// dist is the bundle with the dist/ prefix taken off.
var dist = mustSub(embedded, "dist")

func mustSub(fsys fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(fsys, dir)
	if err != nil {
		// fs.Sub fails only on an invalid path, which a constant is not.
		panic(err)
	}
	return sub
}

// Handler serves the explorer: files of the bundle by path, and index.html
// for any other path without a file extension, so deep links work. Hashed
// assets under /assets/ are cached for a year; pages are revalidated.
func Handler() http.Handler { return newHandler(dist) }

// GraphiQL serves the self-hosted GraphiQL page; mount it at GET /graphql
// beside the POST handler. Its scripts and styles come from /assets/, which
// Handler serves.
func GraphiQL() http.Handler { return pageHandler(dist, "graphiql.html") }

// Security headers for every page: scripts only from this origin; styles
// may be inline because Cytoscape and GraphiQL set them from script; images
// from data: and blob: for the PNG export and GraphiQL's icons.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"

func setCommonHeaders(h http.Header) {
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
}

func newHandler(fsys fs.FS) http.Handler {
	index := pageHandler(fsys, "index.html")
	files := http.FileServerFS(fsys)
	gz := &gzipCache{fsys: fsys, m: map[string][]byte{}}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
		if name == "" || name == "index.html" {
			index.ServeHTTP(w, r)
			return
		}
		info, err := fs.Stat(fsys, name)
		switch {
		case err == nil && !info.IsDir():
			setCommonHeaders(w.Header())
			if strings.HasPrefix(name, "assets/") {
				// Vite puts a content hash in every asset's name.
				w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
				w.Header().Add("Vary", "Accept-Encoding")
				if acceptsGzip(r) && compressible(name) {
					gz.serve(w, r, name)
					return
				}
			} else {
				w.Header().Set("Cache-Control", "no-cache")
			}
			files.ServeHTTP(w, r)
		case path.Ext(name) == "" && !strings.HasPrefix(name, "assets/"):
			// A path of the explorer, not a file: the page reads its state from the URL.
			index.ServeHTTP(w, r)
		default:
			setCommonHeaders(w.Header())
			http.NotFound(w, r)
		}
	})
}

// pageHandler serves one HTML page of the bundle, revalidated on every load
// so that a new binary's assets are picked up at once.
func pageHandler(fsys fs.FS, name string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			status := http.StatusInternalServerError
			if errors.Is(err, fs.ErrNotExist) {
				status = http.StatusNotFound
			}
			http.Error(w, "page missing from the bundle: "+name+" (run make web)", status)
			return
		}
		h := w.Header()
		setCommonHeaders(h)
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Cache-Control", "no-cache")
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		if r.Method == http.MethodHead {
			w.WriteHeader(http.StatusOK)
			return
		}
		_, _ = w.Write(body)
	})
}

// compressible reports whether a file is text worth compressing: the
// bundle's scripts and styles are about a third of their size gzipped.
func compressible(name string) bool {
	switch path.Ext(name) {
	case ".js", ".css", ".html", ".svg", ".json", ".map", ".txt":
		return true
	}
	return false
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		coding, params, _ := strings.Cut(part, ";")
		if !strings.EqualFold(strings.TrimSpace(coding), "gzip") {
			continue
		}
		q, ok := strings.CutPrefix(strings.TrimSpace(params), "q=")
		if !ok {
			return true
		}
		v, err := strconv.ParseFloat(q, 64)
		return err == nil && v > 0
	}
	return false
}

// gzipCache compresses each asset once, on first request, and keeps it:
// the bundle is fixed for the life of the binary.
type gzipCache struct {
	fsys fs.FS
	mu   sync.Mutex
	m    map[string][]byte
}

func (c *gzipCache) get(name string) ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if b, ok := c.m[name]; ok {
		return b, nil
	}
	raw, err := fs.ReadFile(c.fsys, name)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(raw); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	c.m[name] = buf.Bytes()
	return c.m[name], nil
}

func (c *gzipCache) serve(w http.ResponseWriter, r *http.Request, name string) {
	body, err := c.get(name)
	if err != nil {
		http.Error(w, "reading "+name+": "+err.Error(), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	if ct := mime.TypeByExtension(path.Ext(name)); ct != "" {
		h.Set("Content-Type", ct)
	}
	h.Set("Content-Encoding", "gzip")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(body)
	}
}
