// The reader's text settings (font size, line width, typeface): their steps, reading them back from storage
// whatever was stored, and what they mean for the layout: the CSS variables the reader's styles use, and the
// narrowest the reader may be before the side panes give way.

export const FONT_SIZES = [14, 15, 16, 17, 18, 20, 22, 24, 28] as const;
export const MIN_FONT_SIZE = FONT_SIZES[0];
export const MAX_FONT_SIZE = FONT_SIZES[FONT_SIZES.length - 1] ?? MIN_FONT_SIZE;
export const LINE_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const TYPEFACES = ['serif', 'sans'] as const;

export type LineWidth = (typeof LINE_WIDTHS)[number];
export type Typeface = (typeof TYPEFACES)[number];

export interface ReaderSettings {
  readonly fontSize: number;
  readonly lineWidth: LineWidth;
  readonly typeface: Typeface;
}

export const DEFAULT_READER_SETTINGS: ReaderSettings = { fontSize: 17, lineWidth: 'medium', typeface: 'serif' };

/** The longest line, in characters of the reader's font, for each line width. */
export const MEASURE_CH: Readonly<Record<LineWidth, number>> = { narrow: 56, medium: 68, wide: 84 };

/** Fewest characters a line of the reader should hold before the side panes give way. */
export const MIN_LINE_CHARS = 50;
/** An average character of running text, in em (measured about 0.47 in serif text), erring toward room. */
const AVERAGE_CHAR_EM = 0.52;
/** The reader's padding on both sides together at its narrowest, and its scrollbar. */
const READER_GUTTERS = 2 * 20 + 16;

const closest = (size: number): number =>
  FONT_SIZES.reduce((best, step) => (Math.abs(step - size) < Math.abs(best - size) ? step : best), FONT_SIZES[0]);

export function parseReaderSettings(raw: string | null): ReaderSettings {
  if (!raw) return DEFAULT_READER_SETTINGS;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return DEFAULT_READER_SETTINGS;
  }
  if (typeof value !== 'object' || value === null) return DEFAULT_READER_SETTINGS;
  const { fontSize, lineWidth, typeface } = value as Record<string, unknown>;
  return {
    fontSize:
      typeof fontSize === 'number' && Number.isFinite(fontSize) ? closest(fontSize) : DEFAULT_READER_SETTINGS.fontSize,
    lineWidth: LINE_WIDTHS.find((w) => w === lineWidth) ?? DEFAULT_READER_SETTINGS.lineWidth,
    typeface: TYPEFACES.find((t) => t === typeface) ?? DEFAULT_READER_SETTINGS.typeface,
  };
}

/** The next font size up (`+1`) or down (`-1`), staying at the ends of the steps. */
export function stepFontSize(size: number, direction: 1 | -1): number {
  const at = FONT_SIZES.indexOf(closest(size) as (typeof FONT_SIZES)[number]);
  return FONT_SIZES[Math.min(FONT_SIZES.length - 1, Math.max(0, at + direction))] ?? size;
}

/** The narrowest the reader column may be (pixels) for these settings before the side panes give way. */
export function readerMinWidth(settings: ReaderSettings): number {
  return Math.round(MIN_LINE_CHARS * AVERAGE_CHAR_EM * settings.fontSize + READER_GUTTERS);
}

/** The custom properties the reader's stylesheet reads. */
export function readerStyleVariables(settings: ReaderSettings): Record<string, string> {
  return {
    '--reader-font-size': `${settings.fontSize}px`,
    '--reader-measure': `${MEASURE_CH[settings.lineWidth]}ch`,
    '--reader-font': settings.typeface === 'serif' ? 'var(--font-serif)' : 'var(--font-sans)',
  };
}
