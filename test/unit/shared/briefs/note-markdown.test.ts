// The notes' Markdown read by a CommonMark parser: what CommonMark does inside the subset (escapes, marks
// across lines, item continuation, autolinks), and what stays the text typed outside it.
import { describe, expect, it } from 'vitest';
import { parseInline, parseNoteMarkdown, type Inline } from '../../../../src-shared/briefs/note-markdown';

const text = (value: string): Inline => ({ kind: 'text', text: value });
const paragraph = (...lines: string[]) => ({ kind: 'paragraph', lines: lines.map((l) => [text(l)]) });

describe('parseNoteMarkdown, as CommonMark reads it', () => {
  it('takes a backslash escape as the character itself', () => {
    expect(parseInline(String.raw`\*not italic\* and 2 \* 3`)).toEqual([text('*not italic* and 2 * 3')]);
  });

  it('cuts a mark that spans two lines into one part on each line', () => {
    expect(parseNoteMarkdown('*first\nsecond*')).toEqual([
      {
        kind: 'paragraph',
        lines: [[{ kind: 'em', children: [text('first')] }], [{ kind: 'em', children: [text('second')] }]],
      },
    ]);
  });

  it('ends a line at a hard break (two spaces, or a backslash)', () => {
    expect(parseNoteMarkdown('one  \ntwo\\\nthree')).toEqual([paragraph('one', 'two', 'three')]);
  });

  it('joins an indented continuation line to its item, and lists nested items after it', () => {
    expect(parseNoteMarkdown('- Ned Price\n  of the State Department\n  - briefing')).toEqual([
      { kind: 'list', items: [[text('Ned Price of the State Department')], [text('briefing')]] },
    ]);
  });

  it('makes web and mail autolinks links, and leaves other schemes as typed', () => {
    expect(parseInline('<https://example.org/a> or <javascript:alert(1)>')).toEqual([
      { kind: 'link', href: 'https://example.org/a', children: [text('https://example.org/a')] },
      text(' or <javascript:alert(1)>'),
    ]);
    expect(parseInline('<desk@example.org>')).toEqual([
      { kind: 'link', href: 'mailto:desk@example.org', children: [text('desk@example.org')] },
    ]);
  });

  it('ignores a link title and keeps its text', () => {
    expect(parseInline('[wire](https://example.org/w "the wire")')).toEqual([
      { kind: 'link', href: 'https://example.org/w', children: [text('wire')] },
    ]);
  });
});

describe('parseNoteMarkdown, outside the subset', () => {
  it.each([
    ['a heading', '# Talks in Geneva'],
    ['a quote', '> said the minister'],
    ['a rule', '---'],
    ['a numbered list', '1. first'],
    ['a fence', '```'],
    ['a definition', '[ani]: https://www.aninews.in/'],
  ])('keeps %s as the text typed', (_what, source) => {
    expect(parseNoteMarkdown(source)).toEqual([paragraph(source)]);
  });

  it('keeps an image as text with a link in it, never an image', () => {
    expect(parseInline('![map](https://example.org/map.png)')).toEqual([
      text('!'),
      { kind: 'link', href: 'https://example.org/map.png', children: [text('map')] },
    ]);
  });

  it('does not read double underscores as bold, but does read single ones as italic', () => {
    expect(parseInline('__strong__ and _em_')).toEqual([
      text('__strong__ and '),
      { kind: 'em', children: [text('em')] },
    ]);
  });

  it('keeps a numbered list line by line', () => {
    expect(parseNoteMarkdown('1. Lavrov\n2. Blinken')).toEqual([paragraph('1. Lavrov', '2. Blinken')]);
  });
});
