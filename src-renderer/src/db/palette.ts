// The highlight palette with the analyst's own names for each colour: read live, and renamed.
import { useLive } from './live';
import { DEFAULT_PALETTE, type ColorKey, type DossierDb, type PaletteEntry } from './schema';
import { MAX_COLOUR_NAME } from './work-limits';

export function paletteInOrder(db: DossierDb): Promise<PaletteEntry[]> {
  return db.palette.orderBy('order').toArray();
}

/** The palette as it stands, the default names until the database has answered. */
export function usePalette(): readonly PaletteEntry[] {
  return useLive(paletteInOrder) ?? DEFAULT_PALETTE;
}

export function paletteLabel(palette: readonly PaletteEntry[], key: ColorKey): string {
  return palette.find((p) => p.key === key)?.label ?? key;
}

export async function renameColour(db: DossierDb, key: ColorKey, label: string): Promise<void> {
  const clean = label.replace(/\s+/g, ' ').trim();
  if (!clean) throw new Error('a colour needs a name');
  await db.palette.update(key, { label: clean.slice(0, MAX_COLOUR_NAME), updatedAt: Date.now() });
}
