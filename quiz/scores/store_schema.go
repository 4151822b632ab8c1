package scores

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

// queryer is what reads a schema: a *sql.DB, *sql.Conn or *sql.Tx.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// schemaObject is a table, index or trigger as the schema check compares
// them: a table by its column names, in order, the others by kind alone.
type schemaObject struct {
	kind    string
	columns string
}

// schema is a database's objects by name, SQLite's own left out.
type schema map[string]schemaObject

// schemaVersion reads the version of the database q reads and checks its
// tables are brief's, and returns the version its migrations start
// from. What brief cannot have written is refused before anything is
// changed, as ErrCorrupt: a version below 0 (a damaged header), or
// tables that are not brief's (another program's database, or one with
// tables gone). A version above this brief's is ErrNewerSchema. A
// database marked version 0 (brief's before its first migration) must
// be empty, or hold exactly the tables of some version of brief's, which
// is then the version it is at.
func schemaVersion(ctx context.Context, q queryer, dir, path string) (int, error) {
	corrupt := func(format string, args ...any) error {
		return &StoreError{Kind: ErrCorrupt, Dir: dir, Path: path, Err: fmt.Errorf(format, args...)}
	}
	var version int64
	if err := q.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return 0, err
	}
	switch {
	case version < 0:
		return 0, corrupt("its schema version is %d, which no brief writes", version)
	case version > int64(len(migrations)):
		return 0, &StoreError{Kind: ErrNewerSchema, Dir: dir, Path: path,
			Err: fmt.Errorf("schema version %d, this brief knows up to %d", version, len(migrations))}
	}
	refs, err := schemaRefs()
	if err != nil {
		return 0, err
	}
	have, err := readSchema(ctx, q, refs.isBriefTable)
	if err != nil {
		return 0, err
	}
	if version > 0 {
		if diff := missingFrom(have, refs[version]); diff != "" {
			return 0, corrupt("%s", diff)
		}
		return int(version), nil
	}
	if len(have) == 0 {
		return 0, nil
	}
	for v := len(migrations); v > 0; v-- {
		if missingFrom(have, refs[v]) == "" && missingFrom(refs[v], have) == "" {
			return v, nil // brief's tables, with the version lost
		}
	}
	var foreign []string
	for _, name := range slices.Sorted(maps.Keys(have)) {
		if _, ok := refs[len(migrations)][name]; !ok {
			foreign = append(foreign, have[name].kind+" "+name)
		}
	}
	if len(foreign) > 3 {
		foreign = append(foreign[:3], "…")
	}
	if len(foreign) > 0 {
		return 0, corrupt("it holds %s, which brief does not make", strings.Join(foreign, ", "))
	}
	return 0, corrupt("it holds some of brief's tables, and no schema version")
}

// missingFrom says what of want is not in have, or "" when have holds
// all of it.
func missingFrom(have, want schema) string {
	for _, name := range slices.Sorted(maps.Keys(want)) {
		w := want[name]
		h, ok := have[name]
		switch {
		case !ok:
			return fmt.Sprintf("it has no %s %s", w.kind, name)
		case h.kind != w.kind || h.columns != w.columns:
			return fmt.Sprintf("its %s %s is not as brief makes it", w.kind, name)
		}
	}
	return ""
}

// readSchema reads the tables, indexes, triggers and views q's database
// holds, with the columns of the tables describe says to: another
// program's table may be one (a virtual table) SQLite cannot describe
// here.
func readSchema(ctx context.Context, q queryer, describe func(table string) bool) (schema, error) {
	rows, err := q.QueryContext(ctx, `SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite\_%' ESCAPE '\'`)
	if err != nil {
		return nil, err
	}
	have := schema{}
	for rows.Next() {
		var kind, name string
		if err := rows.Scan(&kind, &name); err != nil {
			rows.Close()
			return nil, err
		}
		have[name] = schemaObject{kind: kind}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for name, o := range have {
		if o.kind != "table" || !describe(name) {
			continue
		}
		cols, err := tableColumns(ctx, q, name)
		if err != nil {
			return nil, err
		}
		have[name] = schemaObject{kind: o.kind, columns: cols}
	}
	return have, nil
}

// tableColumns lists a table's column names in order, comma-separated.
func tableColumns(ctx context.Context, q queryer, table string) (string, error) {
	rows, err := q.QueryContext(ctx, `SELECT name FROM pragma_table_info(?) ORDER BY cid`, table)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	var cols []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return "", err
		}
		cols = append(cols, c)
	}
	return strings.Join(cols, ","), rows.Err()
}

// briefSchemas is the schema of every version of brief's database,
// [v] for version v, made once by running the migrations on an empty
// database in memory.
type briefSchemas []schema

// isBriefTable reports whether some version of brief has the table.
func (refs briefSchemas) isBriefTable(name string) bool {
	for _, s := range refs {
		if o, ok := s[name]; ok && o.kind == "table" {
			return true
		}
	}
	return false
}

var schemaRefs = sync.OnceValues(func() (briefSchemas, error) {
	db, err := sql.Open("sqlite", "file:brief-schema-ref?mode=memory")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1) // one connection, so one in-memory database
	ctx := context.Background()
	refs := briefSchemas{schema{}}
	for v, step := range migrations {
		if _, err := db.ExecContext(ctx, step); err != nil {
			return nil, fmt.Errorf("schema version %d: %w", v+1, err)
		}
		s, err := readSchema(ctx, db, func(string) bool { return true })
		if err != nil {
			return nil, err
		}
		refs = append(refs, s)
	}
	return refs, nil
})
