// The highlight palette with the analyst's own names for each colour, live from Dexie.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/db';
import { DEFAULT_PALETTE, type ColorKey, type PaletteEntry } from '../../db/schema';

export function usePalette(): readonly PaletteEntry[] {
  return useLiveQuery(() => getDb().palette.orderBy('order').toArray(), []) ?? DEFAULT_PALETTE;
}

export function paletteLabel(palette: readonly PaletteEntry[], key: ColorKey): string {
  return palette.find((p) => p.key === key)?.label ?? key;
}

export async function renameColour(key: ColorKey, label: string): Promise<void> {
  const clean = label.replace(/\s+/g, ' ').trim();
  if (!clean) throw new Error('a colour needs a name');
  await getDb().palette.update(key, { label: clean.slice(0, 40) });
}
