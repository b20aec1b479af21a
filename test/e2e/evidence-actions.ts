// What an analyst does to judge evidence, shared by the specs: grade an outlet in the source register, link
// two highlights from a card by the keyboard, and read the Word file an export wrote.
import { inflateRawSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The highlight card holding this quote. */
export const cardOf = (app: Page, quote: string): Locator =>
  app.getByTestId('highlight-card').filter({ hasText: quote });

/** Grades the outlet in the source register, as the analyst does: pick it, pick the grade, confirm. */
export async function gradeOutlet(app: Page, domain: string, meaning: RegExp, grade: string): Promise<void> {
  await app.getByRole('tab', { name: 'Sources' }).click();
  const register = app.getByTestId('sources-view');
  await register.getByRole('option', { name: new RegExp(domain) }).click();
  await app.getByRole('group', { name: 'Reliability' }).getByRole('radio', { name: meaning }).check();
  await app.getByRole('button', { name: `Grade ${grade}` }).click();
  await expect(app.getByTestId('toast').last()).toContainText(`${domain} graded ${grade}`);
}

/** On the card of `from`: "Link…" by the keyboard, pick the type with the arrows, type to find, Enter. */
export async function linkByKeyboard(app: Page, from: string, type: string, search: string): Promise<void> {
  await cardOf(app, from).getByRole('button', { name: 'Link…' }).focus();
  await app.keyboard.press('Enter');
  const picker = app.getByTestId('link-picker');
  await expect(picker.getByRole('combobox')).toBeFocused();
  // The type's radio group is just before the search field: Shift+Tab, arrows to the type, Tab back.
  await app.keyboard.press('Shift+Tab');
  while (!(await picker.getByRole('radio', { name: type }).isChecked())) await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Tab');
  await app.keyboard.type(search);
  await expect(picker.getByRole('option')).toHaveCount(1);
  await app.keyboard.press('ArrowDown');
  await expect(picker.getByRole('option', { selected: true })).toHaveCount(1);
  await app.keyboard.press('Enter');
  await expect(picker).toBeHidden();
}

/** The named entry of a zip archive (a .docx), read with Node's own inflate. */
export function unzipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new Error(`${name} not in the archive`);
}
