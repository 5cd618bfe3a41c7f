package web

import (
	"compress/gzip"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

var testBundle = fstest.MapFS{
	"index.html":            {Data: []byte("<!doctype html><title>explorer</title>")},
	"graphiql.html":         {Data: []byte("<!doctype html><title>graphiql</title>")},
	"assets/explorer-1a.js": {Data: []byte("console.log(1)")},
	"assets/style-2b.css":   {Data: []byte("body{}")},
	"robots.txt":            {Data: []byte("User-agent: *")},
}

func TestHandler(t *testing.T) {
	tests := []struct {
		name, method, path string
		wantStatus         int
		wantBody           string
		wantCache          string
		wantType           string
	}{
		{"root is the explorer", "GET", "/", 200, "explorer", "no-cache", "text/html; charset=utf-8"},
		{"index.html itself", "GET", "/index.html", 200, "explorer", "no-cache", "text/html; charset=utf-8"},
		{"query string keeps the page", "GET", "/?e=country:PE&sel=meeting:m1", 200, "explorer", "no-cache", "text/html; charset=utf-8"},
		{"deep link falls back to the page", "GET", "/country/PE", 200, "explorer", "no-cache", "text/html; charset=utf-8"},
		{"hashed asset is immutable", "GET", "/assets/explorer-1a.js", 200, "console.log(1)", "public, max-age=31536000, immutable", "text/javascript; charset=utf-8"},
		{"css asset", "GET", "/assets/style-2b.css", 200, "body{}", "public, max-age=31536000, immutable", "text/css; charset=utf-8"},
		{"other file revalidates", "GET", "/robots.txt", 200, "User-agent", "no-cache", "text/plain; charset=utf-8"},
		{"missing asset is 404, not the page", "GET", "/assets/gone-9z.js", 404, "not found", "", ""},
		{"missing file with extension is 404", "GET", "/favicon.ico", 404, "not found", "", ""},
		{"dot-dot stays inside", "GET", "/../../etc/passwd", 200, "explorer", "no-cache", ""},
		{"HEAD works", "HEAD", "/", 200, "", "no-cache", "text/html; charset=utf-8"},
		{"POST is refused", "POST", "/", 405, "method not allowed", "", ""},
	}
	h := newHandler(testBundle)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.path, nil))
			res := rec.Result()
			body, _ := io.ReadAll(res.Body)
			if res.StatusCode != tt.wantStatus {
				t.Fatalf("status = %d, want %d (body %q)", res.StatusCode, tt.wantStatus, body)
			}
			if !strings.Contains(string(body), tt.wantBody) {
				t.Errorf("body = %q, want it to contain %q", body, tt.wantBody)
			}
			if got := res.Header.Get("Cache-Control"); tt.wantCache != "" && got != tt.wantCache {
				t.Errorf("Cache-Control = %q, want %q", got, tt.wantCache)
			}
			if got := res.Header.Get("Content-Type"); tt.wantType != "" && got != tt.wantType {
				t.Errorf("Content-Type = %q, want %q", got, tt.wantType)
			}
			if got := res.Header.Get("X-Content-Type-Options"); res.StatusCode < 405 && got != "nosniff" {
				t.Errorf("X-Content-Type-Options = %q, want nosniff", got)
			}
		})
	}
}

func TestPagesCarryAContentSecurityPolicy(t *testing.T) {
	for _, h := range []http.Handler{newHandler(testBundle), pageHandler(testBundle, "graphiql.html")} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
		csp := rec.Result().Header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "http") {
			t.Errorf("Content-Security-Policy = %q: want scripts from this origin only and no remote host", csp)
		}
	}
}

func TestGraphiQLServesItsPage(t *testing.T) {
	rec := httptest.NewRecorder()
	pageHandler(testBundle, "graphiql.html").ServeHTTP(rec, httptest.NewRequest("GET", "/graphql", nil))
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "graphiql") {
		t.Fatalf("GET /graphql = %d %q, want the GraphiQL page", rec.Code, rec.Body.String())
	}
}

