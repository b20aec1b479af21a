// Text from outside the app (a title, a source) shown isolated: a <bdi> takes its own direction, so a
// right-to-left or hostile string cannot reorder the words around it, and bidi controls that reached stored
// data from before the parser dropped them are not shown.
import type { ReactNode } from 'react';
import { stripBidiControls } from '../../../src-shared/text-safety';

interface Props {
  readonly text: string;
  readonly className?: string;
}

export function IsolatedText({ text, className }: Props): ReactNode {
  return <bdi className={className}>{stripBidiControls(text)}</bdi>;
}
