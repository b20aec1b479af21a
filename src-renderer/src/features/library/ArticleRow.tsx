// One row of the library list: the title on up to two lines (whole on hover), date, source, the analyst's
// work on it, its story's copies ("4 copies", "origin") and, when searching, the matched words marked in the
// title and the snippet. A row whose page has not arrived yet is a placeholder.
import type { ReactNode } from 'react';
import type { SearchHit } from '../../../../src-preload/contract';
import { formatArticleDate, plural } from '../../ui/format';
import { IsolatedText } from '../../ui/IsolatedText';
import { stripBidiControls } from '../../../../src-shared/text-safety';
import { textDirection } from '../../../../src-shared/text-direction';
import { MarkedTitle, SnippetText } from '../search/SnippetText';
import { StoryBadge } from './StoryBadge';
import type { StoryRowControls } from './use-story-list';
import { OddFileBadge } from './OddFileBadge';

interface Props {
  readonly hit: SearchHit | undefined;
  readonly selected: boolean;
  readonly highlights: number;
  /** The row stands for its story (one row per story): it opens to list the copies. */
  readonly story?: StoryRowControls | null;
}

// The row sits in an option of the article listbox, which takes the clicks and keys: it holds no control.
export function ArticleRow({ hit, selected, highlights, story = null }: Props): ReactNode {
  if (!hit) return <div className="article-row placeholder" aria-busy="true" />;
  return (
    <div
      data-id={hit.id}
      className={`article-row${selected ? ' selected' : ''}`}
      title={stripBidiControls(hit.title) || hit.id}
    >
      {hit.markedTitle ? (
        <MarkedTitle className="row-title" title={hit.markedTitle} dir={textDirection(hit.title) ?? undefined} />
      ) : (
        <IsolatedText className="row-title" text={hit.title} byLetters />
      )}
      <span className="row-meta">
        {hit.story && <StoryBadge story={hit.story} expanded={story?.expanded} onToggle={story?.onToggle} />}
        <span>{formatArticleDate(hit.date, hit.dateRaw)}</span>
        {hit.domain && <IsolatedText className="row-domain" text={hit.domain} />}
        {highlights > 0 && (
          <span className="work-badge" aria-label={plural(highlights, 'highlight')}>
            ✎ {highlights}
          </span>
        )}
        {hit.matchedIn.includes('annotation') && <span className="row-matched">in your notes</span>}
        <OddFileBadge id={hit.id} />
      </span>
      {hit.snippet && <SnippetText snippet={hit.snippet} />}
    </div>
  );
}
