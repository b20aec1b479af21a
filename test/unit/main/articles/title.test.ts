// Title cleaning: real HTML tags and comments go, entities are decoded, and every other angle bracket stays,
// so wire titles keep their tickers (Reuters-21578 titles, as Debian's r-cran-tm ships them).
import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../../../src-main/articles/title';

describe('cleanTitle removes real markup', () => {
  it.each([
    ['<b>Blinken</b> accepts', 'Blinken accepts'],
    ['<a href="https://ani.in/x?a=1&amp;b=2">Lavrov</a> replies', 'Lavrov replies'],
    ['Q&amp;A: Russia &amp; NATO', 'Q&A: Russia & NATO'],
    ['&#8220;Never serious&#x201D; &quot;about&quot; &apos;diplomacy&apos;', '“Never serious” "about" \'diplomacy\''],
    ['Kyiv&nbsp;talks', 'Kyiv talks'],
    ['<br/>Minsk<BR>Agreements</p><p>2015', 'Minsk Agreements 2015'],
    ['<b>L</b>avrov and <i>Blinken</i>', 'Lavrov and Blinken'],
    ['<h1>Title</h1>', 'Title'],
    ['<B>Lavrov</B> replies', 'Lavrov replies'],
    ['<img src=x onerror=alert(1)> Title', 'Title'],
    ['Talks <!-- syndication id 4471 --> resume', 'Talks resume'],
    ['Talks <span class="kicker">live</span> resume', 'Talks live resume'],
    ['Emoji &#x1F1FA;&#x1F1E6;', 'Emoji 🇺🇦'],
    ['Oil &mdash; and gas &hellip;', 'Oil — and gas …'],
  ])('%j becomes %j', (line, title) => {
    expect(cleanTitle(line)).toEqual({ title, hadMarkup: true });
  });
});

describe('cleanTitle keeps text in angle brackets', () => {
  it.each([
    'STANDARD OIL <SRD> TO FORM FINANCIAL UNIT',
    'PITTSTON <PCO> AGREES TO ACQUIRE WTC <WAF>',
    "USX <X> DEBT DOWGRADED BY MOODY'S",
    'COMPUTER TERMINAL SYSTEMS <CPML> COMPLETES SALE',
    // Tickers and names that happen to be element names, written as Reuters writes them.
    'BARNES GROUP <B> SETS QUARTERLY DIVIDEND',
    'AGILENT <A> SAYS ORDERS ROSE',
    'BURLINGTON RESOURCES <BR> TO BUY UNIT',
    '<DATA GENERAL> CUTS WORKFORCE',
    'AT&T < 5% & falling',
    'x < y > z',
    'Lone &#xD800; surrogate',
    'Nul &#0; and &#x110000; stay',
    'Unknown &bogus; entity',
  ])('%j stays as written', (line) => {
    expect(cleanTitle(line)).toEqual({ title: line, hadMarkup: false });
  });

  it.each([
    ['STANDARD OIL &lt;SRD&gt; TO FORM FINANCIAL UNIT', 'STANDARD OIL <SRD> TO FORM FINANCIAL UNIT'],
    ['MCLEAN&apos;S &lt;MII&gt; U.S. LINES SETS ASSET TRANSFER', "MCLEAN'S <MII> U.S. LINES SETS ASSET TRANSFER"],
    ['TEXAS COMMERCE BANCSHARES &lt;TCB> FILES PLAN', 'TEXAS COMMERCE BANCSHARES <TCB> FILES PLAN'],
    // Decoded last: an encoded tag is text the title talks about, never markup to remove.
    ['Why &lt;b&gt; is bold', 'Why <b> is bold'],
  ])('decodes %j to %j and keeps the ticker', (line, title) => {
    expect(cleanTitle(line)).toEqual({ title, hadMarkup: true });
  });

  it('folds runs of space left by removed tags', () => {
    expect(cleanTitle('  Runs   of\tspaces  ')).toEqual({ title: 'Runs of spaces', hadMarkup: false });
    expect(cleanTitle('A <br> <br> B').title).toBe('A B');
  });
});
