// Reads feeds into articles (formats/extracted.ts). Not written yet: such files are listed with this reason.
import type { FormatReader } from '../extracted';

export const readFeed: FormatReader = async () => ({ ok: false, error: 'feeds are not read yet' });
