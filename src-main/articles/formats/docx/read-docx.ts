// Reads Word documents into articles (formats/extracted.ts). Not written yet: such files are listed with this reason.
import type { FormatReader } from '../extracted';

export const readDocx: FormatReader = async () => ({ ok: false, error: 'Word documents are not read yet' });
