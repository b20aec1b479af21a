// Sets a PDF's document information (Title, Author, CreationDate …) the way a later save does: an incremental
// update appended to the file, a new Info dictionary in a new trailer. Chromium's print writes no Author.

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

/** A PDF literal string: backslashes and parentheses escaped. */
function literal(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/** The PDF with these Info entries instead of its own; it must end in a classic xref table and trailer. */
export function withInfo(pdf: Uint8Array, info: Readonly<Record<string, string>>): Buffer {
  const text = latin1(pdf);
  const trailer = text.slice(text.lastIndexOf('trailer'));
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  const startxref = Number(/startxref\s+(\d+)/.exec(trailer)?.[1]);
  if (!Number.isInteger(size) || root === undefined || !Number.isInteger(startxref)) {
    throw new Error('the PDF has no classic trailer to update');
  }
  const entries = Object.entries(info)
    .map(([key, value]) => `/${key} ${literal(value)}`)
    .join(' ');
  const head = text.endsWith('\n') ? '' : '\n';
  const objectAt = pdf.length + head.length;
  const object = `${size} 0 obj\n<< ${entries} >>\nendobj\n`;
  const xrefAt = objectAt + object.length;
  const update =
    `${head}${object}xref\n${size} 1\n${String(objectAt).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${size + 1} /Root ${root} /Info ${size} 0 R /Prev ${startxref} >>\n` +
    `startxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([Buffer.from(pdf), Buffer.from(update, 'latin1')]);
}
