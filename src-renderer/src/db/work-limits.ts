// How large each piece of imported work may be: generous for real work, bounded so one hostile or broken
// record is refused with a reason instead of filling the database or stalling the search index (whose
// documents main caps at 200,000 characters: a quote and its note together stay within that).

export const MAX_RECORD_ID = 200;
export const MAX_QUOTE = 100_000;
export const MAX_CONTEXT = 1000;
export const MAX_NOTE = 100_000;
export const MAX_TAG = 200;
export const MAX_TAGS = 200;
export const MAX_TITLE = 2000;
export const MAX_HASH = 128;
export const MAX_COLOUR_NAME = 40;
/** Positions index an article's text; no article the reader opens is longer than this. */
export const MAX_POSITION = 1_000_000_000;
export const MAX_BRIEF_TEXT = 200_000;
export const MAX_SECTIONS = 500;
export const MAX_SECTION_ITEMS = 10_000;
/** Fields a newer version of Dossier adds to a record travel with it: a few, and plain values only. */
export const MAX_EXTRA_FIELDS = 16;
export const MAX_EXTRA_TEXT = 4096;
/** A library id (main makes UUIDs; longer ones in a file are not ours). */
export const MAX_LIBRARY_ID = 100;
/** An outlet's domain (a host name is at most 253 characters; an outlet's name standing for one, a little more). */
export const MAX_DOMAIN = 300;
export const MAX_SOURCE_NAME = 200;
/** Changes of grade kept per outlet: years of regrading, bounded. */
export const MAX_SOURCE_HISTORY = 10_000;
/** An ACH matrix: hypotheses an analyst can weigh side by side, and evidence rows enough for any question. */
export const MAX_HYPOTHESES = 100;
export const MAX_ACH_ROWS = 10_000;
/** Entries of a timeline range kept in a brief section. */
export const MAX_TIMELINE_ENTRIES = 100_000;
