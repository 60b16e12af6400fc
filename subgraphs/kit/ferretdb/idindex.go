package main

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	_ "modernc.org/sqlite" // the SQLite driver FerretDB itself uses
)

// idPathIndexer gives every collection table of the SQLite backend an index on the exact
// expression FerretDB 1.24 filters `_id` by.
//
// Why: FerretDB creates the `_id` index on `_ferretdb_sjson->"_id"`, but its `{ _id: X }` query
// pushdown and its UPDATE and DELETE statements filter on `_ferretdb_sjson->'$._id'`. SQLite
// matches index expressions syntactically, so every get, update and delete by `_id` scanned the
// whole table, parsing every document's JSON: O(collection) per request. With an index on the
// second expression the same statements are index searches. FerretDB keeps its own index list in
// its metadata table, so the extra index is invisible to it and goes away with the table.
type idPathIndexer struct {
	dir    string
	logger *slog.Logger
	dbs    map[string]*watchedDB
}

type watchedDB struct {
	db     *sql.DB
	inode  uint64
	schema int64
}

func newIDPathIndexer(dir string, logger *slog.Logger) *idPathIndexer {
	return &idPathIndexer{dir: dir, logger: logger, dbs: map[string]*watchedDB{}}
}

// run indexes new tables as they appear: collections are created lazily, so it looks often (a
// schema-version read per database file when nothing changed) until ctx ends.
func (x *idPathIndexer) run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	defer x.closeAll()
	for {
		x.pass(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (x *idPathIndexer) pass(ctx context.Context) {
	files, err := filepath.Glob(filepath.Join(x.dir, "*.sqlite"))
	if err != nil {
		return
	}
	seen := map[string]bool{}
	for _, file := range files {
		seen[file] = true
		if err := x.indexFile(ctx, file); err != nil {
			x.logger.Debug("id path index", slog.String("file", file), slog.String("err", err.Error()))
		}
	}
	for file, w := range x.dbs {
		if !seen[file] {
			_ = w.db.Close()
			delete(x.dbs, file)
		}
	}
}

func inodeOf(file string) (uint64, error) {
	fi, err := os.Stat(file)
	if err != nil {
		return 0, err
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, fmt.Errorf("no inode for %s", file)
	}
	return st.Ino, nil
}

func (x *idPathIndexer) indexFile(ctx context.Context, file string) error {
	inode, err := inodeOf(file)
	if err != nil {
		return err
	}
	w := x.dbs[file]
	// A dropped and recreated database is a new file under the same name.
	if w != nil && w.inode != inode {
		_ = w.db.Close()
		w = nil
	}
	if w == nil {
		db, err := sql.Open("sqlite", "file:"+file+"?mode=rw&_pragma=busy_timeout(10000)")
		if err != nil {
			return err
		}
		db.SetMaxOpenConns(1)
		w = &watchedDB{db: db, inode: inode, schema: -1}
		x.dbs[file] = w
	}
	var version int64
	if err := w.db.QueryRowContext(ctx, "PRAGMA schema_version").Scan(&version); err != nil {
		return err
	}
	if version == w.schema {
		return nil
	}
	rows, err := w.db.QueryContext(ctx, `SELECT t.name FROM sqlite_master t
		WHERE t.type = 'table' AND t.name NOT LIKE '\_ferretdb\_%' ESCAPE '\'
		AND NOT EXISTS (SELECT 1 FROM sqlite_master i WHERE i.type = 'index' AND i.name = t.name || '__id_path')`)
	if err != nil {
		return err
	}
	var tables []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			rows.Close()
			return err
		}
		tables = append(tables, name)
	}
	rows.Close()
	for _, table := range tables {
		q := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %q ON %q (_ferretdb_sjson->'$._id')`, table+"__id_path", table)
		if _, err := w.db.ExecContext(ctx, q); err != nil {
			// The table may have been dropped meanwhile; the next pass looks again.
			if !strings.Contains(err.Error(), "no such table") {
				return err
			}
		}
	}
	// Read again: our own CREATE INDEX moved the version.
	if err := w.db.QueryRowContext(ctx, "PRAGMA schema_version").Scan(&version); err != nil {
		return err
	}
	w.schema = version
	return nil
}

func (x *idPathIndexer) closeAll() {
	for file, w := range x.dbs {
		_ = w.db.Close()
		delete(x.dbs, file)
	}
}
