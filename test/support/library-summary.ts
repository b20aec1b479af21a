// The summary main gives of an empty library that is not being read: what the bridge and binding tests
// pass through, unchanged, as library:get's answer.
import type { LibrarySummary } from '../../src-preload/contract';

export function emptySummary(root = '/library', version = 1): LibrarySummary {
  return { root, scanning: false, version, articles: 0, broken: [], brokenTotal: 0, domains: [], folders: [] };
}
