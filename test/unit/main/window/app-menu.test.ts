// The application menu: each command item sends its AppCommand and carries its shortcut.
import type { KeyboardEvent, MenuItem, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { AppCommand } from '../../../../src-preload/contract';
import { buildMenuTemplate } from '../../../../src-main/window/app-menu';

vi.mock('electron', () => import('../../../support/fake-electron').then((fake) => fake.fakeElectronModule()));

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

function itemLabelled(items: readonly MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = flatten(items).find((candidate) => candidate.label === label);
  if (!item) throw new Error(`no menu item labelled ${label}`);
  return item;
}

describe('buildMenuTemplate', () => {
  it.each([
    ['Add Files…', 'CmdOrCtrl+O', 'add-files'],
    ['Open Library Folder…', 'CmdOrCtrl+Shift+O', 'choose-library'],
    ['Find in Library', 'CmdOrCtrl+F', 'focus-search'],
    ['Restore from Snapshot…', undefined, 'restore-snapshots'],
    ['Sources', 'CmdOrCtrl+3', 'show-sources'],
    ['Evidence', 'CmdOrCtrl+4', 'show-evidence'],
    ['Hypotheses', 'CmdOrCtrl+5', 'show-hypotheses'],
    ['Timeline', 'CmdOrCtrl+6', 'show-timeline'],
  ] as const)('"%s" has %s and sends %s', (label, accelerator, command) => {
    for (const isMac of [false, true]) {
      const sent: AppCommand[] = [];
      const item = itemLabelled(
        buildMenuTemplate((c) => sent.push(c), isMac),
        label,
      );

      expect(item.accelerator).toBe(accelerator);
      // As Electron calls it: the clicked item, the focused window, the modifier keys.
      item.click?.({} as MenuItem, undefined, {} satisfies KeyboardEvent);
      expect(sent).toEqual([command]);
    }
  });

  it('sends nothing until an item is clicked', () => {
    const sent: AppCommand[] = [];
    buildMenuTemplate((command) => sent.push(command), false);
    expect(sent).toEqual([]);
  });

  it('gives no two items the same shortcut', () => {
    const accelerators = flatten(buildMenuTemplate(() => undefined, false))
      .map((item) => item.accelerator)
      .filter((accelerator) => accelerator !== undefined);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('has the app menu and Close on macOS, Quit elsewhere', () => {
    const mac = buildMenuTemplate(() => undefined, true);
    const other = buildMenuTemplate(() => undefined, false);

    expect(mac[0]?.role).toBe('appMenu');
    expect(flatten(mac).some((item) => item.role === 'close')).toBe(true);
    expect(other.some((item) => item.role === 'appMenu')).toBe(false);
    expect(flatten(other).some((item) => item.role === 'quit')).toBe(true);
  });

  it('keeps the standard edit menu so copy and paste work in the page', () => {
    expect(buildMenuTemplate(() => undefined, false).some((item) => item.role === 'editMenu')).toBe(true);
  });
});
