// What the export dialog opens with: the analyst's last choices for this kind of export (asked of main,
// which keeps them), else the defaults; the date of analysis is today's unless the analyst changes it.
import { useEffect, useState } from 'react';
import type {
  BriefExportOptions,
  ExportChoices,
  ExportKind,
  ExportPreferences,
} from '../../../../src-preload/contract';
import { defaultOptions } from '../../../../src-shared/briefs/export-options';
import { getApi } from '../../platform/api';

/** Today in the analyst's time zone, as `2026-11-30`. */
export function today(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The choices to open with: remembered ones, a brief's to PDF by default; the analysis dated today. */
export function openingChoices(preferences: ExportPreferences | null, kind: ExportKind, day: string): ExportChoices {
  const remembered = preferences?.[kind] ?? null;
  const options: BriefExportOptions = remembered?.options ?? defaultOptions(kind);
  return {
    format: remembered?.format ?? (kind === 'brief' ? 'pdf' : 'md'),
    options: { ...options, header: { ...options.header, analysisDate: day } },
  };
}

/** Main's remembered export choices; null until they arrive (or when they cannot be read: defaults then). */
export function useExportPreferences(version: number): ExportPreferences | null | 'failed' {
  const [preferences, setPreferences] = useState<ExportPreferences | null | 'failed'>(null);
  useEffect(() => {
    let live = true;
    getApi()
      .getExportPreferences()
      .then(
        (found) => live && setPreferences(found),
        () => live && setPreferences('failed'),
      );
    return () => {
      live = false;
    };
  }, [version]);
  return preferences;
}
