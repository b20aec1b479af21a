// The index is fed folded text over a table of the text as written (text-form.ts): the tokenizer must see
// the words tokens.ts sees, and FTS5's marks, placed by position, must land on those words as written.
// Checked on real pages in many scripts.
import type { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../../../../src-main/catalog/catalog';
import { createSearchSchema } from '../../../../src-main/search/schema';
import { snippetRuns } from '../../../../src-main/search/snippet';
import { CJK_BREAK, textForms } from '../../../../src-main/search/text-form';
import { deleteText, writeText } from '../../../../src-main/search/text-rows';
import { tokensOf } from '../../../../src-main/search/tokens';
import { CORPUS_TIMEOUT, openCorpus, type CorpusPages } from '../../../support/corpus-pages';

let corpus: CorpusPages;
const texts: string[] = [];

beforeAll(async () => {
  corpus = await openCorpus(['wikipedia-2', 'gmw', 'yahoo-4', 'hukumusume', 'pixnet', 'lemonde-1', 'heise']);
  texts.push(
    [...corpus.otherLanguageTitles('wikipedia-2').values()].join('\n'),
    ...['gmw', 'yahoo-4', 'hukumusume', 'pixnet', 'lemonde-1', 'heise'].map((page) =>
      corpus.paragraphs(page).join('\n'),
    ),
  );
}, CORPUS_TIMEOUT);

afterAll(() => corpus.close());

function database(): DatabaseSync {
  const { database: db } = new Catalog(':memory:');
  createSearchSchema(db);
  return db;
}

/** The terms FTS5 indexed for row `id`, in the order of their positions. */
function indexedTokens(db: DatabaseSync, id: number): string[] {
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.instances USING fts5vocab(main, search_text, 'instance')");
  const rows = db
    .prepare('SELECT term, offset FROM temp.instances WHERE doc = ? AND col = ? ORDER BY offset')
    .all(id, 'body') as { term: string; offset: number }[];
  return rows.map((row) => row.term);
}

describe('the index form of real text', () => {
  it('is tokenized into exactly the words tokens.ts reads, in order', () => {
    const db = database();
    texts.forEach((text, i) => {
      writeText(db, 'article', i + 1, ['', text]);
      expect(indexedTokens(db, i + 1)).toEqual(tokensOf(text));
    });
  });

  it('places FTS5 marks on the words as written, whatever the script', () => {
    const db = database();
    const highlight = db.prepare(
      `SELECT highlight(search_text, 1, char(2), char(3)) AS body FROM search_text
       WHERE search_text MATCH ? AND rowid = ?`,
    );
    texts.forEach((text, i) => {
      writeText(db, 'article', i + 1, ['', text]);
      // Some 30 different words of each text, from across it.
      const words = [...new Set(tokensOf(text))];
      const step = Math.max(1, Math.floor(words.length / 30));
      for (let w = 0; w < words.length; w += step) {
        const word = words[w] as string;
        // A rowid bound as a JS number is a REAL, which FTS5 does not apply beside MATCH: bind an integer.
        const row = highlight.get(`"${word.replaceAll('"', '""')}"`, BigInt(i + 1)) as { body: string };
        const runs = snippetRuns(row.body);
        const hits = runs.filter((run) => run.hit).map((run) => tokensOf(run.text));
        expect(hits.length, `"${word}" is marked`).toBeGreaterThan(0);
        // Marks side by side make one run ("ああ"): each word in a run is the word.
        for (const hit of hits) expect(new Set(hit), `a mark of "${word}"`).toEqual(new Set([word]));
        // What is shown is the text as written (normalised), without the breaks between CJK characters.
        expect(runs.map((run) => run.text).join('')).toBe(text.normalize('NFC'));
      }
    });
  });

  it('takes a row out of the index again from what the table holds', () => {
    const db = database();
    texts.forEach((text, i) => writeText(db, 'article', i + 1, [`title ${i}`, text]));
    texts.forEach((_, i) => deleteText(db, 'article', i + 1));
    db.exec("INSERT INTO search_text (search_text, rank) VALUES ('integrity-check', 0)");
    const left = db.prepare("SELECT count(*) AS n FROM search_vocab WHERE term != ''").get() as { n: number };
    expect(left.n).toBe(0);
  });

  it('breaks CJK words into characters in the stored text only where it splits them', () => {
    const { content, index } = textForms('Новая Зеландия 新西兰 2022年');
    expect(content).toBe(`Новая Зеландия 新${CJK_BREAK}西${CJK_BREAK}兰 2022${CJK_BREAK}年`);
    expect(index).toBe('новая зеландия 新 西 兰 2022 年');
  });
});
