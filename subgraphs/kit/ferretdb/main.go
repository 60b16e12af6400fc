// Command pos-ferretdb runs FerretDB's embeddable server for the embedded default.
//
// It exists because `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.2`
// builds a binary that panics at start (its build/version/version.txt is only
// generated in FerretDB's own release pipeline). Embedding the library avoids that.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:0", "TCP address to listen on (loopback only)")
	sqliteDir := flag.String("sqlite-dir", "", "directory for the SQLite backend")
	postgresURL := flag.String("postgresql-url", "", "PostgreSQL URL (uses the PostgreSQL backend instead of SQLite)")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error")
	// NORMAL in WAL mode syncs at checkpoints, not at every commit: a killed process loses
	// nothing committed, a power cut may lose the last moments but never corrupts the database.
	synchronous := flag.String("sqlite-synchronous", "normal", "SQLite synchronous pragma: normal or full")
	cpuProfile := flag.String("cpu-profile", "", "write a Go CPU profile of the server to this file until it stops")
	flag.Parse()
	tuneGC()

	if *cpuProfile != "" {
		out, err := os.Create(*cpuProfile)
		if err != nil {
			fail(err)
		}
		if err := pprof.StartCPUProfile(out); err != nil {
			fail(err)
		}
		defer func() {
			pprof.StopCPUProfile()
			_ = out.Close()
		}()
	}

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fail(err)
	}
	logger := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	cfg := &ferretdb.Config{Listener: ferretdb.ListenerConfig{TCP: *listen}, Logger: logger}
	if *postgresURL != "" {
		cfg.Handler = "postgresql"
		cfg.PostgreSQLURL = *postgresURL
	} else {
		if *sqliteDir == "" {
			fail(fmt.Errorf("-sqlite-dir or -postgresql-url is required"))
		}
		if err := os.MkdirAll(*sqliteDir, 0o755); err != nil {
			fail(err)
		}
		cfg.Handler = "sqlite"
		if *synchronous != "normal" && *synchronous != "full" {
			fail(fmt.Errorf("-sqlite-synchronous must be normal or full"))
		}
		// A 32 MiB page cache per connection and memory-mapped reads keep the pages a sale touches
		// (b-tree inner pages of a large collection) off the disk path as the database grows.
		cfg.SQLiteURL = "file:" + *sqliteDir + "/?_pragma=synchronous(" + *synchronous + ")" +
			"&_pragma=cache_size(-32768)&_pragma=mmap_size(1073741824)"
	}

	f, err := ferretdb.New(cfg)
	if err != nil {
		fail(err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	done := make(chan struct{})
	go func() {
		_ = f.Run(ctx)
		close(done)
	}()
	if cfg.Handler == "sqlite" {
		go newIDPathIndexer(*sqliteDir, logger).run(ctx, 250*time.Millisecond)
	}

	// The parent process reads this single line to learn the chosen port.
	line, _ := json.Marshal(map[string]string{"uri": f.MongoDBURI()})
	fmt.Println(string(line))

	<-done
}

// tuneGC trades memory for CPU unless GOGC or GOMEMLIMIT says otherwise. Every command decodes
// and re-encodes whole documents (BSON, FerretDB's JSON, SQLite's), so the server allocates
// heavily and, at Go's default GOGC=100, spends about a tenth of its CPU marking and returning
// memory. A collection every fourfold growth of the live heap cuts that; the soft limit makes the
// collector work harder again before the heap could grow past it.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(512 << 20)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "pos-ferretdb:", err)
	os.Exit(1)
}
