// The outlets the register lists: the open library's (most articles first) and then every other outlet the
// analyst has graded or noted (A–Z), each with the name it goes by; and the filter the register's box applies.
import type { SourceRecord } from '../../db/schema';

export interface Outlet {
  readonly domain: string;
  /** The analyst's name for it, else the articles' ("Reuters"), else empty. */
  readonly name: string;
  /** What the register holds for it; undefined for an outlet never graded or noted (it reads F). */
  readonly record: SourceRecord | undefined;
  /** The open library has articles from it. */
  readonly inLibrary: boolean;
}

export function listOutlets(
  libraryDomains: readonly string[],
  sources: ReadonlyMap<string, SourceRecord>,
  articleNames: ReadonlyMap<string, string>,
): Outlet[] {
  const inLibrary = new Set(libraryDomains);
  const others = [...sources.keys()].filter((d) => !inLibrary.has(d)).sort((a, b) => a.localeCompare(b));
  return [...inLibrary, ...others].map((domain) => {
    const record = sources.get(domain);
    return {
      domain,
      name: record?.name || articleNames.get(domain) || '',
      record,
      inLibrary: inLibrary.has(domain),
    };
  });
}

/** The outlets whose domain or name holds the text (any case), or whose grade is the one letter typed. */
export function filterOutlets(outlets: readonly Outlet[], text: string): readonly Outlet[] {
  const wanted = text.trim().toLocaleLowerCase();
  if (!wanted) return outlets;
  return outlets.filter(
    (o) =>
      o.domain.toLocaleLowerCase().includes(wanted) ||
      o.name.toLocaleLowerCase().includes(wanted) ||
      (wanted.length === 1 && (o.record?.reliability ?? 'F').toLocaleLowerCase() === wanted),
  );
}
