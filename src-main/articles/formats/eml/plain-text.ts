// A plain-text mail body as paragraphs: wrapped lines joined, quote marks ("> ") dropped, one paragraph per
// blank-line-separated block, except that short lines (a forwarded message's header lines) stand alone.

/**
 * Mail programs wrap at 72 to 78 columns, breaking before the word that would not fit: a line break is a wrap
 * when the line and the next line's first word would pass this width together.
 */
const WRAP_WIDTH = 70;

/** "From: …", "---------- Forwarded message ---------", "-----Original Message-----" stand on their own. */
const OWN_LINE = /^(?:[A-Z][\w-]{1,30}:\s|-{3,}|_{3,}|Begin forwarded message:)/;

export function plainParagraphs(text: string, flowed: boolean): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const end = (): void => {
    const done = current.replace(/\s+/g, ' ').trim();
    if (done) paragraphs.push(done);
    current = '';
  };
  const lines = text.split(/\r\n|\r|\n/).map((raw) => raw.replace(/^(?:[ \t]*>)+ ?/, ''));
  lines.forEach((line, i) => {
    // The signature delimiter itself; what follows it is kept like any other text.
    if (line === '-- ' || line === '--' || !line.trim()) {
      end();
      return;
    }
    if (OWN_LINE.test(line.trim())) end();
    current += `${current ? ' ' : ''}${line.trim()}`;
    const nextWord = (lines[i + 1] ?? '').trim().split(/\s/)[0] ?? '';
    const soft = flowed ? line.endsWith(' ') : line.trimEnd().length + 1 + nextWord.length > WRAP_WIDTH;
    if (!soft || OWN_LINE.test(line.trim())) end();
  });
  end();
  return paragraphs;
}
