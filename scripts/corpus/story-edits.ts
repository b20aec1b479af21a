// The edits an outlet makes when it republishes a wire story, as pure functions of a seeded PRNG: a new
// headline, a dateline added or removed, a byline, the end trimmed (inverted pyramid) or a middle paragraph
// cut, paragraphs split or merged, an editor's note or reporting credits, a local paragraph, a "read more"
// line, light rewording (house style for numbers and units, a few synonyms, "said" -> "told reporters"),
// and quotes straightened or curled. Each edit names itself, so a miss can be traced to the edits behind it.
import type { Rng } from './prng';

export interface Draft {
  readonly title: string;
  readonly paragraphs: readonly string[];
}

export interface EditContext {
  readonly rng: Rng;
  /** Real paragraphs from elsewhere, for a local paragraph: each is taken (removed) when used, being one outlet's. */
  readonly spare: string[];
  /** Other stories' headlines, for a "read more" line. */
  readonly headlines: readonly string[];
  /** YYYYMMDD of the copy, for a dateline. */
  readonly date: string;
}

export type EditName =
  | 'headline'
  | 'dateline-added'
  | 'dateline-removed'
  | 'byline'
  | 'trimmed-end'
  | 'middle-cut'
  | 'split'
  | 'merged'
  | 'editors-note'
  | 'credits'
  | 'local-paragraph'
  | 'read-more'
  | 'house-style'
  | 'synonyms'
  | 'quotes';

interface Edit {
  readonly name: EditName;
  readonly chance: number;
  /** The edited draft, or null when this draft does not allow the edit. */
  readonly apply: (draft: Draft, ctx: EditContext) => Draft | null;
}

const CITIES = ['NEW YORK', 'LONDON', 'WASHINGTON', 'CHICAGO', 'TOKYO', 'HOUSTON', 'PARIS', 'FRANKFURT', 'TORONTO'];
const AGENCIES = ['Reuters', 'AP', 'AFP', 'Bloomberg'];
const NAMES = [
  'Anna Keller',
  'Tom Ruiz',
  'Priya Natarajan',
  'Jonas Berg',
  'Maria Okafor',
  'David Lindqvist',
  'Chen Wei',
  'Sarah Moreau',
  'Kofi Mensah',
  'Elena Petrova',
];
const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** A dateline at the start of a first paragraph: "LONDON (Reuters) - ", "NEW YORK, Feb 26 - ", "WASHINGTON —". */
const DATELINE = /^[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2})?\s*(?:\([A-Za-z]+\))?\s*[-—–:]\s+/;

