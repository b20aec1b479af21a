// A quote's grade in a brief: the outlet's reliability with the highlight's credibility ("B2"), made once
// when the brief is put together and read back by every format from its two parts, never from its text.
import type { BriefEvidence, EvidenceGrade } from '../../src-preload/contract';
import {
  type Credibility,
  DEFAULT_CREDIBILITY,
  DEFAULT_RELIABILITY,
  describeGrade,
  formatGrade,
  type Reliability,
} from '../sources/grades';

/**
 * The grade to carry, or null when neither part is judged. An unjudged quote from an unjudged outlet would
 * read "F6" (cannot be judged, twice): that says nothing, so no format shows it; one judged part is shown
 * with the other at its default ("B6", "F2").
 */
export function evidenceGrade(
  reliability: Reliability | null | undefined,
  credibility: Credibility | null | undefined,
): EvidenceGrade | null {
  const r = reliability ?? DEFAULT_RELIABILITY;
  const c = credibility ?? DEFAULT_CREDIBILITY;
  if (r === DEFAULT_RELIABILITY && c === DEFAULT_CREDIBILITY) return null;
  return { reliability: r, credibility: c, text: formatGrade(r, c) };
}

/** "B2" as a format shows it, or null when the quote has no grade to show. */
export function gradeText(evidence: BriefEvidence): string | null {
  const grade = evidence.grade;
  return grade ? (evidenceGrade(grade.reliability, grade.credibility)?.text ?? null) : null;
}

/** "B2: usually reliable; probably true", or null when the quote has no grade to show. */
export function gradeMeaning(evidence: BriefEvidence): string | null {
  const grade = evidence.grade;
  if (!grade || gradeText(evidence) === null) return null;
  return describeGrade(grade.reliability, grade.credibility);
}

/**
 * The key a reader needs once, under the sources: what the letter and the number stand for, and each grade
 * the brief uses with its meanings ("B2: usually reliable; probably true"). Null when no quote is graded.
 */
export function gradeKey(evidence: readonly BriefEvidence[]): string | null {
  const meanings = new Map<string, string>();
  for (const item of evidence) {
    const text = gradeText(item);
    const meaning = gradeMeaning(item);
    if (text !== null && meaning !== null) meanings.set(text, meaning);
  }
  if (meanings.size === 0) return null;
  const used = [...meanings.keys()].sort().map((text) => meanings.get(text) as string);
  return `Grades: the source's reliability (A–F) and the information's credibility (1–6). ${used.join('. ')}.`;
}
