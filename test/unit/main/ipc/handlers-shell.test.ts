// shell:open-external through the handler table: only plain http(s) links reach the system browser.
import { describe, expect, it } from 'vitest';
import { withHandlerTable, type HandlerHarness } from './handler-harness';

let h: HandlerHarness;
withHandlerTable((made) => (h = made));

describe('shell:open-external', () => {
  it.each([
    'javascript:alert(1)',
    ' javascript:alert(document.cookie)',
    'JavaScript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'https://user:pass@host.example/',
    'https://bank.example@evil.example/',
    'vbscript:msgbox(1)',
    'mailto:someone@example.com',
    'chrome://settings',
    'ftp://example.com/file.txt',
    'https://',
    'not a url',
  ])('refuses %j without opening anything', async (url) => {
    await expect(h.call('shell:open-external', url)).resolves.toBe(false);
    expect(h.opened).toEqual([]);
  });

  it.each(['https://www.russiaherald.com/news/272310129/blinken', 'http://example.com/a?b=c#d'])(
    'opens %j and says so',
    async (url) => {
      await expect(h.call('shell:open-external', url)).resolves.toBe(true);
      expect(h.opened).toEqual([url]);
    },
  );
});
