// Text from outside the app (a title, a source) shown isolated: a <bdi> takes its own direction, so a
// right-to-left or hostile string cannot reorder the words around it, and bidi controls that reached stored
// data from before the parser dropped them are not shown.
import type { ReactNode } from 'react';
import { textDirection } from '../../../src-shared/text-direction';
import { stripBidiControls } from '../../../src-shared/text-safety';

interface Props {
  readonly text: string;
  readonly className?: string;
  /**
   * Lay it out the way most of its letters run (text-direction.ts) rather than by its first letter: an Arabic
   * title that opens with "CNN 2013:" reads right to left. Off, a <bdi> takes its first strong letter's way.
   */
  readonly byLetters?: boolean;
}

export function IsolatedText({ text, className, byLetters = false }: Props): ReactNode {
  const shown = stripBidiControls(text);
  return (
    <bdi className={className} dir={byLetters ? (textDirection(shown) ?? undefined) : undefined}>
      {shown}
    </bdi>
  );
}
