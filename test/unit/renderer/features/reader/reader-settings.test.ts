// The reader's text settings: read back from whatever storage holds, stepped, and turned into the CSS
// variables and the reader's narrowest width.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_READER_SETTINGS,
  MAX_FONT_SIZE,
  MIN_FONT_SIZE,
  parseReaderSettings,
  readerMinWidth,
  readerStyleVariables,
  stepFontSize,
} from '../../../../../src-renderer/src/features/reader/reader-settings';

describe('reader settings', () => {
  it('reads back stored settings, and the defaults for anything missing or damaged', () => {
    expect(parseReaderSettings(null)).toEqual(DEFAULT_READER_SETTINGS);
    expect(parseReaderSettings('{')).toEqual(DEFAULT_READER_SETTINGS);
    expect(parseReaderSettings('42')).toEqual(DEFAULT_READER_SETTINGS);
    expect(parseReaderSettings('{"fontSize":20,"lineWidth":"narrow","typeface":"sans"}')).toEqual({
      fontSize: 20,
      lineWidth: 'narrow',
      typeface: 'sans',
    });
    expect(parseReaderSettings('{"fontSize":"big","lineWidth":"huge","typeface":"comic"}')).toEqual(
      DEFAULT_READER_SETTINGS,
    );
  });

  it('snaps a stored size to the nearest step, so an odd or extreme value still gives a step', () => {
    expect(parseReaderSettings('{"fontSize":19.2}').fontSize).toBe(20);
    expect(parseReaderSettings('{"fontSize":400}').fontSize).toBe(MAX_FONT_SIZE);
    expect(parseReaderSettings('{"fontSize":-3}').fontSize).toBe(MIN_FONT_SIZE);
  });

  it('steps the font size up and down, and stays at the ends', () => {
    expect(stepFontSize(17, 1)).toBe(18);
    expect(stepFontSize(18, 1)).toBe(20);
    expect(stepFontSize(17, -1)).toBe(16);
    expect(stepFontSize(MAX_FONT_SIZE, 1)).toBe(MAX_FONT_SIZE);
    expect(stepFontSize(MIN_FONT_SIZE, -1)).toBe(MIN_FONT_SIZE);
  });

  it('gives the reader a wider minimum for a larger text, so the side panes give way sooner', () => {
    const at17 = readerMinWidth(DEFAULT_READER_SETTINGS);
    const at24 = readerMinWidth({ ...DEFAULT_READER_SETTINGS, fontSize: 24 });
    expect(at24).toBeGreaterThan(at17);
    // Room for about 50 characters of 17 px text, and the reader's gutters.
    expect(at17).toBeGreaterThan(450);
    expect(at17).toBeLessThan(560);
  });

  it('sets the variables the reader stylesheet reads', () => {
    expect(readerStyleVariables({ fontSize: 20, lineWidth: 'wide', typeface: 'sans' })).toEqual({
      '--reader-font-size': '20px',
      '--reader-measure': '84ch',
      '--reader-font': 'var(--font-sans)',
    });
    expect(readerStyleVariables(DEFAULT_READER_SETTINGS)['--reader-measure']).toBe('68ch');
  });
});
