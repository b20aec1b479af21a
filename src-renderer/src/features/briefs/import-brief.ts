// Imports a brief from its JSON export, which the analyst picks in a file dialog.
import { parseBriefJson } from '../../../../src-shared/briefs/brief-json';
import { importBriefDocument, type ImportedBrief } from '../../db/brief-import';
import { inDb } from '../../db/live';
import { getApi } from '../../platform/api';

export async function importBriefFile(): Promise<ImportedBrief | null> {
  const file = await getApi().openTextFile({
    title: 'Import brief',
    filters: [{ name: 'Dossier brief (JSON)', extensions: ['json'] }],
  });
  if (!file) return null;
  return inDb(importBriefDocument, parseBriefJson(file.text));
}
