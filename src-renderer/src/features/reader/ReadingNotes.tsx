// What the reader of the file noticed (an encoding it decoded, attachments it did not open, a date it could
// not read): said calmly under the header, as notes on how the text was read rather than as alarms.
import type { ReactNode } from 'react';

export function ReadingNotes({ warnings }: { warnings: readonly string[] }): ReactNode {
  if (warnings.length === 0) return null;
  return (
    <section className="reader-warnings" aria-label="How this file was read" data-testid="reading-notes">
      <span className="reading-notes-label">How this file was read:</span>
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </section>
  );
}
