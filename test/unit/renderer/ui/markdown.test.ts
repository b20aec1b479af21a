// The notes' Markdown subset: inline marks, links, lists and paragraphs, as plain values and never as HTML.
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, plainText, type Inline } from '../../../../src-renderer/src/ui/markdown';

const text = (value: string): Inline => ({ kind: 'text', text: value });

describe('parseInline', () => {
  it('plain text is one text node, and nothing is nothing', () => {
    expect(parseInline('Lavrov proposed dates for late next week.')).toEqual([
      text('Lavrov proposed dates for late next week.'),
    ]);
    expect(parseInline('')).toEqual([]);
  });

  it('reads **bold**, *italic*, _italic_ and `code`', () => {
    expect(parseInline('a **firm** offer')).toEqual([
      text('a '),
      { kind: 'strong', children: [text('firm')] },
      text(' offer'),
    ]);
    expect(parseInline('*not* observed')).toEqual([{ kind: 'em', children: [text('not')] }, text(' observed')]);
    expect(parseInline('so _far_ not')).toEqual([text('so '), { kind: 'em', children: [text('far')] }, text(' not')]);
    expect(parseInline('run `npm test` now')).toEqual([text('run '), { kind: 'code', text: 'npm test' }, text(' now')]);
  });

  it('keeps code verbatim, marks and all', () => {
    expect(parseInline('`**not bold** <b>`')).toEqual([{ kind: 'code', text: '**not bold** <b>' }]);
  });

  it('nests marks inside bold and inside link text', () => {
    expect(parseInline('**see `x`**')).toEqual([
      { kind: 'strong', children: [text('see '), { kind: 'code', text: 'x' }] },
    ]);
    expect(parseInline('[**wire** copy](https://example.org/wire)')).toEqual([
      {
        kind: 'link',
        href: 'https://example.org/wire',
        children: [{ kind: 'strong', children: [text('wire')] }, text(' copy')],
      },
    ]);
  });

  it('reads http and https links, several in a line', () => {
    expect(parseInline('[ANI](https://www.aninews.in/) and [Herald](http://russiaherald.com/news/272310129).')).toEqual(
      [
        { kind: 'link', href: 'https://www.aninews.in/', children: [text('ANI')] },
        text(' and '),
        { kind: 'link', href: 'http://russiaherald.com/news/272310129', children: [text('Herald')] },
        text('.'),
      ],
    );
    expect(parseInline('[wire](HTTPS://Example.org/A)')).toEqual([
      { kind: 'link', href: 'HTTPS://Example.org/A', children: [text('wire')] },
    ]);
  });

  it.each([
    ['javascript:', '[click](javascript:alert(1))'],
    ['data:', '[x](data:text/html,hi)'],
    ['file:', '[notes](file:///etc/passwd)'],
    ['a relative path', '[notes](notes.txt)'],
  ])('a link to %s stays plain text', (_what, source) => {
    expect(parseInline(source)).toEqual([text(source)]);
  });

  it('leaves markup as the text it is', () => {
    for (const source of [
      '<script>alert("x")</script>',
      '<img src=x onerror=alert(1)>',
      '&lt;b&gt; &amp;',
      '<a href="https://x">y</a>',
    ]) {
      expect(parseInline(source)).toEqual([text(source)]);
    }
    expect(parseInline('**<script>**')).toEqual([{ kind: 'strong', children: [text('<script>')] }]);
  });

  it('does not read underscores inside words as emphasis', () => {
    for (const source of [
      'snake_case_name',
      'report_2022_final.txt',
      'see https://example.org/a_b_c now',
      '__init__',
    ]) {
      expect(parseInline(source)).toEqual([text(source)]);
    }
  });

  it('leaves unmatched or spaced markers alone', () => {
    for (const source of [
      '*unclosed',
      '2 * 3 * 4',
      '2 ** 3 ** 4',
      'a `b',
      '[label] (https://x)',
      '[](https://x)',
      '** **',
    ]) {
      expect(parseInline(source)).toEqual([text(source)]);
    }
  });
});

describe('parseMarkdown', () => {
  it('groups lines into paragraphs split by blank lines', () => {
    expect(parseMarkdown('First line\nsecond line\n\nNext paragraph')).toEqual([
      { kind: 'paragraph', lines: [[text('First line')], [text('second line')]] },
      { kind: 'paragraph', lines: [[text('Next paragraph')]] },
    ]);
  });

  it('reads -, * and + bullets as one list, with marks in the items', () => {
    expect(parseMarkdown('- Ned *Price*\n* Sergey Lavrov\n+   Antony Blinken')).toEqual([
      {
        kind: 'list',
        items: [
          [text('Ned '), { kind: 'em', children: [text('Price')] }],
          [text('Sergey Lavrov')],
          [text('Antony Blinken')],
        ],
      },
    ]);
  });

  it('ends a list at a text line and a paragraph at a bullet', () => {
    expect(parseMarkdown('Sources:\n- ANI\n- Herald\nChecked on Friday.')).toEqual([
      { kind: 'paragraph', lines: [[text('Sources:')]] },
      { kind: 'list', items: [[text('ANI')], [text('Herald')]] },
      { kind: 'paragraph', lines: [[text('Checked on Friday.')]] },
    ]);
  });

  it('takes any line ending, trims lines and skips runs of blank lines', () => {
    expect(parseMarkdown('  one  \r\n\r\n\r\n\ttwo\rthree\n   \n')).toEqual([
      { kind: 'paragraph', lines: [[text('one')]] },
      { kind: 'paragraph', lines: [[text('two')], [text('three')]] },
    ]);
  });

  it('needs a space after a bullet marker, so *emphasis* at line start is not a bullet', () => {
    expect(parseMarkdown('-dash\n*italic* start')).toEqual([
      { kind: 'paragraph', lines: [[text('-dash')], [{ kind: 'em', children: [text('italic')] }, text(' start')]] },
    ]);
  });

  it('gives no blocks for an empty or blank note', () => {
    expect(parseMarkdown('')).toEqual([]);
    expect(parseMarkdown(' \n\t\n')).toEqual([]);
  });

  it('keeps HTML in a note as text lines', () => {
    expect(parseMarkdown('<script>\nalert(1)\n</script>')).toEqual([
      { kind: 'paragraph', lines: [[text('<script>')], [text('alert(1)')], [text('</script>')]] },
    ]);
  });
});

describe('plainText', () => {
  it('drops the marks and keeps the words, link text without the address', () => {
    const inlines = parseInline('**Talks** on *dates*, per `Price` and [the wire](https://example.org/ani).');
    expect(plainText(inlines)).toBe('Talks on dates, per Price and the wire.');
  });

  it('is empty for nothing and unchanged for plain text', () => {
    expect(plainText([])).toBe('');
    expect(plainText(parseInline('<b>kept</b> as is'))).toBe('<b>kept</b> as is');
  });
});
