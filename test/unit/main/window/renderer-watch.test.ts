// A page that crashed is loaded again and the analyst told; one that exits cleanly is left alone, and one
// that keeps crashing gets the error page instead of a reload loop.
import type { RenderProcessGoneDetails } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { NoticeBoard } from '../../../../src-main/services/notices';
import { watchRenderer } from '../../../../src-main/window/renderer-watch';
import { FakeEvent, FakeWebContents } from '../../../support/fake-electron';

vi.mock('electron', () => import('../../../support/fake-electron').then((fake) => fake.fakeElectronModule()));

function watched(now: () => number = () => 0): { contents: FakeWebContents; notices: NoticeBoard; logged: string[] } {
  const contents = new FakeWebContents();
  const notices = new NoticeBoard();
  const logged: string[] = [];
  watchRenderer(contents.asWebContents(), {
    notices,
    log: (message) => logged.push(message),
    errorPage: (what) => `app://dossier/error.html?what=${encodeURIComponent(what)}`,
    now,
  });
  return { contents, notices, logged };
}

const gone = (reason: RenderProcessGoneDetails['reason'], exitCode = 139): RenderProcessGoneDetails => ({
  reason,
  exitCode,
});

describe('watchRenderer', () => {
  it.each(['crashed', 'oom', 'killed'] as const)('reloads a page gone for %s and tells the analyst', (reason) => {
    const { contents, notices, logged } = watched();
    contents.emit('render-process-gone', new FakeEvent(), gone(reason));
    expect(contents.reloads).toBe(1);
    expect(logged).toEqual([`the page stopped (${reason}, exit code 139)`]);
    expect(notices.take()).toEqual([
      expect.objectContaining({ kind: 'warning', title: 'The window stopped unexpectedly and was reloaded.' }),
    ]);
  });

  it('leaves a page that exited cleanly alone', () => {
    const { contents, notices } = watched();
    contents.emit('render-process-gone', new FakeEvent(), gone('clean-exit', 0));
    expect(contents.reloads).toBe(0);
    expect(notices.take()).toEqual([]);
  });

  it('shows the error page instead of a fourth reload within a minute, and reloads again later', () => {
    let now = 0;
    const { contents } = watched(() => now);
    for (let i = 0; i < 4; i++) contents.emit('render-process-gone', new FakeEvent(), gone('crashed'));
    expect(contents.reloads).toBe(3);
    const what = 'The window stopped 4 times in a row (crashed, exit code 139).';
    expect(contents.loadedUrls).toEqual([`app://dossier/error.html?what=${encodeURIComponent(what)}`]);
    now = 120_000;
    contents.emit('render-process-gone', new FakeEvent(), gone('crashed'));
    expect(contents.reloads).toBe(4);
  });
});
