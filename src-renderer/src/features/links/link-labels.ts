// How a link reads on a card: from this highlight's side ("Supports", "Supported by"), and the choices the
// link picker offers for what this highlight is to the one picked.
import type { HighlightLinkType } from '../../db/schema';

/** The picker's choices, with this highlight as the subject: "This highlight … the one picked". */
export const LINK_CHOICES: readonly { readonly type: HighlightLinkType; readonly label: string }[] = [
  { type: 'same-claim', label: 'States the same claim as' },
  { type: 'supports', label: 'Supports' },
  { type: 'contradicts', label: 'Contradicts' },
  { type: 'derived-from', label: 'Is derived from' },
];

/** The type in a few words, for notices: "same claim", "derived from". */
export const LINK_TYPE_NAMES: Readonly<Record<HighlightLinkType, string>> = {
  'same-claim': 'same claim',
  supports: 'supports',
  contradicts: 'contradicts',
  'derived-from': 'derived from',
};

/** What the other highlight is to this one, as the card lists it: 'out' when this highlight is the link's from. */
export function linkLabel(type: HighlightLinkType, direction: 'out' | 'in'): string {
  switch (type) {
    case 'same-claim':
      return 'Same claim as';
    case 'supports':
      return direction === 'out' ? 'Supports' : 'Supported by';
    case 'contradicts':
      return direction === 'out' ? 'Contradicts' : 'Contradicted by';
    case 'derived-from':
      return direction === 'out' ? 'Derived from' : 'Source of';
  }
}

/** A quote cut to `max` characters at a word where it can be, with an ellipsis. */
export function shortQuote(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
