// A catalog written by the previous schema (no source column, rows parsed by the old parser) opens, keeps
// its rows, gains the column, and has every row stamped stale so the new parser reads each file again.
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../../../src-preload/contract';
import { Catalog } from '../../../../src-main/catalog/catalog';
import { TempDirs } from '../../../support/temp-library';

const temp = new TempDirs();

afterEach(async () => {
  await temp.cleanup();
});

/** The version 1 schema and one row as that version wrote it: the ticker lost from the title. */
function writeVersionOne(file: string): void {
  const db = new DatabaseSync(file);
  db.exec(`
    CREATE TABLE files (
      root TEXT NOT NULL, path TEXT NOT NULL, size INTEGER NOT NULL, mtime_ms REAL NOT NULL,
      hash TEXT, ok INTEGER NOT NULL, title TEXT, date TEXT, date_raw TEXT, url TEXT, domain TEXT,
      paragraphs INTEGER NOT NULL DEFAULT 0, words INTEGER NOT NULL DEFAULT 0,
      warnings TEXT NOT NULL DEFAULT '[]', error TEXT,
      PRIMARY KEY (root, path)
    );
    INSERT INTO files VALUES ('/lib', 'srd.txt', 420, 1700000000000, 'h', 1, 'STANDARD OIL TO FORM FINANCIAL UNIT',
      '1987-02-26', '19870226', NULL, NULL, 4, 80, '[]', NULL);
    PRAGMA user_version = 1;`);
  db.close();
}

describe('Catalog upgrade from version 1', () => {
  it('keeps the rows, adds the source, and marks each row for a new read', async () => {
    const file = join(await temp.make('catalog-v1'), 'catalog.sqlite');
    writeVersionOne(file);
    const catalog = new Catalog(file);
    try {
      const entry = catalog.get('/lib', 'srd.txt');
      expect(entry).toMatchObject({ ok: true, title: 'STANDARD OIL TO FORM FINANCIAL UNIT', source: null, size: 420 });
      // No file has this modification time, so the folder check sees the file as changed and parses it again.
      expect(entry?.mtimeMs).toBe(-1);
      catalog.upsert('/lib', { ...(entry as typeof entry & { ok: true }), source: 'urn:x:1', mtimeMs: 5 });
      expect(catalog.get('/lib', 'srd.txt')).toMatchObject({ source: 'urn:x:1', mtimeMs: 5 });
    } finally {
      catalog.close();
    }
    const reopened = new Catalog(file);
    try {
      expect(reopened.get('/lib', 'srd.txt')).toMatchObject({ source: 'urn:x:1', mtimeMs: 5 });
    } finally {
      reopened.close();
    }
  });
});

describe('Catalog upgrade from version 2', () => {
  it('adds the oddities, marks each row for a new read, and keeps what is written next', async () => {
    const file = join(await temp.make('catalog-v2'), 'catalog.sqlite');
    writeVersionOne(file);
    const db = new DatabaseSync(file);
    db.exec(
      'ALTER TABLE files ADD COLUMN source TEXT; UPDATE files SET mtime_ms = 1700000000000; PRAGMA user_version = 2;',
    );
    db.close();
    const catalog = new Catalog(file);
    try {
      const entry = catalog.get('/lib', 'srd.txt') as CatalogEntry & { ok: true };
      expect(entry).toMatchObject({ ok: true, title: 'STANDARD OIL TO FORM FINANCIAL UNIT', mtimeMs: -1 });
      expect(entry.oddities).toBeUndefined();
      const oddities = ['no paragraphs after the header: the file holds only a title'];
      catalog.upsert('/lib', { ...entry, oddities, mtimeMs: 5 });
      expect(catalog.get('/lib', 'srd.txt')).toMatchObject({ oddities, mtimeMs: 5 });
    } finally {
      catalog.close();
    }
  });
});
