// Reads e-mails into articles (formats/extracted.ts). Not written yet: such files are listed with this reason.
import type { FormatReader } from '../extracted';

export const readEml: FormatReader = async () => ({ ok: false, error: 'e-mails are not read yet' });
