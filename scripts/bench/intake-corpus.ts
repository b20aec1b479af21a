// The intake bench's files, made once and kept in the system's temp folder: N articles of real text (State of the
// Union speeches, cut to news length) each as .txt, as a web page and as a PDF printed by Chromium; a ~50 MB
// PDF (every speech, with a picture of a printed page after each) and a ~20 MB web page.
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSpeeches, paragraphsOf, toLibraryFile, type Speech } from '../corpus/sotu';
import { articleHtml, band, PdfPrinter } from './intake-print';

/** Bump when the files made change, so an old cache is not measured. */
const VERSION = 2;
/** About a long news article: 6,000 characters, two or three A4 pages. */
const ARTICLE_CHARS = 6000;
const BIG_PDF_BYTES = 50 * 1024 * 1024;
const BIG_HTML_BYTES = 20 * 1024 * 1024;

export interface IntakeCorpus {
  readonly dir: string;
  /** The same articles in three formats, by file ending. */
  readonly files: Readonly<Record<'txt' | 'html' | 'pdf', readonly string[]>>;
  readonly bigPdf: string;
  readonly bigHtml: string;
}

function excerpt(speech: Speech): string[] {
  const out: string[] = [];
  let length = 0;
  for (const paragraph of paragraphsOf(speech.text)) {
    if (length > ARTICLE_CHARS) break;
    out.push(paragraph);
    length += paragraph.length;
  }
  return out;
}

const titleOf = (speech: Speech): string => `State of the Union, ${speech.year}: ${speech.name}`;

/** A web page as a news site saves it: navigation and a footer around the article, the text in paragraphs. */
function newsPage(title: string, day: string, paragraphs: readonly string[]): string {
  const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${escape(title)} | The Record</title><meta property="og:site_name" content="The Record">`,
    `<meta property="article:published_time" content="${day}">`,
    '</head><body><nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/world">World</a></nav>',
    `<article><h1>${escape(title)}</h1><time datetime="${day}">${day}</time>`,
    ...paragraphs.map((p) => `<p>${escape(p)}</p>`),
    '</article><aside><h2>Related</h2><ul><li><a href="/a">Budget talks resume</a></li></ul></aside>',
    '<footer>© The Record. All rights reserved.</footer></body></html>',
  ].join('\n');
}

async function writeArticles(dir: string, count: number, speeches: readonly Speech[], printer: PdfPrinter) {
  for (let i = 0; i < count; i++) {
    const speech = speeches[i % speeches.length];
    if (!speech) throw new Error('no speeches');
    const title = titleOf(speech);
    const day = `${speech.year}-01-${String(1 + (i % 28)).padStart(2, '0')}`;
    const paragraphs = excerpt(speech);
    const base = join(dir, `article-${String(i).padStart(4, '0')}`);
    // The PDF is written last, and whole: with it there, a run before made all three.
    if (existsSync(`${base}.pdf`)) continue;
    await writeFile(
      `${base}.txt`,
      toLibraryFile(title, day.replaceAll('-', ''), `https://example.org/sotu/${i}`, paragraphs),
    );
    await writeFile(`${base}.html`, newsPage(title, day, paragraphs));
    const html = articleHtml({ title, lines: [day], paragraphs, style: 'p{margin:0 0 8pt}' });
    const footer = band('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    await writeFile(`${base}.pdf.part`, await printer.print(html, { width: '210mm', height: '297mm', footer }));
    await rename(`${base}.pdf.part`, `${base}.pdf`);
  }
}

/**
 * About 50 MB of PDF: the speeches since 1961 (some 700 A4 pages of text), with a picture of a printed page
 * (a unique JPEG, as the exhibits of a report are) after every one, and more pictures until the size is reached.
 */
