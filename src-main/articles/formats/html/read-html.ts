// Reads saved web pages into articles (formats/extracted.ts). Not written yet: such files are listed with this reason.
import type { FormatReader } from '../extracted';

export const readHtml: FormatReader = async () => ({ ok: false, error: 'saved web pages are not read yet' });
