// The Admiralty grade as a small badge, "B2": the source's reliability and the information's credibility,
// with their meanings as its accessible description and tooltip. Used wherever a highlight is shown.
import type { ReactNode } from 'react';
import { describeGrade, formatGrade, type Credibility, type Reliability } from '../../../../src-shared/sources/grades';
import './sources.css';

interface Props {
  readonly reliability: Reliability | null | undefined;
  readonly credibility: Credibility | null | undefined;
}

export function GradeBadge({ reliability, credibility }: Props): ReactNode {
  const grade = formatGrade(reliability, credibility);
  const meaning = describeGrade(reliability, credibility);
  return (
    <span
      className={`grade-badge grade-${grade[0]?.toLowerCase() ?? 'f'}`}
      title={meaning}
      aria-description={meaning}
      data-testid="grade-badge"
      // Letters and digits are left to right in any script: "B2" never reads "2B".
      dir="ltr"
    >
      {grade}
    </span>
  );
}

/** A source's reliability alone ("B"), with its meaning: for the register's list. */
export function ReliabilityBadge({ reliability }: { readonly reliability: Reliability }): ReactNode {
  const meaning = describeGrade(reliability, undefined)
    .replace(/^\w+: /, '')
    .replace(/;.*$/, '');
  return (
    <span
      className={`grade-badge grade-${reliability.toLowerCase()}`}
      title={meaning}
      aria-description={meaning}
      dir="ltr"
    >
      {reliability}
    </span>
  );
}
