// Reads PDF files into articles (formats/extracted.ts). Not written yet: such files are listed with this reason.
import type { FormatReader } from '../extracted';

export const readPdf: FormatReader = async () => ({ ok: false, error: 'PDF files are not read yet' });
