// The catalog: parsed metadata of every library file in SQLite (node:sqlite), keyed by library root and
// relative path, so an unchanged file is never parsed twice across restarts.
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { BrokenEntry, CatalogEntry, LanguageCount, LibrarySummary } from '../../src-preload/contract';
import { fileIdOf } from '../library/article-ids';
import { CATALOG_COLUMNS, entryFromRow, type CatalogRow } from './catalog-row';

/**
 * 2 added `source` (the source line when it is not a web link), 3 `oddities` (why a file may not be an
 * article), 4 `outlet`, `author`, `language` and `format` (web pages, PDFs, Word files, e-mails and feeds);
 * each re-reads every file for the new parser.
 */
const SCHEMA_VERSION = 4;

/** What the catalog tells of a library's summary (LibrarySummary without what the service adds). */
export type CatalogSummary = Pick<LibrarySummary, 'articles' | 'brokenTotal' | 'domains' | 'folders' | 'languages'> & {
  readonly broken: readonly BrokenEntry[];
};

export interface SummaryLimits {
  readonly broken: number;
  readonly domains: number;
  readonly folders: number;
}

export class Catalog {
  private readonly db: DatabaseSync;
  private readonly selectAll: StatementSync;
  private readonly selectOne: StatementSync;
  private readonly upsertStmt: StatementSync;
  private readonly deleteStmt: StatementSync;
  private readonly fileRows: StatementSync;
  private readonly byHash: StatementSync;
  private readonly counts: StatementSync;
  private readonly brokenRows: StatementSync;
  private readonly domainRows: StatementSync;
  private readonly folderRows: StatementSync;
  private readonly languageRows: StatementSync;

  /** Pass ":memory:" for a throwaway catalog. */
  constructor(file: string) {
    this.db = new DatabaseSync(file);
    this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
    this.migrate();
    this.createIndexes();
    this.selectAll = this.db.prepare(`SELECT ${CATALOG_COLUMNS} FROM files WHERE root = ? ORDER BY path`);
    this.selectAll.setReturnArrays(true);
    this.selectOne = this.db.prepare(`SELECT ${CATALOG_COLUMNS} FROM files WHERE root = ? AND path = ?`);
    this.selectOne.setReturnArrays(true);
    this.byHash = this.db.prepare('SELECT path FROM files WHERE root = ? AND hash = ? ORDER BY path LIMIT 1');
    this.deleteStmt = this.db.prepare('DELETE FROM files WHERE root = ? AND path = ?');
    // A file's own row and its items' ("<file>#<key>": between "<file>#" and "<file>$").
    this.fileRows = this.db.prepare('SELECT path FROM files WHERE root = ? AND (path = ? OR (path > ? AND path < ?))');
    this.counts = this.db.prepare('SELECT ok, count(*) AS n FROM files WHERE root = ? GROUP BY ok');
    this.brokenRows = this.db.prepare(
      `SELECT ${CATALOG_COLUMNS} FROM files WHERE root = ? AND ok = 0 ORDER BY path LIMIT ?`,
    );
    this.brokenRows.setReturnArrays(true);
    this.domainRows = this.db.prepare(
      `SELECT domain FROM files WHERE root = ? AND ok = 1 AND domain IS NOT NULL
       GROUP BY domain ORDER BY count(*) DESC, domain LIMIT ?`,
    );
    this.languageRows = this.db.prepare(
      'SELECT language, count(*) AS articles FROM files WHERE root = ? AND ok = 1 GROUP BY language ORDER BY 2 DESC, 1',
    );
    // A path's folder with its trailing slash: rtrim strips every character but "/" from the end.
    this.folderRows = this.db.prepare(
      "SELECT DISTINCT rtrim(path, replace(path, '/', '')) AS folder FROM files WHERE root = ?",
    );
    this.upsertStmt = this.db.prepare(`
      INSERT INTO files (root, path, size, mtime_ms, hash, ok, title, date, date_raw, url, domain,
                         paragraphs, words, warnings, error, source, oddities, outlet, author, language, format)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (root, path) DO UPDATE SET
        size = excluded.size, mtime_ms = excluded.mtime_ms, hash = excluded.hash, ok = excluded.ok,
        title = excluded.title, date = excluded.date, date_raw = excluded.date_raw, url = excluded.url,
        domain = excluded.domain, paragraphs = excluded.paragraphs, words = excluded.words,
        warnings = excluded.warnings, error = excluded.error, source = excluded.source,
        oddities = excluded.oddities, outlet = excluded.outlet, author = excluded.author,
        language = excluded.language, format = excluded.format`);
  }

