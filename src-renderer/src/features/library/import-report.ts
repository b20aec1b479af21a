// Turns an import report into the notice the analyst reads.
import type { ImportReport } from '../../../../src-preload/contract';
import { plural } from '../../ui/format';
import type { ToastKind } from '../../ui/toasts';

export interface ImportNotice {
  readonly kind: ToastKind;
  readonly title: string;
  readonly lines: string[];
}

export function describeImport(report: ImportReport): ImportNotice {
  const lines: string[] = [];
  for (const d of report.duplicates) lines.push(`${d.name} is already in the library as ${d.existingId}`);
  for (const r of report.refused) lines.push(`${r.name}: ${r.reason}`);
  const parts: string[] = [];
  if (report.added.length > 0) parts.push(`Added ${plural(report.added.length, 'article')}`);
  if (report.duplicates.length > 0) parts.push(`${plural(report.duplicates.length, 'file')} already in the library`);
  if (report.refused.length > 0) parts.push(`${plural(report.refused.length, 'file')} not added`);
  const title = parts.length > 0 ? `${parts.join(', ')}.` : 'Nothing to add.';
  const kind: ToastKind = report.refused.length > 0 ? 'warning' : report.added.length > 0 ? 'success' : 'info';
  return { kind, title, lines };
}
