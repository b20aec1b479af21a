// The article's language, as a BCP 47 primary tag: told by the script where the script alone decides (Hebrew,
// Greek, Hangul, kana, Han, Thai ...), else by franc-min's trigram detector among the languages of that script
// (Russian or Ukrainian, Arabic or Farsi, English or French), on a bounded sample so it stays fast. What the
// original declares is a hint: it is kept when the text agrees or is too short or close to tell, and it gives
// way when the text is clearly in another language.
import { francAll } from 'franc-min';
import { countScripts, dominantScript, SCRIPT_LANGUAGE, type Script } from './language-scripts';

/** A BCP 47 primary subtag from a declared language ("en_US", "ru-RU", "zh-Hans"), else null. */
export function primaryLanguage(declared: string | null): string | null {
  if (declared === null) return null;
  const m = /^\s*([a-z]{2,3})(?:$|[-_\s])/i.exec(declared);
  return m ? (m[1] as string).toLowerCase() : null;
}

/** franc's ISO 639-3 codes as BCP 47 primary tags: the two-letter code where one exists (macrolanguages too). */
const BCP47: ReadonlyMap<string, string> = new Map(
  [
    'eng:en spa:es por:pt fra:fr deu:de ita:it nld:nl swe:sv pol:pl ces:cs hun:hu ron:ro tur:tr hrv:hr bos:bs',
    'srp:sr ind:id zlm:ms jav:jv sun:su vie:vi tgl:tl swh:sw hau:ha yor:yo ibo:ig zul:zu som:so lin:ln kin:rw',
    'run:rn nya:ny plt:mg qug:qu fuv:ff uzn:uz azj:az zyb:za rus:ru ukr:uk bel:be bul:bg kaz:kk koi:kv arb:ar',
    'pes:fa urd:ur pbu:ps hin:hi mar:mr npi:ne cmn:zh jpn:ja kor:ko ell:el',
  ]
    .join(' ')
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

const toBcp47 = (iso6393: string): string => BCP47.get(iso6393) ?? iso6393;

/** The scripts franc-min weighs several languages of; the others name their language alone. */
const FRANC_SCRIPTS: ReadonlySet<Script> = new Set(['latin', 'cyrillic', 'arabic', 'devanagari']);

/** Languages written in a script other than Latin, beyond those the script names alone. */
const OTHER_SCRIPT_LANGUAGES: Partial<Record<Script, readonly string[]>> = {
  cyrillic: ['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'tg', 'mn', 'tt', 'ba', 'cv', 'kv', 'sah', 'ce', 'os'],
  arabic: ['ar', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug', 'ku', 'skr', 'prs', 'arz', 'ary', 'apc', 'acm', 'ajp'],
  devanagari: ['hi', 'mr', 'ne', 'sa', 'mai', 'bho', 'mag', 'kok', 'new'],
  han: ['zh', 'yue', 'wuu', 'lzh'],
  kana: ['ja'],
  hebrew: ['he', 'yi', 'lad'],
  greek: ['el', 'grc'],
  bengali: ['bn', 'as'],
};

/** Languages written in Latin as well as in the script listed above. */
const ALSO_LATIN: ReadonlySet<string> = new Set(['sr', 'bs', 'uz', 'az', 'kk', 'ku', 'tt']);

const LANGUAGE_SCRIPT: ReadonlyMap<string, Script> = new Map(
  (Object.entries(OTHER_SCRIPT_LANGUAGES) as [Script, readonly string[]][]).flatMap(([script, tags]) =>
    tags.map((tag) => [tag, script] as const),
  ),
);

/** Whether a language is written in this script (a language not listed is taken to be written in Latin). */
function writtenIn(language: string, script: Script): boolean {
  if (script === 'latin' && ALSO_LATIN.has(language)) return true;
  const known = LANGUAGE_SCRIPT.get(language) ?? (SCRIPT_LANGUAGE[script] === language ? script : undefined);
  return (known ?? 'latin') === script;
}

/** About a page of text: enough to tell the script when an article opens with a name or a dateline. */
const SAMPLE_CHARS = 2000;
/**
 * What the trigram detector reads: a long paragraph is as sure as a page (all 70 Readability test pages in a
 * real language are told right from 500 characters as from 1,000) at half the cost, which counts when every
 * article of a large library is read once: about half a millisecond of CPU an article.
 */
const DETECT_CHARS = 500;
/** Fewer letters than this and the text says nothing: the declared language, or none. */
const MIN_LETTERS = 12;
/** The detector is trusted alone from this many letters on; below it, only when nothing is declared. */
const SURE_LETTERS = 60;
/**
 * How close a declared language may come behind the best guess and still be kept, in franc's trigram distance
 * (franc's score is 1 - gap / (300 x sample length)): close neighbours (Serbian and Croatian, Malay and
 * Indonesian) stay as the original says, while English and French lie some 14,000 apart on any sample.
 */
const CLOSE_DISTANCE = 3000;

/** The first SAMPLE_CHARS characters of the article's paragraphs, joined as the reader shows them. */
function sampleOf(paragraphs: readonly string[]): string {
  let sample = '';
  for (const paragraph of paragraphs) {
    sample += (sample === '' ? '' : '\n') + paragraph;
    if (sample.length >= SAMPLE_CHARS) break;
  }
  return sample.slice(0, SAMPLE_CHARS);
}

/** The language of an article's text, with what the original declares as a hint. */
export function articleLanguage(paragraphs: readonly string[], declared: string | null): string | null {
  const hint = primaryLanguage(declared);
  const sample = sampleOf(paragraphs);
  const counts = countScripts(sample);
  const script = dominantScript(counts);
  if (script === null || counts.letters < MIN_LETTERS) return hint;
  const hintFits = hint !== null && writtenIn(hint, script);

  const named = SCRIPT_LANGUAGE[script];
  if (named !== undefined) return hintFits ? hint : named;

  if (!FRANC_SCRIPTS.has(script)) return hintFits ? hint : null;
  const detected = sample.slice(0, DETECT_CHARS);
  const scored = francAll(detected, { minLength: MIN_LETTERS });
  const [best, bestScore] = scored[0] ?? ['und', 0];
  if (best === 'und') return hintFits ? hint : null;
  const guess = toBcp47(best);
  if (hint === null || !hintFits) return counts.letters >= SURE_LETTERS ? guess : null;
  if (hint === guess || counts.letters < SURE_LETTERS) return hint;
  // A language franc-min does not know (Finnish, Macedonian ...) is the original's word against no evidence.
  const hintScore = scored.find(([code]) => toBcp47(code) === hint)?.[1];
  if (hintScore === undefined) return hint;
  return (bestScore - hintScore) * 300 * detected.length <= CLOSE_DISTANCE ? hint : guess;
}
