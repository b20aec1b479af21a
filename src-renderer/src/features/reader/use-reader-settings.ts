// The reader settings as one store for the whole page (the toolbar's Aa popover writes them, the reader and
// the layout read them), kept in localStorage so that they last from one session to the next.
import { keptSetting, useKeptSetting } from '../../ui/kept';
import { parseReaderSettings, type ReaderSettings } from './reader-settings';

const settings = keptSetting('dossier.readerSettings', parseReaderSettings, (value) => JSON.stringify(value));

export function setReaderSettings(next: ReaderSettings): void {
  settings.set(next);
}

export function useReaderSettings(): ReaderSettings {
  return useKeptSetting(settings);
}
