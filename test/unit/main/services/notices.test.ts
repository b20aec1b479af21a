// Notices wait for the page to take them, each handed out once and in order; a repeat of one still
// waiting is not posted twice, and a storm keeps only the newest.
import { describe, expect, it } from 'vitest';
import type { AppNotice } from '../../../../src-preload/contract';
import { reportUnhandledRejection } from '../../../../src-main/services/fault-report';
import { NoticeBoard } from '../../../../src-main/services/notices';

const CATALOG = { kind: 'warning', title: 'The catalog was rebuilt.', lines: ['Nothing was lost.'] } as const;

describe('NoticeBoard', () => {
  it('keeps notices posted before anyone takes them, and hands each out once', () => {
    const board = new NoticeBoard();
    const heard: AppNotice[] = [];
    board.onPosted((notice) => heard.push(notice));
    const first = board.post(CATALOG);
    const second = board.post({ kind: 'info', title: 'The reader restarted.', lines: [] });
    expect(heard).toEqual([first, second]);
    expect(board.take()).toEqual([
      { id: 1, ...CATALOG },
      { id: 2, kind: 'info', title: 'The reader restarted.', lines: [] },
    ]);
    expect(board.take()).toEqual([]);
  });

  it('does not post again a notice the same as one still waiting', () => {
    const board = new NoticeBoard();
    const heard: AppNotice[] = [];
    board.onPosted((notice) => heard.push(notice));
    board.post(CATALOG);
    board.post({ ...CATALOG, lines: ['Nothing was lost.'] });
    expect(heard).toHaveLength(1);
    board.take();
    board.post(CATALOG);
    expect(heard).toHaveLength(2);
  });

  it('keeps the newest twenty of a storm', () => {
    const board = new NoticeBoard();
    for (let i = 1; i <= 25; i++) board.post({ kind: 'error', title: `Fault ${i}`, lines: [] });
    const taken = board.take();
    expect(taken).toHaveLength(20);
    expect(taken[0]?.title).toBe('Fault 6');
    expect(taken.at(-1)?.title).toBe('Fault 25');
  });
});

describe('reportUnhandledRejection', () => {
  it('logs the stack and tells the analyst what failed', () => {
    const board = new NoticeBoard();
    const logged: string[] = [];
    const report = reportUnhandledRejection({ notices: board, log: (message) => logged.push(message) });
    const error = new Error('the settings file could not be written');
    report(error);
    report('a bare string');
    expect(logged[0]).toContain(error.stack ?? '');
    expect(logged[1]).toBe('unhandled rejection: a bare string');
    expect(board.take().map((notice) => [notice.kind, notice.lines[0]])).toEqual([
      ['error', 'What failed: the settings file could not be written'],
      ['error', 'What failed: a bare string'],
    ]);
  });
});
