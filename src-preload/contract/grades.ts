// The contract's grading domain: the Admiralty grades a source and a piece of information carry. Types only;
// their meanings and formatting live in src-shared/sources/grades.ts.

/** A source's reliability: A completely reliable … E unreliable, F cannot be judged. */
export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
/** A piece of information's credibility: 1 confirmed by other sources … 5 improbable, 6 cannot be judged. */
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;
