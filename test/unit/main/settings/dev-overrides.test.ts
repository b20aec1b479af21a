// Environment overrides of the app's folders: honoured in development and tests, ignored once packaged.
import { describe, expect, it } from 'vitest';
import { readDevOverrides } from '../../../../src-main/settings/dev-overrides';

const ENV = {
  DOSSIER_USER_DATA: '/tmp/data',
  DOSSIER_LIBRARY: '/tmp/library',
  ELECTRON_RENDERER_URL: 'http://localhost:5173',
  HOME: '/home/analyst',
};

describe('readDevOverrides', () => {
  it('reads the overrides of an unpackaged app', () => {
    expect(readDevOverrides(ENV, false)).toEqual({
      userData: '/tmp/data',
      library: '/tmp/library',
      rendererUrl: 'http://localhost:5173',
    });
  });

  it('ignores every one of them in an installed app', () => {
    expect(readDevOverrides(ENV, true)).toEqual({});
  });

  it('takes an empty variable as unset', () => {
    expect(readDevOverrides({ DOSSIER_USER_DATA: '', DOSSIER_LIBRARY: '/lib' }, false)).toEqual({ library: '/lib' });
  });
});
