// The loaded article's row: the reader column in the analyst's text settings, and beside the reader the
// notes pane, resizable and collapsible as the library layout's end pane.
import type { ReactNode } from 'react';
import { SidePane } from '../../ui/panes/SidePane';
import { readerStyleVariables } from './reader-settings';
import { useReaderSettings } from './use-reader-settings';

/** `children`: the reader, then the notes pane. */
export function ReaderPanes({ children }: { children: readonly [ReactNode, ReactNode] }): ReactNode {
  const settings = useReaderSettings();
  const [reader, notes] = children;
  return (
    <div className="reader-with-panel" style={readerStyleVariables(settings)}>
      {reader}
      <SidePane side="end">{notes}</SidePane>
    </div>
  );
}