const sentencesOf = (text: string): string[] =>
  (text.match(/[^.!?]+[.!?]+["”’)]*\s*|[^.!?]+$/g) ?? []).map((s) => s.trim()).filter(Boolean);
const wordCount = (paragraphs: readonly string[]): number =>
  paragraphs.reduce((n, p) => n + p.split(/\s+/).filter(Boolean).length, 0);

function withParagraphs(draft: Draft, paragraphs: readonly string[]): Draft {
  return { title: draft.title, paragraphs };
}

function insertAt(items: readonly string[], at: number, item: string): string[] {
  return [...items.slice(0, at), item, ...items.slice(at)];
}

function newHeadline(draft: Draft, { rng }: EditContext): Draft {
  const first = draft.paragraphs[0] ?? draft.title;
  const lead = first.replace(DATELINE, '').split(/\s+/).slice(0, rng.int(7, 12)).join(' ');
  const forms = [
    () => `UPDATE ${rng.int(1, 3)}-${draft.title}`,
    () => `${draft.title} | ${rng.pick(AGENCIES)}`,
    () => lead.replace(/[.,;:]+$/, ''),
    () => draft.title.charAt(0) + draft.title.slice(1).toLowerCase(),
    () => `${draft.title}: report`,
  ];
  return { title: rng.pick(forms)(), paragraphs: draft.paragraphs };
}

function addDateline(draft: Draft, { rng, date }: EditContext): Draft | null {
  const [first, ...rest] = draft.paragraphs;
  if (first === undefined || DATELINE.test(first)) return null;
  const month = MONTHS[Number(date.slice(4, 6)) - 1] ?? 'Jan';
  const day = Number(date.slice(6, 8));
  const agency = rng.pick(AGENCIES);
  const forms = [
    `${rng.pick(CITIES)} (${agency}) - `,
    `${rng.pick(CITIES)}, ${month} ${day} (${agency}) - `,
    `${rng.pick(CITIES)} — `,
  ];
  return withParagraphs(draft, [rng.pick(forms) + first, ...rest]);
}

function removeDateline(draft: Draft): Draft | null {
  const [first, ...rest] = draft.paragraphs;
  if (first === undefined || !DATELINE.test(first)) return null;
  return withParagraphs(draft, [first.replace(DATELINE, ''), ...rest]);
}

function byline(draft: Draft, { rng }: EditContext): Draft {
  const name = rng.pick(NAMES);
  const forms = [`By ${name}`, `By ${name}, Staff Writer`, `By ${name} and ${rng.pick(NAMES)}`];
  return withParagraphs(draft, [rng.pick(forms), ...draft.paragraphs]);
}

/** Keeps the top 55-90% of the words (whole paragraphs, at least two), as an outlet short of space does. */
function trimEnd(draft: Draft, { rng }: EditContext): Draft | null {
  if (draft.paragraphs.length < 3) return null;
  const keep = wordCount(draft.paragraphs) * (0.55 + 0.35 * rng.next());
  const out: string[] = [];
  for (const p of draft.paragraphs) {
    if (out.length >= 2 && wordCount(out) >= keep) break;
    out.push(p);
  }
  return out.length < draft.paragraphs.length ? withParagraphs(draft, out) : null;
}

function cutMiddle(draft: Draft, { rng }: EditContext): Draft | null {
  const n = draft.paragraphs.length;
  if (n < 4) return null;
  const at = rng.int(1, n - 2);
  return withParagraphs(
    draft,
    draft.paragraphs.filter((_, i) => i !== at),
  );
}

function split(draft: Draft, { rng }: EditContext): Draft | null {
  const candidates = draft.paragraphs.map((p, i) => ({ i, s: sentencesOf(p) })).filter((c) => c.s.length >= 2);
  if (candidates.length === 0) return null;
  const { i, s } = rng.pick(candidates);
  const cut = rng.int(1, s.length - 1);
  const parts = [s.slice(0, cut).join(' '), s.slice(cut).join(' ')];
  return withParagraphs(draft, [...draft.paragraphs.slice(0, i), ...parts, ...draft.paragraphs.slice(i + 1)]);
}

function merge(draft: Draft, { rng }: EditContext): Draft | null {
  const n = draft.paragraphs.length;
  if (n < 3) return null;
  const at = rng.int(0, n - 2);
  const joined = `${draft.paragraphs[at] as string} ${draft.paragraphs[at + 1] as string}`;
  return withParagraphs(draft, [...draft.paragraphs.slice(0, at), joined, ...draft.paragraphs.slice(at + 2)]);
}

function editorsNote(draft: Draft, { rng }: EditContext): Draft {
  const notes = [
    "Editor's note: This story has been updated to add comment from the company.",
    "Editor's note: An earlier version of this story misstated a figure in the third paragraph.",
    'This story was corrected to fix the spelling of a name.',
    'Editor’s note: Some details in this report could not be independently verified.',
  ];
  const note = rng.pick(notes);
  return withParagraphs(draft, rng.next() < 0.5 ? [note, ...draft.paragraphs] : [...draft.paragraphs, note]);
}

function credits(draft: Draft, { rng }: EditContext): Draft {
  const forms = [
    `Additional reporting by ${rng.pick(NAMES)} in ${rng.pick(CITIES)}; Editing by ${rng.pick(NAMES)}`,
    `(Reporting by ${rng.pick(NAMES)}; Editing by ${rng.pick(NAMES)})`,
    `Copyright ${rng.int(1987, 2024)} ${rng.pick(AGENCIES)}. All rights reserved.`,
    'This article first appeared on a partner site and is republished here with permission.',
  ];
  return withParagraphs(draft, [...draft.paragraphs, rng.pick(forms)]);
}

function localParagraph(draft: Draft, { rng, spare }: EditContext): Draft | null {
  const local = spare.shift();
  if (local === undefined) return null;
  const at = rng.int(1, draft.paragraphs.length);
  return withParagraphs(draft, insertAt(draft.paragraphs, at, local));
}

function readMore(draft: Draft, { rng, headlines }: EditContext): Draft | null {
  if (headlines.length === 0 || draft.paragraphs.length < 3) return null;
  const at = rng.int(1, draft.paragraphs.length - 1);
  return withParagraphs(draft, insertAt(draft.paragraphs, at, `READ MORE: ${rng.pick(headlines)}`));
}

/** An outlet's house style: wire abbreviations spelled out, amounts in dollars, thousands separators. */
const HOUSE_STYLE: readonly (readonly [RegExp, string])[] = [
  [/\b(\d[\d,.]*) (mln|bln) dlrs\b/g, '$$$1 $2'],
  [/\b(\d[\d,.]*) dlrs\b/g, '$$$1'],
  [/\bmln\b/g, 'million'],
  [/\bbln\b/g, 'billion'],
  [/\b(\d[\d,.]*) pct\b/g, '$1%'],
  [/\bpct\b/g, 'percent'],
  [/\bcts\b/g, 'cents'],
  [/\bdlrs\b/g, 'dollars'],
  [/\bU\.S\./g, 'US'],
  [/\b(\d{1,3}),(\d{3})\b/g, '$1$2'],
];

const restyle = (text: string): string => HOUSE_STYLE.reduce((t, [from, to]) => t.replace(from, to), text);

function houseStyle(draft: Draft): Draft | null {
  const paragraphs = draft.paragraphs.map(restyle);
  return paragraphs.some((p, i) => p !== draft.paragraphs[i]) ? withParagraphs(draft, paragraphs) : null;
}

const SYNONYMS: readonly (readonly [string, string])[] = [
  ['said', 'told reporters'],
  ['said', 'stated'],
  ['said', 'announced'],
  ['company', 'firm'],
  ['about', 'around'],
  ['buy', 'purchase'],
  ['expected', 'anticipated'],
  ['but', 'however'],
  ['increase', 'rise'],
  ['decline', 'fall'],
  ['help', 'assist'],
  ['large', 'big'],
  ['government', 'administration'],
  ['shares', 'stock'],
  ['officials', 'authorities'],
  ['sales', 'revenue'],
  ['people', 'residents'],
  ['also', 'further'],
  ['because', 'since'],
  ['will', 'would'],
];

/** Two to five words swapped for synonyms, each at one place in the text. */
function synonyms(draft: Draft, { rng }: EditContext): Draft | null {
  const paragraphs = [...draft.paragraphs];
  let swapped = 0;
  const swaps = rng.int(2, 5);
  for (let attempt = 0; attempt < 40 && swapped < swaps; attempt++) {
    const [from, to] = rng.pick(SYNONYMS);
    const word = new RegExp(`\\b${from}\\b`, 'g');
    const hits = paragraphs.flatMap((p, i) => [...p.matchAll(word)].map((m) => ({ i, at: m.index })));
    if (hits.length === 0) continue;
    const { i, at } = rng.pick(hits);
    const p = paragraphs[i] as string;
    paragraphs[i] = p.slice(0, at) + to + p.slice(at + from.length);
    swapped += 1;
  }
  return swapped > 0 ? withParagraphs(draft, paragraphs) : null;
}

const curl = (text: string): string =>
  text
    .replace(/(^|[\s(])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/'/g, '’');
const straighten = (text: string): string => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

function quotes(draft: Draft, { rng }: EditContext): Draft | null {
  const curly = /[“”‘’]/.test(draft.paragraphs.join(' ')) ? false : rng.next() < 0.8;
  const change = curly ? curl : straighten;
  const paragraphs = draft.paragraphs.map(change);
  if (!paragraphs.some((p, i) => p !== draft.paragraphs[i])) return null;
  return { title: change(draft.title), paragraphs };
}

/** In the order they are applied; a headline is always new. */
const EDITS: readonly Edit[] = [
  { name: 'headline', chance: 1, apply: newHeadline },
  { name: 'trimmed-end', chance: 0.4, apply: trimEnd },
  { name: 'middle-cut', chance: 0.25, apply: cutMiddle },
  { name: 'house-style', chance: 0.5, apply: houseStyle },
  { name: 'synonyms', chance: 0.5, apply: synonyms },
  { name: 'split', chance: 0.25, apply: split },
  { name: 'merged', chance: 0.25, apply: merge },
  { name: 'dateline-removed', chance: 0.6, apply: removeDateline },
  { name: 'dateline-added', chance: 0.5, apply: addDateline },
  { name: 'local-paragraph', chance: 0.2, apply: localParagraph },
  { name: 'read-more', chance: 0.1, apply: readMore },
  { name: 'byline', chance: 0.4, apply: byline },
  { name: 'editors-note', chance: 0.15, apply: editorsNote },
  { name: 'credits', chance: 0.3, apply: credits },
  { name: 'quotes', chance: 0.4, apply: quotes },
];

export interface EditedCopy {
  readonly draft: Draft;
  readonly edits: readonly EditName[];
}

/** One outlet's copy of `draft`: each edit drawn by its chance, kept when the draft allows it. */
export function republish(draft: Draft, ctx: EditContext): EditedCopy {
  let current = draft;
  const edits: EditName[] = [];
  for (const edit of EDITS) {
    if (ctx.rng.next() >= edit.chance) continue;
    const next = edit.apply(current, ctx);
    if (next === null) continue;
    current = next;
    edits.push(edit.name);
  }
  return { draft: current, edits };
}
