// Command attache reads news articles and official readouts, turns them into a
// knowledge graph of diplomatic engagements in Neo4j, and serves it over
// GraphQL. One binary, one subcommand per job.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
)

func main() {
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	ctx, cancel := context.WithCancelCause(context.Background())
	go handleSignals(sigs, cancel, os.Stderr, os.Exit)
	code := Main(ctx, os.Args[1:], &App{
		Stdin:  os.Stdin,
		Stdout: os.Stdout,
		Stderr: os.Stderr,
		Getenv: os.Getenv,
	})
	signal.Stop(sigs)
	os.Exit(code)
}

// handleSignals cancels the command's context on the first SIGINT or
// SIGTERM, with an interrupted cause, so that every command stops cleanly
// (a load finishes no more batches, serve drains its requests). A second
// signal exits at once, for a stop that takes longer than the operator
// will wait.
func handleSignals(sigs <-chan os.Signal, cancel context.CancelCauseFunc, stderr io.Writer, exit func(code int)) {
	first := <-sigs
	fmt.Fprintf(stderr, "attache: %s received, stopping; send it again to exit at once\n", signalName(first))
	cancel(interrupted{first})
	second := <-sigs
	fmt.Fprintf(stderr, "attache: %s received again, exiting now\n", signalName(second))
	exit(interrupted{second}.exitCode())
}

// interrupted is the cause of a context cancelled by a signal.
type interrupted struct{ sig os.Signal }

func (e interrupted) Error() string { return "interrupted by " + signalName(e.sig) }

// exitCode follows the shells' convention, 128 plus the signal's number:
// 130 for SIGINT, 143 for SIGTERM.
func (e interrupted) exitCode() int {
	if s, ok := e.sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 130
}

func signalName(sig os.Signal) string {
	switch sig {
	case os.Interrupt:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return sig.String()
}

// App is what a subcommand may touch of the outside world, so that Main can
// run whole in tests with buffers and a made-up environment.
type App struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	// Root is the repository root (for tools/ and .neo4j/); found from
	// ATTACHE_ROOT or by walking up from the working directory to go.mod.
	Root   string
	Logger *slog.Logger
}

// command is one subcommand: its name, a one-line summary for `attache
// --help`, a usage text for `attache NAME --help`, and what it does.
type command struct {
	Name    string
	Summary string
	Usage   string
	Run     func(ctx context.Context, app *App, args []string) error
}

// commands lists every subcommand; each is declared in its own file.
func commands() []*command {
	cmds := []*command{
		neo4jCommand(),
		extractCommand(),
		versionCommand(),
		loadCommand(),
		serveCommand(),
		genCommand(),
		statsCommand(),
	}
	sort.Slice(cmds, func(i, j int) bool { return cmds[i].Name < cmds[j].Name })
	return cmds
}

// errUsage marks an error whose message is a usage problem: Main prints it
// with a pointer to --help and exits 2.
var errUsage = errors.New("usage")

// exitError carries an exit code other than 1 for a failure that has already
// been reported (for example a load where some articles failed).
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// Main runs the CLI with args (without the program name) and returns the
// process exit code.
func Main(ctx context.Context, args []string, app *App) int {
	if app.Getenv == nil {
		app.Getenv = func(string) string { return "" }
	}
	if app.Logger == nil {
		level := slog.LevelInfo
		if app.Getenv("ATTACHE_DEBUG") != "" {
			level = slog.LevelDebug
		}
		app.Logger = slog.New(slog.NewTextHandler(app.Stderr, &slog.HandlerOptions{Level: level}))
	}
	if app.Root == "" {
		app.Root = findRoot(app.Getenv)
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		if len(args) > 1 && args[0] == "help" {
			return Main(ctx, []string{args[1], "--help"}, app)
		}
		printHelp(app.Stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	var cmd *command
	for _, c := range commands() {
		if c.Name == args[0] {
			cmd = c
		}
	}
	if cmd == nil {
		fmt.Fprintf(app.Stderr, "attache: unknown command %q\nRun 'attache --help' for the list of commands.\n", args[0])
		return 2
	}
	err := cmd.Run(ctx, app, args[1:])
	var exit exitError
	var signalled interrupted
	switch {
	case err == nil:
		return 0
	case errors.As(context.Cause(ctx), &signalled):
		// Stopped by a signal: whatever error the stop caused, say so.
		fmt.Fprintf(app.Stderr, "attache %s: %v\n", cmd.Name, signalled)
		return signalled.exitCode()
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &exit):
		return exit.code
	case errors.Is(err, errUsage):
		fmt.Fprintf(app.Stderr, "attache %s: %v\nRun 'attache %s --help' for usage.\n", cmd.Name, err, cmd.Name)
		return 2
	default:
		fmt.Fprintf(app.Stderr, "attache %s: %v\n", cmd.Name, err)
		return 1
	}
}

func printHelp(w io.Writer) {
	fmt.Fprint(w, `Attaché turns news articles and official readouts into a knowledge graph of
diplomatic engagements (officials, countries, meetings, visits, calls, the
policy issues discussed, and the articles that report them) in Neo4j, and
serves it over GraphQL.

Usage:
  attache <command> [flags] [arguments]

Commands:
`)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.Name, c.Summary)
	}
	fmt.Fprint(w, `
Run 'attache <command> --help' for a command's flags.

Environment:
  NEO4J_URI        Neo4j to use (default bolt://127.0.0.1:7687); when set,
                   'attache neo4j start' starts nothing
  NEO4J_USER       user name (default neo4j)
  NEO4J_PASSWORD   password (default attache-local)
  NEO4J_DATABASE   database (default: the server's default)
  ATTACHE_DEBUG    set to log debug messages
`)
}

// newFlagSet returns a flag set that reports to the app's stderr and prints
// the command's usage text for -h.
func newFlagSet(app *App, name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet("attache "+name, flag.ContinueOnError)
	fs.SetOutput(app.Stderr)
	fs.Usage = func() {
		fmt.Fprintln(app.Stderr, strings.TrimSpace(usage))
		fmt.Fprintln(app.Stderr, "\nFlags:")
		fs.PrintDefaults()
	}
	return fs
}

// findRoot returns ATTACHE_ROOT, or the nearest directory above the working
// directory that holds go.mod, or the working directory.
func findRoot(getenv func(string) string) string {
	if r := getenv("ATTACHE_ROOT"); r != "" {
		return r
	}
	wd, err := os.Getwd()
	if err != nil {
		return "."
	}
	for dir := wd; ; {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return wd
		}
		dir = parent
	}
}
