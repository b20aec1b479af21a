// CSV as spreadsheets read it (RFC 4180): fields quoted when they need it, CRLF line ends, a byte-order mark
// so Excel reads UTF-8, and a field that a spreadsheet would run as a formula (= + - @) made plain text.

/** A field that starts like a formula is prefixed with an apostrophe: the text of an article is never run. */
function field(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as one CSV text, the first row the header. */
export function csvText(rows: readonly (readonly (string | number | null)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
