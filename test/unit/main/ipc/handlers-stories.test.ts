// The stories channels through the handler table: two copies of one story imported into the library are
// one story (the earlier dated first), an article with no copy (or outside the library) has none, and
// malformed arguments are refused.
import { describe, expect, it } from 'vitest';
import { InvalidArgumentsError } from '../../../../src-main/ipc/handlers';
import { articleFile, republished, story } from '../stories/story-text';
import { withHandlerTable, type HandlerHarness } from './handler-harness';

let h: HandlerHarness;
withHandlerTable((made) => (h = made));

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('stories:of and stories:ids', () => {
  it('answers the story of two imported copies, the first publisher first', async () => {
    const text = story(150);
    const report = await h.table['library:import-files']([
      {
        name: 'later.txt',
        bytes: bytes(articleFile('Copy', '20240305', 'https://b.example/1', republished(text, 3, 'PARIS'))),
      },
      { name: 'first.txt', bytes: bytes(articleFile('Original', '20240301', 'https://a.example/1', text)) },
    ]);
    const [later, first] = report.added.map((added) => added.id);
    const info = await h.table['stories:of'](later);
    expect(info?.members.map((member) => [member.id, member.origin, member.domain])).toEqual([
      [first, true, 'a.example'],
      [later, false, 'b.example'],
    ]);
    const ids = await h.table['stories:ids']([first, later, 'a.txt']);
    expect(ids).toEqual([info?.id, info?.id, null]);
    expect(await h.table['stories:of']('a.txt')).toBeNull();
  });

  it('answers nothing of a file outside the library, and refuses arguments of the wrong shape', async () => {
    expect(await h.table['stories:of']('../secret.txt')).toBeNull();
    expect(await h.table['stories:ids'](['../secret.txt'])).toEqual([null]);
    for (const bad of [['a\0b.txt'], [42], []]) {
      await expect(h.table['stories:of'](...bad)).rejects.toBeInstanceOf(InvalidArgumentsError);
    }
    for (const bad of [['a.txt'], [[1]], [Array.from({ length: 6000 }, () => 'a.txt')]]) {
      await expect(h.table['stories:ids'](...bad)).rejects.toBeInstanceOf(InvalidArgumentsError);
    }
  });
});
