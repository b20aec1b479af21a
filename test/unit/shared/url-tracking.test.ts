// Tracking parameters come out of exported URLs; everything else in the URL stays exactly as written.
import { describe, expect, it } from 'vitest';
import { isTrackingParam, stripTracking, stripTrackingInText } from '../../../src-shared/url-tracking';

describe('stripTracking', () => {
  it('removes the analyst’s RSS example, leaving the article’s URL', () => {
    expect(stripTracking('https://www.bbc.co.uk/news/world-60000000?at_medium=RSS&at_campaign=KARANGA')).toBe(
      'https://www.bbc.co.uk/news/world-60000000',
    );
  });

  it('removes utm_*, fbclid, gclid, mc_cid, mc_eid, ref_src and igshid, whatever their case', () => {
    const url =
      'https://example.org/a?UTM_Source=x&utm_medium=y&fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ref_src=twsrc&igshid=5';
    expect(stripTracking(url)).toBe('https://example.org/a');
  });

  it('keeps the other parameters in their order and spelling, and the fragment', () => {
    expect(stripTracking('https://example.org/s?q=a%20b&utm_source=rss&page=2&lang=en#para-3')).toBe(
      'https://example.org/s?q=a%20b&page=2&lang=en#para-3',
    );
    expect(stripTracking('https://example.org/a?utm_source=x#top')).toBe('https://example.org/a#top');
  });

  it('returns a URL without tracking as it was, byte for byte', () => {
    for (const url of ['https://example.org/a?id=7&&x', 'https://example.org/a?', 'http://example.org/A_(b)']) {
      expect(stripTracking(url)).toBe(url);
    }
  });

  it('matches parameter names, not values or look-alikes', () => {
    expect(stripTracking('https://example.org/a?campaign=utm_source&attic=1&format=at')).toBe(
      'https://example.org/a?campaign=utm_source&attic=1&format=at',
    );
    expect(isTrackingParam('at_campaign')).toBe(true);
    expect(isTrackingParam('attribute')).toBe(false);
    expect(isTrackingParam('ref')).toBe(false);
  });

  it('recognises a percent-encoded name', () => {
    expect(stripTracking('https://example.org/a?utm%5Fsource=x&id=1')).toBe('https://example.org/a?id=1');
  });

  it('leaves anything that is not a web URL alone', () => {
    for (const text of ['urn:reuters:1?utm_source=x', 'doi:10.1000/182?fbclid=1', 'not a url?utm_source=x']) {
      expect(stripTracking(text)).toBe(text);
    }
  });
});

describe('stripTrackingInText', () => {
  it('cleans every URL in a note, Markdown links included, and nothing else', () => {
    const note =
      'See [the memo](https://example.org/m?utm_source=mail&id=4) and https://example.org/n?fbclid=9, ' +
      'or <https://example.org/o?gclid=1>. Keep utm_source=x in prose.';
    expect(stripTrackingInText(note)).toBe(
      'See [the memo](https://example.org/m?id=4) and https://example.org/n, ' +
        'or <https://example.org/o>. Keep utm_source=x in prose.',
    );
  });
});
