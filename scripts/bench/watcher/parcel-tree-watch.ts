// The candidate the watcher bench compares: @parcel/watcher (VS Code's native watcher) as the one watch of
// the whole tree behind the app's own bookkeeping, so both report under the same stable-write rules.
import { subscribe } from '@parcel/watcher';
import { relative } from 'node:path';
import type { TreeWatch } from '../../../src-main/library/watch-contract';

/** Hidden files and folders (.git and the like) are not crawled or watched, as the app skips them. */
const IGNORE = ['**/.*'];

export const parcelTreeWatch: TreeWatch = async (root, onEvent, onError) => {
  const subscription = await subscribe(
    root,
    (error, events) => {
      if (error) onError(error);
      // Every event is a hint to look: a folder deleted and made again within one batch comes as an
      // 'update' of the folder, so each path is checked as one that may have come or gone.
      for (const event of events) onEvent('rename', relative(root, event.path));
    },
    { ignore: IGNORE },
  );
  return { close: () => subscription.unsubscribe() };
};