func TestMissingPageSaysHowToBuild(t *testing.T) {
	rec := httptest.NewRecorder()
	pageHandler(fstest.MapFS{}, "graphiql.html").ServeHTTP(rec, httptest.NewRequest("GET", "/graphql", nil))
	if rec.Code != 404 || !strings.Contains(rec.Body.String(), "make web") {
		t.Fatalf("got %d %q, want 404 naming make web", rec.Code, rec.Body.String())
	}
}

// The committed bundle must hold both pages, every asset they load must be
// in it, and nothing may come from another host: the binary serves the
// explorer with no internet.
func TestEmbeddedBundleIsSelfContained(t *testing.T) {
	ref := regexp.MustCompile(`(?:src|href)="([^"]+)"`)
	for _, page := range []string{"index.html", "graphiql.html"} {
		body, err := fs.ReadFile(dist, page)
		if err != nil {
			t.Fatalf("bundle lacks %s (run make web): %v", page, err)
		}
		for _, m := range ref.FindAllStringSubmatch(string(body), -1) {
			u := m[1]
			if strings.HasPrefix(u, "data:") || strings.HasPrefix(u, "#") {
				continue
			}
			if strings.Contains(u, "//") {
				t.Errorf("%s loads %s from another host", page, u)
				continue
			}
			if u == "/graphql" || u == "/" {
				continue
			}
			if _, err := fs.Stat(dist, strings.TrimPrefix(u, "/")); err != nil {
				t.Errorf("%s refers to %s, which the bundle lacks: %v", page, u, err)
			}
		}
	}
	err := fs.WalkDir(dist, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := fs.ReadFile(dist, p)
		if err != nil {
			return err
		}
		for _, cdn := range []string{"unpkg.com", "cdn.jsdelivr.net", "cdnjs.cloudflare.com", "fonts.googleapis.com", "fonts.gstatic.com", "esm.sh"} {
			if strings.Contains(string(body), cdn) {
				t.Errorf("%s refers to %s: the bundle must need no CDN", p, cdn)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestHandlerServesTheRealBundle(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	res, err := http.Get(srv.URL + "/?e=country:PE")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(body), "Attaché") {
		t.Fatalf("GET / = %d, want the explorer page", res.StatusCode)
	}
	asset := regexp.MustCompile(`src="(/assets/[^"]+\.js)"`).FindStringSubmatch(string(body))
	if asset == nil {
		t.Fatal("the explorer page loads no script from /assets/")
	}
	res, err = http.Get(srv.URL + asset[1])
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(res.Header.Get("Cache-Control"), "immutable") {
		t.Fatalf("GET %s = %d, Cache-Control %q", asset[1], res.StatusCode, res.Header.Get("Cache-Control"))
	}
}

func TestAssetsAreGzippedForClientsThatAccept(t *testing.T) {
	tests := []struct {
		acceptEncoding string
		wantGzip       bool
	}{
		{"gzip, deflate, br", true},
		{"br;q=1.0, gzip;q=0.8", true},
		{"gzip;q=0", false},
		{"deflate", false},
		{"", false},
	}
	h := newHandler(testBundle)
	for _, tt := range tests {
		t.Run(tt.acceptEncoding, func(t *testing.T) {
			req := httptest.NewRequest("GET", "/assets/explorer-1a.js", nil)
			req.Header.Set("Accept-Encoding", tt.acceptEncoding)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			res := rec.Result()
			if got := res.Header.Get("Content-Encoding") == "gzip"; got != tt.wantGzip {
				t.Fatalf("gzipped = %v, want %v", got, tt.wantGzip)
			}
			if !strings.Contains(res.Header.Get("Vary"), "Accept-Encoding") {
				t.Errorf("Vary = %q, want Accept-Encoding", res.Header.Get("Vary"))
			}
			body := res.Body
			if tt.wantGzip {
				zr, err := gzip.NewReader(res.Body)
				if err != nil {
					t.Fatal(err)
				}
				body = zr
				if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/javascript") {
					t.Errorf("Content-Type = %q", ct)
				}
			}
			b, _ := io.ReadAll(body)
			if string(b) != "console.log(1)" {
				t.Errorf("body = %q", b)
			}
		})
	}
}
