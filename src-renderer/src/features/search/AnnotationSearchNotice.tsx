// Says when search cannot see all of the analyst's work: the records main left out or shortened (each
// named, with the reason), or a set main could not take at all, with a way to try again.
import type { ReactNode } from 'react';
import type { AnnotationIssue } from '../../../../src-preload/contract';
import { plural } from '../../ui/format';
import type { AnnotationSync } from './use-annotation-sync';

/** A path or id short enough for the notice: its start and its end, the middle elided. */
function clipped(text: string, max = 64): string {
  return text.length <= max ? text : `${text.slice(0, max / 2 - 1)}…${text.slice(-(max / 2 - 1))}`;
}

function IssueList({ issues, total }: { issues: readonly AnnotationIssue[]; total: number }): ReactNode {
  return (
    <ul>
      {issues.map((issue, i) => (
        <li key={`${issue.id}:${i}`}>
          {issue.kind === 'article' ? 'Article note' : issue.kind === 'highlight' ? 'Highlight' : 'Record'}{' '}
          <code title={issue.articleId ?? issue.id}>{clipped(issue.articleId ?? issue.id)}</code>: {issue.reason}
        </li>
      ))}
      {total > issues.length && <li>…and {total - issues.length} more</li>}
    </ul>
  );
}

export function AnnotationSearchNotice({ sync }: { sync: AnnotationSync }): ReactNode {
  if (sync.error !== null) {
    return (
      <div className="banner-error small annotation-notice" role="alert" data-testid="annotation-search-error">
        <span>Search cannot see your latest highlights and notes: {sync.error}</span>
        <button type="button" onClick={sync.retry}>
          Retry
        </button>
      </div>
    );
  }
  const { report } = sync;
  if (report === null || report.skippedTotal + report.shortenedTotal === 0) return null;
  const parts = [
    report.skippedTotal > 0 ? `left out ${plural(report.skippedTotal, 'record')}` : null,
    report.shortenedTotal > 0 ? `searches only part of ${plural(report.shortenedTotal, 'record')}` : null,
  ].filter((part) => part !== null);
  return (
    <details className="notice-warning small annotation-notice" data-testid="annotation-search-notice">
      <summary>Annotation search {parts.join(' and ')}.</summary>
      {report.skippedTotal > 0 && <IssueList issues={report.skipped} total={report.skippedTotal} />}
      {report.shortenedTotal > 0 && <IssueList issues={report.shortened} total={report.shortenedTotal} />}
      <p className="muted">The rest of your work is searchable. The records themselves are kept as they are.</p>
    </details>
  );
}
