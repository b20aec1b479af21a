// The app's highlight colours as the exports show them; a colour key outside this list gets a neutral grey,
// so a value from an imported or tampered brief never reaches CSS or Word XML as written.

export const SWATCHES: Readonly<Record<string, string>> = {
  yellow: '#f2d04b',
  red: '#e0675f',
  purple: '#a77fd6',
  blue: '#5f9be0',
  green: '#6cbf73',
};

export const NEUTRAL_SWATCH = '#bbbbbb';

export function swatchOf(colour: string): string | null {
  return Object.hasOwn(SWATCHES, colour) ? (SWATCHES[colour] ?? null) : null;
}
