// A brief section's ACH matrix or timeline range as the exports show it. The matrix as it stands now:
// hypotheses scored and ranked (Heuer's weighted inconsistency), each row with its weights (the default
// credibility from the quote's grade), ratings in the hypotheses' order and whether it is diagnostic, and
// each quoted row an evidence item of the section so it is cited against the one list of sources. The
// timeline range as it was kept, each event at its highlight's current event date, each entry cited.
import type {
  BriefAch,
  BriefAchRow,
  BriefEvidence,
  BriefTimeline,
  BriefTimelineEntry,
} from '../../../../src-preload/contract';
import { defaultCredibilityWeight, scoreMatrix } from '../../../../src-shared/analysis/ach';
import { timelineOrder } from '../../../../src-shared/briefs/analysis-sections';
import type { AchMatrix, TimelineSectionRecord } from '../../db/schema';
import { articleCitation, type DocumentInputs, evidence } from './brief-evidence';

/** What a section whose matrix was deleted says in its text. */
export const MATRIX_GONE = '*The ACH matrix this section showed has been deleted.*';

export function achSection(matrix: AchMatrix, inputs: DocumentInputs): { ach: BriefAch; evidence: BriefEvidence[] } {
  const items: BriefEvidence[] = [];
  const weighed = matrix.rows.map((row) => {
    const quoted =
      row.kind === 'highlight' && row.highlightId !== null
        ? evidence(
            {
              id: row.id,
              highlightId: row.highlightId,
              comment: '',
              quote: row.text,
              articleId: row.articleId,
              articleTitle: row.articleTitle,
            },
            inputs,
          )
        : null;
    if (quoted) items.push(quoted);
    const grade = quoted?.grade;
    return {
      row,
      quoted,
      credibility: row.credibility ?? defaultCredibilityWeight(grade?.reliability, grade?.credibility),
      relevance: row.relevance ?? 'medium',
    };
  });
  const scores = scoreMatrix({
    hypotheses: matrix.hypotheses,
    rows: weighed.map((w) => ({
      id: w.row.id,
      credibility: w.credibility,
      relevance: w.relevance,
      ratings: w.row.ratings,
    })),
  });
  const rows = weighed.map((w, i): BriefAchRow => ({
    id: w.row.id,
    kind: w.row.kind,
    text: w.quoted?.quote ?? w.row.text,
    evidenceId: w.quoted?.id ?? null,
    credibility: w.credibility,
    relevance: w.relevance,
    ratings: matrix.hypotheses.map((h) => w.row.ratings[h.id] ?? null),
    diagnostic: scores.rows[i]?.diagnostic ?? false,
  }));
  const ach: BriefAch = {
    matrixId: matrix.id,
    question: matrix.question,
    hypotheses: matrix.hypotheses.map((h, i) => ({
      id: h.id,
      label: h.label,
      score: scores.scores[i]?.score ?? 0,
      rank: scores.scores[i]?.rank ?? 1,
    })),
    rows,
  };
  return { ach, evidence: items };
}

export function timelineSection(
  sectionId: string,
  record: TimelineSectionRecord,
  inputs: DocumentInputs,
): { timeline: BriefTimeline; evidence: BriefEvidence[] } {
  // One evidence item per highlight and per article, however many groups show it.
  const items = new Map<string, BriefEvidence>();
  const entries = record.entries.map((entry): BriefTimelineEntry => {
    if (entry.kind === 'article') {
      const id = `${sectionId}:article:${entry.articleId}`;
      const cited = items.get(id) ?? articleCitation(id, entry.articleId, entry.articleTitle, inputs);
      items.set(id, cited);
      const text = cited.source.title;
      return { date: entry.date, kind: 'article', group: entry.group, text, reportDate: null, evidenceId: id };
    }
    const id = `${sectionId}:event:${entry.highlightId}`;
    const quoted =
      items.get(id) ??
      evidence(
        {
          id,
          highlightId: entry.highlightId,
          comment: '',
          quote: entry.quote,
          articleId: entry.articleId,
          articleTitle: entry.articleTitle,
        },
        inputs,
      );
    items.set(id, quoted);
    // The analyst may have moved the event since the range was kept: its date (and span) now, while it has one.
    const now = inputs.highlights.get(entry.highlightId);
    const date = now?.eventDate ?? entry.date;
    const last = now?.eventDate === undefined ? entry.end : now.eventDateEnd;
    return {
      date,
      ...(last !== undefined && last > date ? { end: last } : {}),
      kind: 'event',
      group: entry.group,
      text: quoted.quote,
      reportDate: quoted.source.date,
      evidenceId: id,
    };
  });
  const ordered = timelineOrder(entries, record.grouping);
  // Cited in the order the list reads, so the sources are numbered as the reader meets them.
  const cited = [...new Set(ordered.map((e) => e.evidenceId))].flatMap((id) => {
    const item = id === null ? undefined : items.get(id);
    return item ? [item] : [];
  });
  return {
    timeline: { from: record.from, to: record.to, grouping: record.grouping, entries: ordered },
    evidence: cited,
  };
}
