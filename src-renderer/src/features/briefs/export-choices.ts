// What the export dialog opens with: the analyst's last choices for this kind of export (asked of main,
// which keeps them), else the defaults; the date of analysis is today's unless the analyst changes it.
import { useEffect, useState } from 'react';
import type {
  BriefExportOptions,
  ExportChoices,
  ExportKind,
  ExportPreferences,
} from '../../../../src-preload/contract';
import { localDay } from '../../../../src-shared/briefs/brief-name';
import { defaultOptions } from '../../../../src-shared/briefs/export-options';
import { getApi } from '../../platform/api';

/** Today in the analyst's time zone, as `2026-11-30`. */
export function today(now = new Date()): string {
  return localDay(now);
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

/**
 * Main's remembered export choices, asked again whenever `version` changes (after an export); null until
 * they first arrive, 'failed' when they cannot be read (defaults then).
 */
export function useExportPreferences(version: number): ExportPreferences | null | 'failed' {
  const [found, setFound] = useState<{ version: number; value: ExportPreferences | 'failed' } | null>(null);
  useEffect(() => {
    let live = true;
    getApi()
      .getExportPreferences()
      .then(
        (value) => live && setFound({ version, value }),
        () => live && setFound({ version, value: 'failed' }),
      );
    return () => {
      live = false;
    };
  }, [version]);
  return found?.value ?? null;
}
