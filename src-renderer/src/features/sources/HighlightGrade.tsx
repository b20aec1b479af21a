// A highlight's grade on its card: the badge ("B2": its article's outlet's reliability from the register and
// the highlight's own credibility) and, while the card is open, the credibility picker and what the outlet is
// graded and why it reads so.
import type { ReactNode } from 'react';
import { RELIABILITY_MEANINGS } from '../../../../src-shared/sources/grades';
import { inDb } from '../../db/live';
import type { Highlight } from '../../db/schema';
import { reliabilityOf, setCredibility } from '../../db/sources';
import { IsolatedText } from '../../ui/IsolatedText';
import { useEntry } from '../library/use-entries';
import { CredibilityPicker } from './CredibilityPicker';
import { GradeBadge } from './GradeBadge';
import { useSourceGrades } from './use-source-grades';

interface Props {
  readonly highlight: Highlight;
  /** The card is open: offer the picker. */
  readonly editing: boolean;
}

export function HighlightGrade({ highlight, editing }: Props): ReactNode {
  const entry = useEntry(highlight.articleId);
  const domain = entry?.ok ? entry.domain : null;
  const sources = useSourceGrades();
  const reliability = reliabilityOf(sources, domain);
  const graded = `${reliability} (${RELIABILITY_MEANINGS[reliability].toLowerCase()})`;
  const outlet = (domain && sources.get(domain)?.name) || (entry?.ok ? entry.outlet : null) || domain;
  return (
    <div className="highlight-grade" data-testid="highlight-grade">
      <GradeBadge reliability={reliability} credibility={highlight.credibility} />
      {editing && (
        <>
          <CredibilityPicker
            value={highlight.credibility}
            onChange={(value) => void inDb(setCredibility, highlight.id, value)}
          />
          <span className="muted small grade-outlet">
            {outlet ? (
              <>
                Outlet <IsolatedText text={outlet} />: {graded}. Grade outlets in Sources (Ctrl+3).
              </>
            ) : (
              'The article names no outlet: its reliability cannot be judged.'
            )}
          </span>
        </>
      )}
    </div>
  );
}
