// Imports a brief from its JSON export: the brief itself, and the highlights it quotes that this
// profile does not have yet (re-created from the quote, context and position the export carries).
import type { BriefDocument } from '../../../src-preload/contract';
import { newId } from './brief-edit';
import { COLOR_KEYS, UNCLAIMED, type Brief, type ColorKey, type DossierDb, type Highlight } from './schema';
import { normaliseTags } from './tags';

export interface ImportedBrief {
  readonly brief: Brief;
  readonly createdHighlights: number;
}

export async function importBriefDocument(db: DossierDb, document: BriefDocument): Promise<ImportedBrief> {
  const now = Date.now();
  let createdHighlights = 0;
  const brief: Brief = {
    id: document.id,
    title: document.title,
    summary: document.summary,
    sections: document.sections.map((s) => ({
      id: newId(),
      heading: s.heading,
      text: s.text,
      items: s.evidence.map((e) => ({
        id: newId(),
        highlightId: e.highlightId,
        comment: e.comment,
        quote: e.quote,
        articleId: e.source.articleId,
        articleTitle: e.source.title,
      })),
    })),
    createdAt: Date.parse(document.createdAt) || now,
    updatedAt: now,
  };
  await db.transaction('rw', db.briefs, db.highlights, async () => {
    // A second import of the same file (or a brief exported from this profile) becomes a new brief.
    if (await db.briefs.get(document.id)) brief.id = newId();
    for (const e of document.sections.flatMap((s) => s.evidence)) {
      if (await db.highlights.get(e.highlightId)) continue;
      const highlight: Highlight = {
        id: e.highlightId,
        // The library open claims it (library-claims.ts): a brief's JSON does not say which library it quotes.
        libraryId: UNCLAIMED,
        articleId: e.source.articleId,
        articleHash: e.articleHash,
        articleTitle: e.source.title,
        quote: { exact: e.quote, prefix: e.prefix, suffix: e.suffix },
        position: e.position,
        color: COLOR_KEYS.includes(e.colour as ColorKey) ? (e.colour as ColorKey) : 'yellow',
        note: e.note,
        tags: normaliseTags(e.tags),
        createdAt: now,
        updatedAt: now,
      };
      await db.highlights.add(highlight);
      createdHighlights++;
    }
    await db.briefs.add(brief);
  });
  return { brief, createdHighlights };
}
