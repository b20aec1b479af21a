// Drops files onto the app window the way the OS does: dragenter, dragover, then drop with a DataTransfer.
import type { Page } from '@playwright/test';

export interface DroppedFile {
  readonly name: string;
  /** Text content, or bytes given as an array of numbers. */
  readonly content: string | number[];
}

export async function dropFiles(page: Page, files: readonly DroppedFile[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) {
      const body = typeof file.content === 'string' ? file.content : new Uint8Array(file.content);
      transfer.items.add(new File([body], file.name, { type: 'text/plain' }));
    }
    return transfer;
  }, files);
  await page.dispatchEvent('.app', 'dragenter', { dataTransfer });
  await page.dispatchEvent('.app', 'dragover', { dataTransfer });
  await page.dispatchEvent('.app', 'drop', { dataTransfer });
}
