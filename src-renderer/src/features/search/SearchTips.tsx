// "Search tips" beside the search field: what a query can say (operators, fields, NEAR), with examples,
// opened and closed in place so the analyst can read it while typing.
import { useState, type ReactNode } from 'react';

const TIPS: readonly (readonly [example: string, meaning: string])[] = [
  ['lavrov minsk', 'both words (the last word also finds longer words while you type)'],
  ['"foreign minister"', 'the exact phrase'],
  ['lavrov OR minsk', 'either word; OR joins the words beside it'],
  ['ukraine (lavrov OR blinken)', 'parentheses group words'],
  ['ukraine -grain', 'leave out articles with a word (or NOT grain)'],
  ['ukrain*', 'words that start with “ukrain”'],
  ['NEAR(lavrov minsk, 10)', 'the words at most 10 words apart, either order; also lavrov NEAR minsk'],
  ['title:ukraine', 'in the title only (not in your notes)'],
  ['source:reuters', 'from a source whose name or link holds “reuters”'],
  ['language:ru', 'in Russian (a code or a name, as in language:russian; language:unknown)'],
];

export function SearchTips(): ReactNode {
  const [open, setOpen] = useState(false);
  return (
    <span
      className="search-tips-anchor"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button
        type="button"
        className="link"
        aria-expanded={open}
        aria-controls="search-tips"
        onClick={() => setOpen(!open)}
      >
        Search tips
      </button>
      {open && (
        <div id="search-tips" className="search-tips" role="region" aria-label="Search tips">
          <dl>
            {TIPS.map(([example, meaning]) => (
              <div key={example}>
                <dt>
                  <code>{example}</code>
                </dt>
                <dd>{meaning}</dd>
              </div>
            ))}
          </dl>
          <p>
            AND, OR, NOT and NEAR work in capitals; in lower case, or in quotes, they are words. Your highlights, notes
            and tags are searched too.
          </p>
        </div>
      )}
    </span>
  );
}