  private migrate(): void {
    const { user_version: version } = this.db.prepare('PRAGMA user_version').get() as { user_version: number };
    if (version >= SCHEMA_VERSION) return;
    // An older catalog gains the columns, and its rows a stamp no file has, so each is parsed again.
    const columns = [
      ...(version === 1 ? ['ALTER TABLE files ADD COLUMN source TEXT;'] : []),
      ...(version >= 1 && version < 3 ? ["ALTER TABLE files ADD COLUMN oddities TEXT NOT NULL DEFAULT '[]';"] : []),
      ...(version >= 1
        ? [
            'ALTER TABLE files ADD COLUMN outlet TEXT;',
            'ALTER TABLE files ADD COLUMN author TEXT;',
            'ALTER TABLE files ADD COLUMN language TEXT;',
            "ALTER TABLE files ADD COLUMN format TEXT NOT NULL DEFAULT 'text';",
          ]
        : []),
    ];
    const upgrade = columns.length > 0 ? `${columns.join(' ')} UPDATE files SET mtime_ms = -1;` : '';
    this.db.exec(`BEGIN;
      CREATE TABLE IF NOT EXISTS files (
        root TEXT NOT NULL, path TEXT NOT NULL, size INTEGER NOT NULL, mtime_ms REAL NOT NULL,
        hash TEXT, ok INTEGER NOT NULL, title TEXT, date TEXT, date_raw TEXT, url TEXT, domain TEXT,
        paragraphs INTEGER NOT NULL DEFAULT 0, words INTEGER NOT NULL DEFAULT 0,
        warnings TEXT NOT NULL DEFAULT '[]', error TEXT, source TEXT, oddities TEXT NOT NULL DEFAULT '[]',
        outlet TEXT, author TEXT, language TEXT, format TEXT NOT NULL DEFAULT 'text',
        PRIMARY KEY (root, path)
      );
      ${upgrade}
      PRAGMA user_version = ${SCHEMA_VERSION};
      COMMIT;`);
  }

  /** The secondary index; a bulk load sets it aside (dropIndexes) and a later open restores it at the latest. */
  createIndexes(): void {
    this.db.exec('CREATE INDEX IF NOT EXISTS files_hash ON files (root, hash);');
  }

  dropIndexes(): void {
    this.db.exec('DROP INDEX IF EXISTS files_hash;');
  }

  list(root: string): CatalogEntry[] {
    return this.listRows(root).map(entryFromRow);
  }

  /** The library's rows in path order, as arrays (entryFromRow turns each into an entry). */
  listRows(root: string): CatalogRow[] {
    return this.selectAll.all(root) as unknown as CatalogRow[];
  }

  get(root: string, id: string): CatalogEntry | null {
    const row = this.selectOne.get(root, id) as CatalogRow | undefined;
    return row ? entryFromRow(row) : null;
  }

  /** The first id in this library whose content has this hash, if any. */
  findByHash(root: string, hash: string): string | null {
    const row = this.byHash.get(root, hash) as { path: string } | undefined;
    return row?.path ?? null;
  }

  /** Counts and filter choices of one library, bounded so a huge library answers in one small message. */
  summary(root: string, limits: SummaryLimits): CatalogSummary {
    let articles = 0;
    let brokenTotal = 0;
    for (const row of this.counts.all(root) as { ok: number; n: number }[]) {
      if (row.ok) articles = row.n;
      else brokenTotal = row.n;
    }
    const broken = (this.brokenRows.all(root, limits.broken) as unknown as CatalogRow[]).map(entryFromRow);
    const domains = (this.domainRows.all(root, limits.domains) as { domain: string }[]).map((row) => row.domain);
    const folders = new Set<string>();
    for (const { folder } of this.folderRows.all(root) as { folder: string }[]) {
      // "a/b/" stands for "a" and "a/b": every folder above an article is a choice too.
      const parts = folder.split('/').slice(0, -1);
      for (let i = 1; i <= parts.length; i++) folders.add(parts.slice(0, i).join('/'));
    }
    return {
      articles,
      brokenTotal,
      broken: broken.filter((entry) => !entry.ok),
      domains,
      folders: [...folders].sort().slice(0, limits.folders),
      languages: this.languageRows.all(root) as unknown as LanguageCount[],
    };
  }

  upsert(root: string, entry: CatalogEntry): void {
    if (entry.ok) {
      this.upsertStmt.run(
        root,
        entry.id,
        entry.size,
        entry.mtimeMs,
        entry.hash,
        1,
        entry.title,
        entry.date,
        entry.dateRaw,
        entry.url,
        entry.domain,
        entry.paragraphs,
        entry.words,
        JSON.stringify(entry.warnings),
        null,
        entry.source,
        JSON.stringify(entry.oddities ?? []),
        entry.outlet,
        entry.author,
        entry.language,
        entry.format,
      );
    } else {
      this.upsertStmt.run(
        root,
        entry.id,
        entry.size,
        entry.mtimeMs,
        entry.hash,
        0,
        null,
        null,
        null,
        null,
        null,
        0,
        0,
        '[]',
        entry.error,
        null,
        '[]',
        null,
        null,
        null,
        'text',
      );
    }
  }

  /** The ids of a file's rows: its own, or its items' when it is a feed (library/article-ids.ts). */
  idsOfFile(root: string, fileId: string): string[] {
    const rows = this.fileRows.all(root, fileId, `${fileId}#`, `${fileId}$`) as { path: string }[];
    return rows.map((row) => row.path).filter((path) => fileIdOf(path) === fileId);
  }

  remove(root: string, id: string): void {
    this.deleteStmt.run(root, id);
  }

  /** Runs many writes in one transaction: a burst of files costs one fsync, not hundreds. */
  batch(work: () => void): void {
    this.db.exec('BEGIN');
    try {
      work();
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  /** The connection, for the search index that lives in the same database file. */
  get database(): DatabaseSync {
    return this.db;
  }

  close(): void {
    this.db.close();
  }
}
