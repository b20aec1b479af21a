// The Hypotheses workspace (being built: the branch replaces this file).
import type { ReactNode } from 'react';
import type { QuoteTarget } from '../links/link-navigation';

interface Props {
  /** Opens the quote's article in the library workspace with the highlight's card selected. */
  readonly onOpenQuote: (target: QuoteTarget) => void;
  /** Opens an article in the library workspace. */
  readonly onOpenArticle: (articleId: string) => void;
}

export function AchView({ onOpenQuote: _quote, onOpenArticle: _article }: Props): ReactNode {
  return (
    <section role="tabpanel" id="panel-hypotheses" aria-labelledby="tab-hypotheses" data-testid="hypotheses-view" />
  );
}
