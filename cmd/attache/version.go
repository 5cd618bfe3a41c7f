package main

import (
	"context"
	"fmt"
	"runtime/debug"
)

func versionCommand() *command {
	return &command{
		Name:    "version",
		Summary: "print the version of this binary",
		Usage:   "Usage: attache version",
		Run: func(ctx context.Context, app *App, args []string) error {
			version := "(devel)"
			if info, ok := debug.ReadBuildInfo(); ok {
				if info.Main.Version != "" {
					version = info.Main.Version
				}
				for _, s := range info.Settings {
					if s.Key == "vcs.revision" {
						version += " " + s.Value
					}
				}
			}
			fmt.Fprintf(app.Stdout, "attache %s\n", version)
			return nil
		},
	}
}
