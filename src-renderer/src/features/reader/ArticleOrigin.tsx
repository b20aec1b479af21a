// The reader's header lines on where the article came from: outlet (its own name, else the link's host) as
// the link to the source, author, date and export; then words, the kind of file, its language, "Open
// original" (main opens the file in the system's viewer, only a file of the library) and the file's name.
import type { ReactNode } from 'react';
import type { Article, CatalogEntry } from '../../../../src-preload/contract';
import { getApi } from '../../platform/api';
import { errorMessage } from '../../platform/errors';
import { formatArticleDate, plural } from '../../ui/format';
import { IsolatedText } from '../../ui/IsolatedText';
import { useToasts } from '../../ui/toasts';
import { ExportArticle } from '../briefs/ExportArticle';
import type { Highlight } from '../../db/schema';
import { formatName, languageName } from '../../ui/provenance';

interface Props {
  readonly libraryId: string;
  readonly article: Article;
  readonly entry: CatalogEntry & { ok: true };
  readonly highlights: readonly Highlight[];
}

export function ArticleOrigin({ libraryId, article, entry, highlights }: Props): ReactNode {
  const toasts = useToasts();
  const outlet = article.outlet ?? article.domain;

  const openSource = (): void => {
    const url = article.url;
    if (!url) return;
    getApi()
      .openExternal(url)
      .then((opened) => {
        if (!opened) toasts.push('warning', 'Only web links (http and https) open in the browser.', [url]);
      })
      .catch(() => toasts.push('error', 'The link could not be opened.', [url]));
  };
  const openOriginal = (): void => {
    getApi()
      .openOriginal(article.id)
      .catch((error: unknown) => toasts.push('error', 'The original file could not be opened.', [errorMessage(error)]));
  };
  const language = languageName(article.language);

  return (
    <>
      <div className="reader-meta">
        {article.url && (
          <a
            href={article.url}
            className="source-link"
            title={article.url}
            onClick={(event) => {
              event.preventDefault();
              openSource();
            }}
          >
            <IsolatedText text={outlet ?? article.url} />
          </a>
        )}
        {!article.url && (article.outlet ?? article.source) && (
          <span className="source-text" title="The source as the file names it (not a web link)">
            <IsolatedText text={article.outlet ?? article.source ?? ''} />
          </span>
        )}
        {article.author && (
          <span className="reader-author" data-testid="reader-author">
            By <IsolatedText text={article.author} byLetters />
          </span>
        )}
        <span className="reader-date">{formatArticleDate(article.date, article.dateRaw)}</span>
        <ExportArticle libraryId={libraryId} article={article} entry={entry} highlights={highlights} />
      </div>
      <div className="reader-details" data-testid="reader-details">
        <span>{plural(entry.words, 'word')}</span>
        <span data-testid="reader-format" title="The kind of file the article was read from">
          {formatName(article.format)}
        </span>
        {language && (
          <span data-testid="reader-language" title="The language of the article's text">
            {language}
          </span>
        )}
        <button
          type="button"
          className="open-original"
          title="Open the article's file in the system's viewer for it"
          onClick={openOriginal}
        >
          Open original
        </button>
        <span className="file-id" title="The article's file in the library folder">
          {article.id}
        </span>
      </div>
    </>
  );
}
