// Every keyboard shortcut in the app, as data: the `?` sheet lists them from here. Whoever adds a key
// adds its line to the group it belongs to (or a new group), so the sheet never falls behind the code.

export interface Shortcut {
  /** Alternatives, each a combination written with "+" (Ctrl+Shift+O); shown as keys side by side. */
  readonly keys: readonly string[];
  readonly action: string;
}

export interface ShortcutGroup {
  readonly title: string;
  readonly shortcuts: readonly Shortcut[];
}

export const SHORTCUTS: readonly ShortcutGroup[] = [
  {
    title: 'Anywhere',
    shortcuts: [
      { keys: ['?'], action: 'Show this list of shortcuts' },
      { keys: ['Tab', 'Shift+Tab'], action: 'Next or previous control; the skip links come first' },
      { keys: ['Ctrl+F'], action: 'Search the library' },
      { keys: ['Ctrl+O'], action: 'Add article files' },
      { keys: ['Ctrl+Shift+O'], action: 'Change the library folder' },
      { keys: ['Ctrl+Shift+T'], action: 'Manage tags' },
      { keys: ['Ctrl+Shift+E'], action: 'Export annotations' },
      { keys: ['Ctrl+1'], action: 'Library and reader' },
      { keys: ['Ctrl+2'], action: 'Briefs' },
      { keys: ['Ctrl+3'], action: 'Sources: the register of outlets and their grades' },
      { keys: ['Ctrl+4'], action: 'Evidence: every highlight as a table' },
      { keys: ['Ctrl+5'], action: 'Hypotheses: analysis of competing hypotheses' },
      { keys: ['Ctrl+6'], action: 'Timeline: events and publications in time' },
      { keys: ['Ctrl+\\'], action: 'Collapse or expand the article list pane' },
      { keys: ['Ctrl+Shift+\\'], action: 'Collapse or expand the notes pane' },
      { keys: ['Ctrl+Z'], action: 'Undo the last deletion' },
      { keys: ['Escape'], action: 'Close a dialog, menu or bar; leave a note being edited' },
    ],
  },
  {
    title: 'Workspace tabs (Library, Briefs, Sources, Evidence, Hypotheses, Timeline)',
    shortcuts: [
      { keys: ['←', '→'], action: 'Previous or next workspace' },
      { keys: ['Home', 'End'], action: 'First or last tab' },
    ],
  },
  {
    title: 'Article list',
    shortcuts: [
      { keys: ['↓'], action: 'From the search field: go into the results' },
      { keys: ['↑', '↓'], action: 'Previous or next article (opens it)' },
      { keys: ['PageUp', 'PageDown'], action: 'A screenful up or down' },
      { keys: ['Home', 'End'], action: 'First or last article' },
      { keys: ['Enter'], action: 'Open the article' },
      { keys: ['→'], action: 'One row per story: show the story’s copies below it (again: go to the first)' },
      { keys: ['←'], action: 'Hide the story’s copies (from a copy: back to the story’s row)' },
      { keys: ['Escape'], action: 'In the search field: clear the search' },
    ],
  },
  {
    title: 'Article text (Tab into it: a caret shows)',
    shortcuts: [
      { keys: ['←', '→'], action: 'Move the caret by a character' },
      { keys: ['Ctrl+←', 'Ctrl+→'], action: 'Move by a word' },
      { keys: ['↑', '↓'], action: 'Move by a line' },
      { keys: ['Ctrl+↑', 'Ctrl+↓'], action: 'Previous or next paragraph' },
      { keys: ['Home', 'End'], action: 'Start or end of the line' },
      { keys: ['Ctrl+Home', 'Ctrl+End'], action: 'Start or end of the article' },
      { keys: ['Shift+←', 'Shift+→', 'Shift+↑', 'Shift+↓'], action: 'Select as you move (with Ctrl: by words)' },
      { keys: ['W'], action: 'Select the word at the caret' },
      { keys: ['S'], action: 'Select the sentence at the caret' },
      { keys: ['P'], action: 'Select the paragraph at the caret' },
      { keys: ['Escape'], action: 'Clear the selection' },
    ],
  },
  {
    title: 'Highlights',
    shortcuts: [
      { keys: ['1', '2', '3', '4', '5'], action: 'Highlight the selection with that colour’s meaning' },
      { keys: ['Tab', 'Shift+Tab'], action: 'In the text: next or previous highlight' },
      { keys: ['Enter'], action: 'On a highlight: open its card in the notes pane' },
      { keys: ['Delete'], action: 'Delete the open highlight (Undo brings it back)' },
      { keys: ['Ctrl+Enter'], action: 'In a note: save it and stop editing' },
      { keys: ['Enter'], action: 'In a tag field: add the tag' },
    ],
  },
  {
    title: 'Find in this article',
    shortcuts: [
      { keys: ['Ctrl+Shift+F'], action: 'Find in this article' },
      { keys: ['Enter', 'F3'], action: 'Next match' },
      { keys: ['Shift+Enter', 'Shift+F3'], action: 'Previous match' },
      { keys: ['Escape'], action: 'Close the find bar' },
    ],
  },
  {
    title: 'Briefs',
    shortcuts: [{ keys: ['Alt+↑', 'Alt+↓'], action: 'Move the section or evidence up or down' }],
  },
  {
    title: 'Hypotheses (ACH)',
    shortcuts: [
      { keys: ['↑', '↓', '←', '→'], action: 'In the matrix: move between cells (one tab stop)' },
      { keys: ['Home', 'End', 'Ctrl+Home', 'Ctrl+End'], action: 'First or last cell of the row; of the matrix' },
      { keys: ['C'], action: 'Rate the cell consistent' },
      { keys: ['Shift+C', 'C C'], action: 'Rate the cell very consistent' },
      { keys: ['N'], action: 'Rate the cell neutral' },
      { keys: ['I'], action: 'Rate the cell inconsistent' },
      { keys: ['Shift+I', 'I I'], action: 'Rate the cell very inconsistent' },
      { keys: ['A'], action: 'Mark the cell not applicable (N/A)' },
      { keys: ['Delete', 'Backspace'], action: 'Clear the cell’s rating' },
      { keys: ['Enter', 'Space'], action: 'Open the cell’s menu of ratings' },
      { keys: ['Alt+↑', 'Alt+↓'], action: 'Move the evidence row up or down' },
      { keys: ['Alt+←', 'Alt+→'], action: 'Move the hypothesis (in the grid or in its name)' },
    ],
  },
  {
    title: 'Source register',
    shortcuts: [
      { keys: ['↑', '↓'], action: 'In the list of outlets: previous or next outlet' },
      { keys: ['PageUp', 'PageDown', 'Home', 'End'], action: 'A screenful up or down; first or last outlet' },
      { keys: ['↑', '↓'], action: 'In Reliability: pick another grade (a field asks why)' },
      { keys: ['Enter'], action: 'Save the grade picked' },
      { keys: ['Escape'], action: 'In the reason field: keep the grade as it was' },
      { keys: ['Ctrl+Z'], action: 'Undo the last change of grade' },
    ],
  },
  {
    title: 'Evidence table',
    shortcuts: [
      { keys: ['↑', '↓'], action: 'Previous or next highlight' },
      { keys: ['PageUp', 'PageDown', 'Home', 'End'], action: 'A screenful up or down; first or last highlight' },
      { keys: ['Space'], action: 'Select the highlight, or leave it out again' },
      { keys: ['Shift+↑', 'Shift+↓'], action: 'Extend the selection' },
      { keys: ['Ctrl+A'], action: 'Select every highlight shown' },
      { keys: ['Escape'], action: 'Clear the selection' },
      { keys: ['Enter'], action: 'Open the quote in its article' },
      { keys: ['↑'], action: 'From the first row: the column headers (← → to move, Enter to sort)' },
    ],
  },
  {
    title: 'Timeline',
    shortcuts: [
      { keys: ['←', '→'], action: 'Earlier or later item of the lane (clusters count as one)' },
      { keys: ['↑', '↓'], action: 'The nearest item of the lane above or below' },
      { keys: ['Home', 'End'], action: 'First or last item of the lane' },
      { keys: ['Enter'], action: 'Open the event’s quote or the article; zoom into a cluster' },
      { keys: ['+', '-'], action: 'Zoom in or out (also Ctrl+wheel)' },
    ],
  },
  {
    title: 'Lists in dialogs (snapshots)',
    shortcuts: [
      { keys: ['↑', '↓'], action: 'Previous or next item' },
      { keys: ['Home', 'End'], action: 'First or last item' },
    ],
  },
];

/** A combination split into the keys pressed together: "Ctrl+Shift+\\" → Ctrl, Shift, \\; "+" alone stays. */
export function keysOf(combination: string): string[] {
  if (combination === '+') return ['+'];
  return combination.split(/\+(?=.)/).filter((key) => key.length > 0);
}
