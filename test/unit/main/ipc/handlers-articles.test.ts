// articles:read through the handler table: an article inside the library is read; any id that leads out of
// it is refused.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutsideLibraryError } from '../../../../src-main/library/paths';
import { SEED_PARAGRAPHS, SEED_TITLE } from '../../../support/temp-library';
import { withHandlerTable, type HandlerHarness } from './handler-harness';

let h: HandlerHarness;
withHandlerTable((made) => (h = made));

describe('articles:read', () => {
  it('reads an article inside the library', async () => {
    const article = await h.call('articles:read', 'a.txt');
    expect(article).toMatchObject({ id: 'a.txt', title: SEED_TITLE, paragraphs: SEED_PARAGRAPHS });
  });

  it.each(['../secret.txt', 'sub/../../secret.txt', `${'../'.repeat(12)}etc/passwd`, join('..', 'secret.txt')])(
    'rejects %j, which leads out of the library',
    async (id) => {
      await expect(h.call('articles:read', id)).rejects.toThrow(OutsideLibraryError);
    },
  );

  it('rejects the absolute path of a file outside the library', async () => {
    await expect(h.call('articles:read', join(h.base, 'secret.txt'))).rejects.toThrow(OutsideLibraryError);
  });
});
