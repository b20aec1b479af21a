// The contract's app domain: notices main gives the analyst of what happened outside any request (the
// catalog rebuilt, a worker restarted, the page reloaded after a crash, an error nothing else reported).
// Types only.

export type NoticeKind = 'info' | 'warning' | 'error';

export interface AppNotice {
  /** Counts up from 1 through one run of the app. */
  readonly id: number;
  readonly kind: NoticeKind;
  /** One sentence: what happened. */
  readonly title: string;
  /** What it means for the analyst's work, and what to do, one point a line. */
  readonly lines: readonly string[];
}
