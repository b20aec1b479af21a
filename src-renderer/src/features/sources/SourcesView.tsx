// The source register workspace: every outlet of the open library and every outlet graded before, filtered
// by a box, as a keyboard list beside the chosen outlet's grade, note and history. Grades hold in every
// library and travel with the exported work and the snapshots.
import { useMemo, useState, type ReactNode } from 'react';
import { useLibrary } from '../library/library-context';
import { filterOutlets, listOutlets } from './outlets';
import { SourceDetail } from './SourceDetail';
import { SourceList } from './SourceList';
import { useOutletNames } from './use-outlet-names';
import { useSourceGrades } from './use-source-grades';
import './sources.css';

const NO_DOMAINS: readonly string[] = [];

export function SourcesView(): ReactNode {
  const { summary } = useLibrary();
  const domains = summary?.domains ?? NO_DOMAINS;
  const sources = useSourceGrades();
  const names = useOutletNames(domains);
  const outlets = useMemo(() => listOutlets(domains, sources, names), [domains, sources, names]);
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => filterOutlets(outlets, filter), [outlets, filter]);
  const [chosen, setChosen] = useState<string | null>(null);
  const selected = shown.find((o) => o.domain === chosen) ?? shown[0] ?? null;
  const graded = outlets.filter((o) => o.record && o.record.history.length > 0).length;

  return (
    <section
      className="sources-view"
      role="tabpanel"
      id="panel-sources"
      aria-labelledby="tab-sources"
      data-testid="sources-view"
    >
      <div className="source-index">
        <header className="source-index-header">
          <h2>Source register</h2>
          <p className="muted small">
            {outlets.length.toLocaleString()} outlets, {graded.toLocaleString()} graded. Reliability A–F (Admiralty
            scale) holds in every library; F until you judge it.
          </p>
          <input
            type="search"
            className="source-filter"
            aria-label="Filter outlets"
            placeholder="Filter by name, domain or grade"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
        </header>
        {outlets.length === 0 ? (
          <p className="muted pad" data-testid="no-sources">
            No outlets yet. Outlets appear here as the library’s articles name their source (a web link or a source
            line); grade one to judge every article from it.
          </p>
        ) : shown.length === 0 ? (
          <p className="muted pad" role="status">
            No outlet matches “{filter}”.
          </p>
        ) : (
          <SourceList outlets={shown} selected={selected?.domain ?? null} onSelect={setChosen} />
        )}
      </div>
      {selected ? (
        <SourceDetail key={selected.domain} outlet={selected} />
      ) : (
        <p className="source-detail muted pad">Pick an outlet to grade it.</p>
      )}
    </section>
  );
}
