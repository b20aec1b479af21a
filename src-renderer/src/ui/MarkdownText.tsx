// Renders a note's Markdown subset as React elements; links open in the system browser after main's check.
import { Fragment, type ReactNode } from 'react';
import { getApi } from '../platform/api';
import { parseMarkdown, type Inline } from './markdown';

function renderInline(inlines: readonly Inline[]): ReactNode {
  return inlines.map((node, i) => {
    switch (node.kind) {
      case 'text':
        return <Fragment key={i}>{node.text}</Fragment>;
      case 'code':
        return <code key={i}>{node.text}</code>;
      case 'strong':
        return <strong key={i}>{renderInline(node.children)}</strong>;
      case 'em':
        return <em key={i}>{renderInline(node.children)}</em>;
      case 'link':
        return (
          <a
            key={i}
            href={node.href}
            onClick={(event) => {
              event.preventDefault();
              void getApi().openExternal(node.href);
            }}
          >
            {renderInline(node.children)}
          </a>
        );
    }
  });
}

export function MarkdownText({ source, className }: { source: string; className?: string }): ReactNode {
  return (
    <div className={className ?? 'markdown'}>
      {parseMarkdown(source).map((block, i) =>
        block.kind === 'list' ? (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{renderInline(item)}</li>
            ))}
          </ul>
        ) : (
          <p key={i}>
            {block.lines.map((line, j) => (
              <Fragment key={j}>
                {j > 0 && <br />}
                {renderInline(line)}
              </Fragment>
            ))}
          </p>
        ),
      )}
    </div>
  );
}
