// A note's Markdown as the analyst reads it in the app: its links open in the system browser, and only
// after main has checked them (http and https).
import type { ReactNode } from 'react';
import { getApi } from '../../platform/api';
import { MarkdownText } from '../../ui/MarkdownText';

const openLink = (href: string): void => void getApi().openExternal(href);

export function NoteText({ source, className }: { source: string; className?: string }): ReactNode {
  return <MarkdownText source={source} openLink={openLink} {...(className ? { className } : {})} />;
}
