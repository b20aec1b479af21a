// The key that names a feed item inside its file: a short hash of what identifies the item (its guid or id,
// else its link, else its title and date), so the key stays when the feed is saved again with other items.
import { createHash } from 'node:crypto';

/** 16 hex digits: 64 bits, ample for the items of one file, short enough to read in an id. */
const KEY_LENGTH = 16;

export interface ItemIdentity {
  /** RSS guid, Atom id, RDF rdf:about. */
  readonly id: string | null;
  readonly link: string | null;
  readonly title: string | null;
  readonly date: string | null;
}

export function itemKeyOf(item: ItemIdentity): string {
  const basis = item.id
    ? `id\n${item.id}`
    : item.link
      ? `link\n${item.link}`
      : `title\n${item.title ?? ''}\n${item.date ?? ''}`;
  return createHash('sha256').update(basis).digest('hex').slice(0, KEY_LENGTH);
}

/** Keys made unique within one file: a second item with the same identity gets "-2", a third "-3". */
export function uniqueKeys(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((key) => {
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}-${count}`;
  });
}
