// Renders a note's Markdown subset as React elements, never as HTML; what a link does is the caller's
// (the app opens it in the system browser after main's check).
import { Fragment, type ReactNode } from 'react';
import { parseMarkdown, type Inline } from './markdown';

type OpenLink = (href: string) => void;

export function renderInline(inlines: readonly Inline[], openLink: OpenLink): ReactNode {
  return inlines.map((node, i) => {
    switch (node.kind) {
      case 'text':
        return <Fragment key={i}>{node.text}</Fragment>;
      case 'code':
        return <code key={i}>{node.text}</code>;
      case 'strong':
        return <strong key={i}>{renderInline(node.children, openLink)}</strong>;
      case 'em':
        return <em key={i}>{renderInline(node.children, openLink)}</em>;
      case 'link':
        return (
          <a
            key={i}
            href={node.href}
            onClick={(event) => {
              event.preventDefault();
              openLink(node.href);
            }}
          >
            {renderInline(node.children, openLink)}
          </a>
        );
    }
  });
}

interface Props {
  readonly source: string;
  readonly openLink: OpenLink;
  readonly className?: string;
}

export function MarkdownText({ source, openLink, className }: Props): ReactNode {
  return (
    <div className={className ?? 'markdown'}>
      {parseMarkdown(source).map((block, i) =>
        block.kind === 'list' ? (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{renderInline(item, openLink)}</li>
            ))}
          </ul>
        ) : (
          <p key={i}>
            {block.lines.map((line, j) => (
              <Fragment key={j}>
                {j > 0 && <br />}
                {renderInline(line, openLink)}
              </Fragment>
            ))}
          </p>
        ),
      )}
    </div>
  );
}
