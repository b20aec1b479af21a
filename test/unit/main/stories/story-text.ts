// Real text for the story tests: State of the Union speeches cut into news-length stories, and the edits a
// wire service's customers make when they republish one (a new headline, a dateline, a cut or added
// paragraph, an editor's note, a few words changed).
import { loadSpeeches, paragraphsOf } from '../../../../scripts/corpus/sotu';

const speeches = loadSpeeches();

/** Twelve paragraphs of one speech (a story of about 1,000 words); `n` picks the speech. */
export function story(n: number): string[] {
  const speech = speeches[n % speeches.length];
  if (!speech) throw new Error('no speeches');
  return paragraphsOf(speech.text).slice(2, 14);
}

/** A republication: a dateline, one paragraph cut (`cut`), a word changed here and there, an editor's note. */
export function republished(paragraphs: readonly string[], cut: number, dateline: string): string[] {
  const kept = paragraphs.filter((_, i) => i !== cut);
  return [
    `${dateline} - ${kept[0] ?? ''}`,
    ...kept.slice(1).map((paragraph, i) => (i % 4 === 1 ? paragraph.replace(/\bthe\b/, 'this') : paragraph)),
    'Editor’s note: this story has been updated with more detail.',
  ];
}

/** A trimmed republication: only the first `keep` paragraphs, as a short version runs. */
export function trimmed(paragraphs: readonly string[], keep: number): string[] {
  return paragraphs.slice(0, keep);
}

/** A library file: title, YYYYMMDD date, link, then the paragraphs. */
export function articleFile(title: string, date: string, url: string, paragraphs: readonly string[]): string {
  return `${[title, date, url, ...paragraphs].join('\n')}\n`;
}
