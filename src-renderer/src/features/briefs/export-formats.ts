// The export formats offered for briefs and single articles, with their labels.
import type { BriefFormat } from '../../../../src-preload/contract';

export const EXPORT_FORMATS: readonly { format: BriefFormat; label: string }[] = [
  { format: 'md', label: 'Markdown' },
  { format: 'html', label: 'HTML' },
  { format: 'pdf', label: 'PDF' },
  { format: 'docx', label: 'Word' },
  { format: 'json', label: 'JSON' },
];
