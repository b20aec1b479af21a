// A brief built from the hostile article as the app would build it (its parsed paragraphs quoted, its
// script link as the citation's locator), plus what older data or an imported brief may still hold: bidi
// controls in the title and a note linking to https://user@evil. One safe web link shows links still work.
import { parseArticle } from '../../../../src-main/articles/parse';
import type { BriefDocument, BriefEvidence } from '../../../../src-preload/contract';
import { HOSTILE_ARTICLE } from '../../../fixtures/articles/hostile-article';
import { EVIDENCE, FIXTURE } from './brief-support';

/** The links the brief may contain: the seed article's own URL and its note's link, cited beside the hostile one. */
export const SAFE_LINKS: readonly string[] = [EVIDENCE[0]?.source.url ?? '', 'https://www.state.gov/'];
export const CREDENTIALS_URL = 'https://www.state.gov@evil.example/memo';
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

function hostileEvidence(): BriefEvidence {
  const parsed = parseArticle(new TextEncoder().encode(HOSTILE_ARTICLE), { fileName: 'hostile.txt' });
  if (!parsed.ok) throw new Error(`the hostile article did not parse: ${parsed.error}`);
  const { paragraphs, title, source, date } = parsed.article;
  const base = EVIDENCE[0];
  if (base === undefined || source === null) throw new Error('the fixtures changed shape');
  return {
    ...base,
    id: 'hostile-1',
    highlightId: 'hl-hostile',
    quote: `${paragraphs[0]}\n${paragraphs[1]}`,
    note:
      `See [the memo](${CREDENTIALS_URL}), <${CREDENTIALS_URL}> and [a script](javascript:alert(1)); ` +
      'mail desk@evil.com.',
    tags: ['www.evil.com', 'desk@evil.com'],
    comment: `Bare links stay text: https://evil.example/phish, www.evil.com, ${CREDENTIALS_URL}.`,
    meaning: 'Claim \u202Eyfirev ot\u202C',
    source: {
      articleId: 'hostile.txt',
      // As older stored data may hold it: the controls the parser now strips.
      title: `${title} \u202Egpj.exe\u202C`,
      outlet: null,
      date,
      url: source,
    },
    paragraph: 1,
  };
}

export function hostileBrief(): BriefDocument {
  const safe = EVIDENCE[0];
  if (safe === undefined) throw new Error('the fixture has no evidence');
  return {
    ...FIXTURE,
    title: 'Hostile \u2067brief\u2069 www.evil.com',
    summary: 'Summary with https://evil.example/x and desk@evil.com',
    sections: [
      { id: 'h', heading: 'Heading at evil.com \u202Eevil\u202C', text: 'www.evil.com', evidence: [hostileEvidence()] },
      { id: 's', heading: 'A safe source', text: '', evidence: [safe] },
    ],
  };
}
