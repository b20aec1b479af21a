// Sends an application-menu command to the page, as the app's menu does for its shortcuts (Ctrl+F sends
// 'focus-search'): through the same event channel the end-to-end host forwards main's events on.
import type { Page } from '@playwright/test';
import type { AppCommand } from '../../src-preload/contract';

export async function sendCommand(page: Page, command: AppCommand): Promise<void> {
  await page.evaluate((c) => {
    const emit = (window as { __dossierEmit?: (channel: string, payload: unknown) => void }).__dossierEmit;
    if (!emit) throw new Error('the end-to-end bridge is not in the page');
    emit('app:command', c);
  }, command);
}
