// A note on a collapsed card: rendered marks, never the raw Markdown, cut at a word with the rest in a tooltip.
import { describe, expect, it } from 'vitest';
import { summariseNote } from '../../../../../src-renderer/src/features/highlights/note-summary';
import { plainText } from '../../../../../src-renderer/src/ui/markdown';

describe('summariseNote', () => {
  it('keeps bold, italic, code and links as marks, with no Markdown syntax left in the text', () => {
    const summary = summariseNote(
      'Both sides claim **troop build-ups**, _per_ `TASS`; see [the report](https://example.org/r).',
    );
    expect(summary.cut).toBe(false);
    expect(summary.inlines).toEqual([
      { kind: 'text', text: 'Both sides claim ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'troop build-ups' }] },
      { kind: 'text', text: ', ' },
      { kind: 'em', children: [{ kind: 'text', text: 'per' }] },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'TASS' },
      { kind: 'text', text: '; see ' },
      { kind: 'link', href: 'https://example.org/r', children: [{ kind: 'text', text: 'the report' }] },
      { kind: 'text', text: '.' },
    ]);
    expect(plainText(summary.inlines)).not.toMatch(/\*|_|\[|\]\(/);
  });

  it('runs paragraphs and list items into one line', () => {
    const summary = summariseNote('Check:\n\n- first **claim**\n- second claim');
    expect(plainText(summary.inlines)).toBe('Check: • first claim • second claim');
  });

  it('cuts a long note at a word, inside a mark if need be, and keeps the whole in `full`', () => {
    const note = `Lead ${'word '.repeat(10)}**${'bold '.repeat(39)}bold** tail`;
    const summary = summariseNote(note, 80);
    expect(summary.cut).toBe(true);
    const shown = plainText(summary.inlines);
    expect(shown.length).toBeLessThanOrEqual(80);
    expect(shown).toMatch(/bold$/);
    expect(summary.inlines.at(-1)).toMatchObject({ kind: 'strong' });
    expect(summary.full).toBe(`Lead ${'word '.repeat(10)}${'bold '.repeat(39)}bold tail`);
  });

  it('a word longer than the room is cut inside it rather than dropped', () => {
    const summary = summariseNote('x'.repeat(300), 50);
    expect(plainText(summary.inlines)).toBe('x'.repeat(50));
    expect(summary.cut).toBe(true);
  });
});
