// The error page's address: beside the app page, with what failed in its query (the page shows it as text).
import { describe, expect, it } from 'vitest';
import { describeStartupError, startupErrorUrl } from '../../../../src-main/window/startup-error';

describe('startupErrorUrl', () => {
  it('puts what failed, its details and the data folder in the error page’s query', () => {
    const url = new URL(
      startupErrorUrl('app://dossier/index.html', {
        what: 'EACCES: permission denied, open settings.json',
        detail: 'Error: EACCES\n    at open (node:fs)',
        dataDir: '/home/analyst/.config/Dossier',
      }),
    );
    expect(`${url.protocol}//${url.host}${url.pathname}`).toBe('app://dossier/error.html');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      what: 'EACCES: permission denied, open settings.json',
      detail: 'Error: EACCES\n    at open (node:fs)',
      data: '/home/analyst/.config/Dossier',
    });
  });

  it('sits beside the dev server’s page in development', () => {
    expect(startupErrorUrl('http://localhost:5173/', { what: 'x' })).toBe('http://localhost:5173/error.html?what=x');
  });

  it('keeps long details to a size a URL carries', () => {
    const url = new URL(startupErrorUrl('app://dossier/index.html', { what: 'x', detail: 'y'.repeat(100_000) }));
    expect(url.searchParams.get('detail')).toHaveLength(4000);
  });
});

describe('describeStartupError', () => {
  it('takes an error’s message and stack, and anything else as text', () => {
    const error = new Error('the catalog worker stopped');
    expect(describeStartupError(error)).toEqual({ what: 'the catalog worker stopped', detail: error.stack });
    expect(describeStartupError(42)).toEqual({ what: '42' });
  });
});