async function writeBigPdf(dir: string, speeches: readonly Speech[], printer: PdfPrinter): Promise<string> {
  const recent = speeches.filter((s) => s.year > 1960);
  const textBytes = 6 * 1024 * 1024;
  const pictures: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes + textBytes < BIG_PDF_BYTES; i++) {
    const speech = speeches[i % speeches.length];
    if (!speech) break;
    const page = articleHtml({ title: titleOf(speech), paragraphs: excerpt(speech) });
    const shot = await printer.scan(page, 1500, 2000, 92);
    const name = `picture-${String(i).padStart(3, '0')}.jpg`;
    await writeFile(join(dir, name), shot);
    pictures.push(name);
    bytes += shot.length;
  }
  const parts: string[] = [];
  const perSpeech = Math.ceil(pictures.length / recent.length);
  recent.forEach((speech, i) => {
    parts.push(`<h2>${titleOf(speech)}</h2>`, ...paragraphsOf(speech.text).map((p) => `<p>${p}</p>`));
    for (const name of pictures.slice(i * perSpeech, (i + 1) * perSpeech)) {
      parts.push(`<img style="width:100%;page-break-inside:avoid" src="${name}">`);
    }
  });
  const title = 'State of the Union addresses, 1961–2021';
  const source = join(dir, 'speeches-source.html');
  await writeFile(source, articleHtml({ title, paragraphs: [] }).replace('</body>', `${parts.join('\n')}</body>`));
  const footer = band('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
  const path = join(dir, 'speeches.pdf');
  await writeFile(path, await printer.printFile(source, { width: '210mm', height: '297mm', footer }));
  return path;
}

/** One web page of about 20 MB: the speeches, one after another, in a news site's markup. */
async function writeBigHtml(path: string, speeches: readonly Speech[]): Promise<void> {
  const pages: string[] = [];
  let size = 0;
  for (let i = 0; size < BIG_HTML_BYTES; i++) {
    const speech = speeches[i % speeches.length];
    if (!speech) break;
    const page = newsPage(titleOf(speech), `${speech.year}-01-01`, paragraphsOf(speech.text));
    pages.push(page.slice(page.indexOf('<article>'), page.indexOf('</article>') + 10));
    size += page.length;
  }
  await writeFile(
    path,
    newsPage('State of the Union addresses', '2021-04-28', []).replace(/<article>[^]*<\/article>/, pages.join('\n')),
  );
}

/**
 * Makes a folder's files once: into a folder of its own, renamed into place when all are written. A run that
 * stopped half way leaves its files, and the next goes on from them.
 */
async function once(dir: string, make: (work: string) => Promise<void>): Promise<void> {
  if (existsSync(dir)) return;
  const work = `${dir}.partial`;
  await mkdir(work, { recursive: true });
  await make(work);
  await rename(work, dir);
}

/** The files for `count` articles and the two large files, made now unless a run before made them. */
export async function intakeCorpus(count: number, log: (line: string) => void): Promise<IntakeCorpus> {
  const root = join(tmpdir(), `dossier-bench-intake-v${VERSION}`);
  const dir = join(root, `articles-${count}`);
  const big = join(root, 'large');
  await mkdir(root, { recursive: true });
  const printer = await PdfPrinter.start();
  try {
    await once(dir, async (work) => {
      log(`  making ${count} articles as .txt, .html and .pdf (Chromium prints) in ${dir}`);
      await writeArticles(
        work,
        count,
        loadSpeeches().filter((s) => s.year >= 1900),
        printer,
      );
    });
    await once(big, async (work) => {
      log(`  making a ~50 MB PDF and a ~20 MB web page in ${big} (some minutes)`);
      await writeBigPdf(work, loadSpeeches(), printer);
      await writeBigHtml(join(work, 'speeches.html'), loadSpeeches());
    });
  } finally {
    await printer.close();
  }
  const names = (await readdir(dir)).filter((n) => n.startsWith('article-')).sort();
  const pick = (ending: string): string[] => names.filter((n) => n.endsWith(ending)).map((n) => join(dir, n));
  return {
    dir,
    files: { txt: pick('.txt'), html: pick('.html'), pdf: pick('.pdf') },
    bigPdf: join(big, 'speeches.pdf'),
    bigHtml: join(big, 'speeches.html'),
  };
}
