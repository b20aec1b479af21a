// A brief with an ACH section (three hypotheses, a graded quote, a typed assumption, a non-diagnostic row)
// and a timeline section grouped by tag (an article's publication, two dated events, one in Arabic), as
// the app's document builder writes one; the renderers' tests check their exact table and list text.
import type { BriefDocument, BriefEvidence, BriefSource } from '../../../../src-preload/contract';

export const HERALD: BriefSource = {
  articleId: 'news/herald.txt',
  title: 'Russia masses troops',
  outlet: 'russiaherald.com',
  author: null,
  date: '2022-02-11',
  url: 'https://russiaherald.com/troops',
};
export const KYIV: BriefSource = {
  articleId: 'news/kyiv.txt',
  title: 'Kyiv prepares',
  outlet: 'Kyiv Post',
  author: null,
  date: '2022-02-15',
  url: 'https://kyivpost.com/prepares',
};

export const ARABIC_QUOTE = 'القوات تتحرك نحو الحدود';

function quote(id: string, text: string, source: BriefSource, paragraph: number, graded = false): BriefEvidence {
  return {
    id,
    highlightId: `hl-${id}`,
    quote: text,
    prefix: '',
    suffix: '',
    position: { start: 0, end: text.length },
    articleHash: 'hash',
    colour: 'yellow',
    meaning: 'Key fact',
    note: '',
    tags: [],
    comment: '',
    source,
    paragraph,
    orphaned: false,
    grade: graded ? { reliability: 'B', credibility: 2, text: 'B2' } : null,
  };
}

const articleCitation: BriefEvidence = {
  ...quote('t-art', '', KYIV, 1),
  highlightId: '',
  quote: '',
  position: { start: 0, end: 0 },
  articleHash: '',
  colour: '',
  meaning: '',
  paragraph: null,
};

export const ANALYSIS_BRIEF: BriefDocument = {
  format: 'dossier-brief',
  version: 1,
  id: 'brief-analysis',
  title: 'February build-up',
  summary: 'What the evidence says.',
  sections: [
    {
      id: 'sec-ach',
      heading: 'Will Russia invade?',
      text: 'Weighed on 20 February.',
      evidence: [
        quote('r1', 'Troops moved to within 50 km of the border.', HERALD, 3, true),
        quote('r3', 'Talks will continue next week.', KYIV, 1),
      ],
      ach: {
        matrixId: 'matrix-1',
        question: 'Will Russia invade Ukraine in February?',
        hypotheses: [
          { id: 'h1', label: 'Invasion', score: -1, rank: 2 },
          { id: 'h2', label: 'Exercise only', score: -Math.SQRT2, rank: 3 },
          { id: 'h3', label: 'Coercion', score: 0, rank: 1 },
        ],
        rows: [
          {
            id: 'r1',
            kind: 'highlight',
            text: 'Troops moved to within 50 km of the border.',
            evidenceId: 'r1',
            credibility: 'high',
            relevance: 'medium',
            ratings: ['C', 'I', 'N'],
            diagnostic: true,
          },
          {
            id: 'r2',
            kind: 'assumption',
            text: 'Moscow would not risk sanctions.',
            evidenceId: null,
            credibility: 'medium',
            relevance: 'medium',
            ratings: ['I', 'C', 'C'],
            diagnostic: true,
          },
          {
            id: 'r3',
            kind: 'highlight',
            text: 'Talks will continue next week.',
            evidenceId: 'r3',
            credibility: 'medium',
            relevance: 'low',
            ratings: ['N', 'N', 'N'],
            diagnostic: false,
          },
        ],
      },
    },
    {
      id: 'sec-time',
      heading: 'Build-up',
      text: '',
      evidence: [
        articleCitation,
        quote('t1', 'The exercises end on 18 February.', HERALD, 1),
        quote('t2', ARABIC_QUOTE, HERALD, 2),
      ],
      timeline: {
        from: '2022-02-01',
        to: '2022-02-28',
        grouping: 'tag',
        entries: [
          {
            date: '2022-02-20',
            end: '2022-02-22',
            kind: 'event',
            group: 'Military',
            text: ARABIC_QUOTE,
            reportDate: '2022-02-21',
            evidenceId: 't2',
          },
          {
            date: '2022-02-15',
            kind: 'article',
            group: 'Kyiv',
            text: 'Kyiv prepares',
            reportDate: null,
            evidenceId: 't-art',
          },
          {
            date: '2022-02-18',
            kind: 'event',
            group: 'Military',
            text: 'The exercises end on 18 February.',
            reportDate: '2022-02-11',
            evidenceId: 't1',
          },
        ],
      },
    },
  ],
  createdAt: '2022-02-20T09:00:00.000Z',
  updatedAt: '2022-02-20T09:00:00.000Z',
  exportedAt: '2022-02-21T09:00:00.000Z',
};

/** The citations every format must write: sources numbered in order of first citation (the herald, then Kyiv). */
export const MARKERS = {
  r1: '[1, para. 3; B2]',
  r3: '[2, para. 1]',
  article: '[2]',
  t1: '[1, para. 1]',
  t2: '[1, para. 2]',
} as const;

export const SOURCE_LINES = [
  'russiaherald.com, “Russia masses troops”, 11 Feb 2022, https://russiaherald.com/troops',
  'Kyiv Post, “Kyiv prepares”, 15 Feb 2022, https://kyivpost.com/prepares',
];

/** The ranking, least inconsistent first: Coercion (0), Invasion (−1), Exercise only (−√2). */
export const RANKING = 'Least inconsistent first: H3, H1, H2';

/** The dated list as a reader reads it, group by group (Kyiv's earliest entry comes first). */
export const TIMELINE_LINES = [
  `15 Feb 2022 — Published: “Kyiv prepares” ${MARKERS.article}`,
  `18 Feb 2022 — The exercises end on 18 February. ${MARKERS.t1} (reported 11 Feb 2022, 7 days earlier)`,
  // An event over three days: its days as a span, its gap from the report to its first day.
  `20–22 Feb 2022 — ${ARABIC_QUOTE} ${MARKERS.t2} (reported 21 Feb 2022, 1 day later)`,
];
