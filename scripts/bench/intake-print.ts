// Real text printed to PDF through the system's Chromium (Playwright's page.pdf), for the intake bench and the
// format fixtures: an article as a web page, with a running header, a footer and page numbers if asked.
import { chromium, type Browser, type Page } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';

export interface ArticlePage {
  readonly title: string;
  readonly lines?: readonly string[];
  readonly paragraphs: readonly string[];
  /** Extra CSS for the page (paper, fonts, paragraph spacing or indents). */
  readonly style?: string;
  /** Long words may break at the line's end with a printed hyphen (soft hyphens between their syllables). */
  readonly breakLongWords?: boolean;
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Soft hyphens inside words of nine letters or more, so a line may end in the middle of one. */
function softHyphens(text: string): string {
  return text.replace(/\b([A-Za-z]{4,})([a-z]{5,})\b/g, '$1&shy;$2');
}

/** The article as a plain web page: its title as the heading, then any lines (a date), then its paragraphs. */
export function articleHtml(page: ArticlePage): string {
  const para = (text: string): string => `<p>${page.breakLongWords ? softHyphens(escape(text)) : escape(text)}</p>`;
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${escape(page.title)}</title>`,
    `<style>body{margin:0;font:12pt 'Liberation Sans',sans-serif}h1{font-size:20pt}${page.style ?? ''}</style>`,
    `</head><body><h1>${escape(page.title)}</h1>`,
    ...(page.lines ?? []).map((line) => `<div class="line">${escape(line)}</div>`),
    ...page.paragraphs.map(para),
    '</body></html>',
  ].join('\n');
}

export interface PrintOptions {
  readonly width: string;
  readonly height: string;
  /** HTML for the running header and footer (Chromium's templates: pageNumber, totalPages). */
  readonly header?: string;
  readonly footer?: string;
}

/** One Chromium for many prints. */
export class PdfPrinter {
  private constructor(private readonly browser: Browser) {}

  static async start(): Promise<PdfPrinter> {
    return new PdfPrinter(await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }));
  }

  async print(html: string, options: PrintOptions): Promise<Buffer> {
    return this.printPage((page) => page.setContent(html, { waitUntil: 'load' }), options);
  }

  /** A page on disk, with the pictures beside it; a large one may take minutes, so no time limit. */
  async printFile(path: string, options: PrintOptions): Promise<Buffer> {
    return this.printPage(async (page) => {
      page.setDefaultTimeout(0);
      await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
    }, options);
  }

  private async printPage(open: (page: Page) => Promise<unknown>, options: PrintOptions): Promise<Buffer> {
    const page = await this.browser.newPage();
    try {
      await open(page);
      const decorated = options.header !== undefined || options.footer !== undefined;
      return await page.pdf({
        width: options.width,
        height: options.height,
        margin: { top: '16mm', bottom: '16mm', left: '12mm', right: '12mm' },
        displayHeaderFooter: decorated,
        headerTemplate: options.header ?? '<span></span>',
        footerTemplate: options.footer ?? '<span></span>',
      });
    } finally {
      await page.close();
    }
  }

  /** A picture of the page as printed, with no text: what a scanner would make of it. */
  async scan(html: string, width: number, height: number, quality = 55): Promise<Buffer> {
    const page = await this.browser.newPage({ viewport: { width, height } });
    try {
      await page.setContent(html, { waitUntil: 'load' });
      return await page.screenshot({ type: 'jpeg', quality });
    } finally {
      await page.close();
    }
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}

/** A small template for Chromium's header or footer. */
export function band(inner: string): string {
  return `<div style="font:8pt Georgia,serif;width:100%;text-align:center">${inner}</div>`;
}
