// The register's outlets as one keyboard list (one tab stop; arrows, PageUp/PageDown and Home/End inside it),
// each with its reliability, its name and its domain.
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { DEFAULT_RELIABILITY } from '../../../../src-shared/sources/grades';
import { IsolatedText } from '../../ui/IsolatedText';
import { listboxTarget } from '../../ui/listbox-keys';
import { ReliabilityBadge } from './GradeBadge';
import type { Outlet } from './outlets';

interface Props {
  readonly outlets: readonly Outlet[];
  readonly selected: string | null;
  readonly onSelect: (domain: string) => void;
}

const PAGE = 10;
const optionId = (i: number): string => `outlet-${i}`;

export function SourceList({ outlets, selected, onSelect }: Props): ReactNode {
  const ref = useRef<HTMLUListElement>(null);
  const at = outlets.findIndex((o) => o.domain === selected);
  useEffect(() => {
    if (at >= 0) ref.current?.querySelector(`#${optionId(at)}`)?.scrollIntoView({ block: 'nearest' });
  }, [at]);
  const move = (event: KeyboardEvent): void => {
    const to = listboxTarget(event.key, at < 0 ? null : at, outlets.length, PAGE);
    if (to === null) return;
    event.preventDefault();
    const next = outlets[to];
    if (next) onSelect(next.domain);
  };
  return (
    <ul
      ref={ref}
      className="source-list"
      role="listbox"
      aria-label="Outlets"
      tabIndex={0}
      aria-activedescendant={at >= 0 ? optionId(at) : undefined}
      onKeyDown={move}
      data-testid="source-list"
    >
      {outlets.map((o, i) => (
        <li
          key={o.domain}
          id={optionId(i)}
          role="option"
          aria-selected={i === at}
          className={i === at ? 'selected' : ''}
          onClick={() => onSelect(o.domain)}
        >
          <ReliabilityBadge reliability={o.record?.reliability ?? DEFAULT_RELIABILITY} />
          <span className="source-names">
            <IsolatedText className="source-name" text={o.name || o.domain} />
            {o.name && <IsolatedText className="muted small" text={o.domain} />}
          </span>
          {!o.inLibrary && <span className="muted small">not in this library</span>}
        </li>
      ))}
    </ul>
  );
}
