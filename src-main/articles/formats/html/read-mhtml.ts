// Reads single-file web pages (MHTML) into articles (formats/extracted.ts). Not written yet: such files are listed with this reason.
import type { FormatReader } from '../extracted';

export const readMhtml: FormatReader = async () => ({
  ok: false,
  error: 'single-file web pages (MHTML) are not read yet',
});
