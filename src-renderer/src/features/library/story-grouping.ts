// Whether the library list shows one row per story (the copies of a story folded into one row), as one
// store for the page, kept in localStorage so that it lasts from one session to the next.
import { keptSetting, useKeptSetting } from '../../ui/kept';

const grouping = keptSetting('dossier.groupStories', (raw) => raw === 'true', String);

export function setStoryGrouping(grouped: boolean): void {
  grouping.set(grouped);
}

export function useStoryGrouping(): boolean {
  return useKeptSetting(grouping);
}
